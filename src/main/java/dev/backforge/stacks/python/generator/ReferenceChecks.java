package dev.backforge.stacks.python.generator;

import dev.backforge.architecture.entity.FieldSpec;
import dev.backforge.architecture.entity.MethodSpec;
import dev.backforge.architecture.entity.ModelSpec;
import dev.backforge.architecture.entity.Parameter;
import dev.backforge.architecture.entity.Signature;
import dev.backforge.architecture.entity.Symbol;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The existence checks a service makes before it writes: referenced rows and named parents must exist. */
final class ReferenceChecks {

    private final PyContext ctx;
    private final PyModule m;
    private final List<InjectedRepository> repositories;

    ReferenceChecks(PyContext ctx, PyModule m, List<InjectedRepository> repositories) {
        this.ctx = ctx;
        this.m = m;
        this.repositories = repositories;
    }

    /**
     * Existence checks before a write: each foreign key the input model carries (the referenced row must exist) and
     * each parent the method's parameters name ({@code member_id} with a MemberNotFoundError declared), each raising
     * the declared not-found exception of that entity.
     */
    List<String> checks(MethodSpec spec, InjectedRepository repo, Optional<Parameter> data) {
        List<String> out = new ArrayList<>();
        Signature s = spec.parsed();
        if (data.isPresent()) {
            ModelSpec input = ctx.symbols().find(Methods.compact(data.get().annotation())).map(Symbol::model)
                    .orElseThrow();
            for (FieldSpec f : input.fields()) {
                Optional<FieldSpec> column = repo.entity.model().field(f.name());
                String fk = column.map(c -> c.constraints().foreignKey()).orElse(null);
                if (fk == null) {
                    continue;
                }
                String value = data.get().name() + "." + PyText.attr(f.name());
                check(spec, fk.substring(0, fk.indexOf('.')), value, f.optional()).ifPresent(out::addAll);
            }
        }
        for (Parameter p : s.arguments()) {
            if (p == data.orElse(null) || !p.name().endsWith("_id")) {
                continue;
            }
            for (InjectedRepository parent : repositories) {
                boolean names = p.name().equals(PyText.snake(parent.entity()) + "_id") && parent != repo;
                if (names && parent.entity.kind() == Symbol.Kind.ENTITY) {
                    check(spec, Tables.tableName(parent.entity.model()), p.name(), false).ifPresent(out::addAll);
                }
            }
        }
        return out;
    }

    /** {@code if await repo.get(key) is None: raise XNotFoundError()}, when a declared exception fits. */
    private Optional<List<String>> check(MethodSpec spec, String table, String value, boolean optional) {
        Optional<InjectedRepository> target = repositoryOfTable(table);
        if (target.isEmpty()) {
            return Optional.empty();
        }
        Optional<String> exception = notFoundOf(spec, target.get().entity());
        Optional<String> lookup = target.get().lookupByKey(value);
        if (exception.isEmpty() || lookup.isEmpty()) {
            return Optional.empty();
        }
        String condition = (optional ? value + " is not None and " : "") + lookup.get() + " is None";
        return Optional.of(List.of("if " + condition + ":", "    raise " + m.use(exception.get()) + "()"));
    }

    /** The declared not-found exception of an entity: named after it, else the only not-found one. */
    private Optional<String> notFoundOf(MethodSpec spec, String entity) {
        List<String> notFound = spec.raises().stream().filter(r -> r.contains("NotFound")
                || ctx.httpStatus(r).filter(x -> x == 404).isPresent()).toList();
        return notFound.stream().filter(r -> r.startsWith(entity)).findFirst()
                .or(() -> notFound.size() == 1 && notFound.get(0).matches("(NotFound|ResourceNotFound).*")
                        ? Optional.of(notFound.get(0)) : Optional.empty());
    }

    /** The injected repository of the entity stored in {@code table}. */
    private Optional<InjectedRepository> repositoryOfTable(String table) {
        return repositories.stream()
                .filter(r -> r.entity.kind() == Symbol.Kind.ENTITY && Tables.tableName(r.entity.model()).equals(table))
                .findFirst();
    }
}
