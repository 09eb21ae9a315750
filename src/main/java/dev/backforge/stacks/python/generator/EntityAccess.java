package dev.backforge.stacks.python.generator;

import dev.backforge.architecture.entity.FieldSpec;
import dev.backforge.architecture.entity.ModelSpec;
import dev.backforge.architecture.entity.Symbol;
import java.util.List;
import java.util.Optional;

/**
 * How a repository reaches the rows of its entity: through the ORM class when the entity is a mapped class, or
 * through a Core table declared in the repository module when the artifact names a Pydantic model.
 */
final class EntityAccess {

    private final ModelSpec model;
    private final boolean orm;
    private final String table;
    private final List<String> primaryKey;

    private EntityAccess(ModelSpec model, boolean orm) {
        this.model = model;
        this.orm = orm;
        this.table = PyText.plural(PyText.snake(model.name())) + "_table";
        List<String> declared = model.primaryKey().stream().map(FieldSpec::name).toList();
        this.primaryKey = !declared.isEmpty() ? declared
                : model.field("id").map(f -> List.of(f.name())).orElse(List.of());
    }

    static Optional<EntityAccess> of(Symbol entity) {
        if (entity.model() == null || entity.model().isEnum()) {
            return Optional.empty();
        }
        EntityAccess access = new EntityAccess(entity.model(), entity.kind() == Symbol.Kind.ENTITY);
        return access.primaryKey.isEmpty() ? Optional.empty() : Optional.of(access);
    }

    ModelSpec model() {
        return model;
    }

    String name() {
        return model.name();
    }

    boolean orm() {
        return orm;
    }

    /** The Core table variable (for model-backed repositories). */
    String table() {
        return table;
    }

    String tableName() {
        return PyText.plural(PyText.snake(model.name()));
    }

    List<String> primaryKey() {
        return primaryKey;
    }

    String column(String field) {
        if (orm) {
            return model.name() + "." + PyText.attr(field);
        }
        return PyText.aliased(field) ? table + ".c[" + PyText.literal(field) + "]" : table + ".c." + field;
    }

    /** What {@code select(...)} selects: the mapped class or the table. */
    String selectable() {
        return orm ? model.name() : table;
    }

    /**
     * The field a parameter filters on: the field of that name, or the single primary key for {@code <entity>_id},
     * {@code id}, or one other {@code *_id} parameter of a method that does not say "by".
     */
    Optional<String> fieldFor(String param, String methodName, long idParamsNotFields) {
        if (model.field(param).isPresent()) {
            return Optional.of(param);
        }
        if (primaryKey.size() != 1) {
            return Optional.empty();
        }
        boolean own = param.equals(PyText.snake(model.name()) + "_id") || param.equals("id");
        boolean sole = param.endsWith("_id") && idParamsNotFields == 1 && !methodName.contains("by_");
        return own || sole ? Optional.of(primaryKey.get(0)) : Optional.empty();
    }
}
