package dev.backforge.stacks.python.generator;

import dev.backforge.architecture.entity.Component;
import dev.backforge.architecture.entity.FieldSpec;
import dev.backforge.architecture.entity.MethodSpec;
import dev.backforge.architecture.entity.ModelSpec;
import dev.backforge.architecture.entity.Parameter;
import dev.backforge.architecture.entity.Signature;
import dev.backforge.architecture.entity.Symbol;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** An injected repository of a service: the attribute holding it, its component, the entity it persists. */
final class InjectedRepository {
    final String field;
    final Component component;
    final Symbol entity;

    InjectedRepository(String field, Component component, Symbol entity) {
        this.field = field;
        this.component = component;
        this.entity = entity;
    }

    String entity() {
        return entity.name();
    }

    String var() {
        return PyText.snake(entity.name());
    }

    Optional<MethodSpec> method(Methods.Verb verb) {
        return component.methods().stream().filter(x -> Methods.verb(x.name()) == verb).findFirst();
    }

    Optional<MethodSpec> persistMethod(Methods.Verb verb) {
        return component.methods().stream().filter(x -> Methods.verb(x.name()) == verb
                && x.parsed().arguments().size() == 1
                && Methods.compact(x.parsed().arguments().get(0).annotation()).equals(entity())).findFirst();
    }

    /**
     * A call of this repository's method of that verb whose parameters the service method can fill, preferring
     * the one that uses most of them ({@code list_by_member(member_id)} over {@code list()}).
     */
    Optional<String> bestCall(Methods.Verb verb, Signature service) {
        return component.methods().stream().filter(x -> Methods.verb(x.name()) == verb
                || verb == Methods.Verb.LIST && Methods.listOf(x.parsed().returns()).isPresent())
                .sorted(java.util.Comparator.comparingLong((MethodSpec x) -> -x.parsed().arguments().stream()
                        .filter(p -> Methods.parameter(service, p.name()).isPresent()).count()))
                .map(x -> call(x, service, Set.of())).flatMap(Optional::stream).findFirst();
    }

    /** {@code await self._repo.get(key=value)}: the lookup by the single primary key, given one value. */
    Optional<String> lookupByKey(String value) {
        List<FieldSpec> pk = entity.model().primaryKey();
        if (pk.size() != 1) {
            return Optional.empty();
        }
        return component.methods().stream()
                .filter(x -> Methods.verb(x.name()) == Methods.Verb.GET && x.parsed().arguments().size() == 1)
                .filter(x -> Methods.optionalOf(x.parsed().returns()).map(t -> t.equals(entity())).orElse(false))
                .filter(x -> {
                    String param = x.parsed().arguments().get(0).name();
                    return param.equals(pk.get(0).name()) || param.equals(PyText.snake(entity()) + "_id")
                            || param.equals("id");
                })
                .findFirst().map(x -> (x.parsed().async() ? "await " : "") + field + "." + x.name() + "("
                        + x.parsed().arguments().get(0).name() + "=" + value + ")");
    }

    /** The primary lookup (a get that returns the entity or None) callable with the service's parameters. */
    Optional<String> lookupCall(Signature service) {
        return component.methods().stream()
                .filter(x -> Methods.verb(x.name()) == Methods.Verb.GET)
                .filter(x -> Methods.optionalOf(x.parsed().returns()).map(t -> t.equals(entity())).orElse(false))
                .sorted(Comparator.comparing((MethodSpec x) -> x.name().contains("by_")
                        || x.name().contains("for_update")))
                .map(x -> call(x, service, Set.of())).flatMap(Optional::stream).findFirst();
    }

    /** A lookup by a field of the input (get_by_sku for a create with a sku), for the duplicate check. */
    Optional<String> duplicateLookup(Signature service, String data, ModelSpec input) {
        for (MethodSpec x : component.methods()) {
            boolean byInputField = x.name().contains("by_") && x.parsed().arguments().stream()
                    .anyMatch(p -> input.field(p.name()).isPresent());
            if (Methods.verb(x.name()) == Methods.Verb.GET && byInputField) {
                List<String> args = new ArrayList<>();
                boolean bound = true;
                for (Parameter p : x.parsed().arguments()) {
                    if (Methods.parameter(service, p.name()).isPresent()) {
                        args.add(p.name() + "=" + p.name());
                    } else if (input.field(p.name()).isPresent()) {
                        args.add(p.name() + "=" + data + "." + PyText.attr(p.name()));
                    } else if (!p.hasDefault()) {
                        bound = false;
                    }
                }
                if (bound) {
                    return Optional.of("await " + field + "." + x.name() + "(" + String.join(", ", args) + ")");
                }
            }
        }
        return Optional.empty();
    }

    /** {@code await self._repo.method(a=a, ...)}, binding each parameter by name; empty if one cannot be. */
    Optional<String> call(MethodSpec target, Signature service, Set<String> skip) {
        List<String> args = new ArrayList<>();
        for (Parameter p : target.parsed().arguments()) {
            if (Methods.parameter(service, p.name()).isPresent() && !skip.contains(p.name())) {
                args.add(p.name() + "=" + p.name());
            } else if (!p.hasDefault()) {
                return Optional.empty();
            }
        }
        String await = target.parsed().async() ? "await " : "";
        return Optional.of(await + field + "." + target.name() + "(" + String.join(", ", args) + ")");
    }

    /** The create input plus the extra parameters fill every column the database cannot fill itself. */
    boolean covers(ModelSpec input, List<String> extra) {
        if (!input.fields().stream().allMatch(f -> entity.model().field(f.name()).isPresent())) {
            return false;
        }
        List<String> pk = entity.model().primaryKey().stream().map(FieldSpec::name).toList();
        for (FieldSpec f : entity.model().fields()) {
            boolean filled = input.field(f.name()).isPresent() || extra.contains(f.name()) || f.hasDefault()
                    || f.optional();
            String type = f.type().replace(" ", "");
            boolean databaseFills = entity.kind() == Symbol.Kind.ENTITY && (pk.size() == 1 && pk.contains(f.name())
                    && (type.equals("int") || type.equals("UUID"))
                    || EntityModule.isTimestamp(f));
            if (!filled && !databaseFills) {
                return false;
            }
        }
        return true;
    }
}
