package dev.backforge.stacks.python.generator;

import dev.backforge.architecture.entity.ModelSpec;
import dev.backforge.architecture.entity.Parameter;
import dev.backforge.architecture.entity.Signature;
import dev.backforge.architecture.entity.Symbol;
import java.util.Optional;

/** Between a repository's entity and the models a service method takes or returns: what converts, and how. */
final class EntityConversion {

    private final PyContext ctx;
    private final PyModule m;

    EntityConversion(PyContext ctx, PyModule m) {
        this.ctx = ctx;
        this.m = m;
    }

    /** The entity itself, or a model every required field of which the entity has. */
    boolean convertible(InjectedRepository repo, String type) {
        return type.equals(repo.entity()) || model(type).filter(t -> readableFrom(t, repo.entity.model())).isPresent();
    }

    /** The entity as the return type wants it: itself, or a Pydantic model read from its attributes. */
    Optional<String> convert(String expression, InjectedRepository repo, String target) {
        if (target.equals(repo.entity())) {
            return Optional.of(expression);
        }
        return model(target).filter(t -> readableFrom(t, repo.entity.model()))
                .map(t -> m.use(target) + ".model_validate(" + expression + ", from_attributes=True)");
    }

    Optional<String> convertEach(String rows, InjectedRepository repo, String element) {
        if (element.equals(repo.entity())) {
            return Optional.of(rows);
        }
        return convert("row", repo, element).map(c -> "[" + c + " for row in " + rows + "]");
    }

    /** Every field the model requires is an attribute of the entity. */
    private static boolean readableFrom(ModelSpec target, ModelSpec entity) {
        return target.fields().stream().allMatch(f -> f.hasDefault() || entity.field(f.name()).isPresent());
    }

    Optional<ModelSpec> model(String type) {
        return ctx.symbols().find(Methods.compact(type)).filter(s -> s.kind() == Symbol.Kind.MODEL)
                .map(Symbol::model);
    }

    Optional<Parameter> dataParameter(Signature s) {
        return s.arguments().stream().filter(p -> model(p.annotation()).isPresent()).findFirst();
    }
}
