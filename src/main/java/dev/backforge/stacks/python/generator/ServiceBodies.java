package dev.backforge.stacks.python.generator;

import dev.backforge.architecture.entity.Component;
import dev.backforge.architecture.entity.ComponentType;
import dev.backforge.architecture.entity.MethodSpec;
import dev.backforge.architecture.entity.ModelSpec;
import dev.backforge.architecture.entity.Parameter;
import dev.backforge.architecture.entity.Signature;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Service method bodies whose pattern is clear from names and types: get, list (with paging and a page model),
 * count, create (with a duplicate check), update and delete, delegating to an injected repository and raising the
 * declared not-found or duplicate exception. Anything else is left to a stub.
 */
final class ServiceBodies {

    private final PyModule m;
    private final PyContext ctx;
    private final List<Injections.Injected> repositories;
    private final EntityConversion conversion;
    private final ListBodies lists;
    private final DeclaredErrors errors;

    ServiceBodies(PyContext ctx, PyModule m, List<Injections.Injected> injected) {
        this.ctx = ctx;
        this.m = m;
        this.repositories = injected.stream()
                .filter(i -> i.source() != null && i.source().kind() == ComponentType.REPOSITORY).toList();
        this.conversion = new EntityConversion(ctx, m);
        this.errors = new DeclaredErrors(ctx);
        this.lists = new ListBodies(m, conversion, injected.stream()
                .filter(i -> i.source() != null && i.source().kind() == ComponentType.CONFIG).findFirst(),
                this::references);
    }

    Optional<List<String>> body(MethodSpec spec) {
        Signature s = spec.parsed();
        return repositoryFor(spec).filter(repo -> errors.explained(spec, repo.entity()))
                .flatMap(repo -> switch (verb(spec, repo)) {
                    case GET -> get(spec, repo);
                    case LIST -> lists.list(spec, repo);
                    case COUNT -> lists.count(spec, repo);
                    case CREATE -> create(spec, repo);
                    case UPDATE -> update(spec, repo);
                    case DELETE -> delete(spec, repo);
                    default -> Optional.empty();
                });
    }

    /**
     * The verb of the name, or for a name that says none ({@code lend}, {@code loans_of_member}) the one its types
     * say: a model the entity is built from in and the entity out creates; a list of the entity out lists.
     */
    private Methods.Verb verb(MethodSpec spec, InjectedRepository repo) {
        Signature s = spec.parsed();
        Methods.Verb named = Methods.verb(s.name());
        if (named != Methods.Verb.OTHER) {
            return named;
        }
        String returns = Methods.compact(s.returns());
        String list = Methods.optionalOf(returns).orElse(returns);
        if (Methods.listOf(list).filter(t -> conversion.convertible(repo, t)).isPresent()) {
            return Methods.Verb.LIST;
        }
        if (conversion.dataParameter(s).isPresent() && conversion.convertible(repo, returns)) {
            return Methods.Verb.CREATE;
        }
        return Methods.Verb.OTHER;
    }

    /**
     * The repository a method works on: the only one; else the one whose entity its return type is read from; else
     * the one whose entity its input model fills; else the one whose entity its name mentions.
     */
    private Optional<InjectedRepository> repositoryFor(MethodSpec spec) {
        List<InjectedRepository> repos = repositories.stream().map(this::repo).flatMap(Optional::stream).toList();
        if (repos.size() == 1) {
            return Optional.of(repos.get(0));
        }
        Signature s = spec.parsed();
        String returns = Methods.compact(s.returns());
        String element = Methods.listOf(Methods.optionalOf(returns).orElse(returns))
                .orElse(Methods.optionalOf(returns).orElse(returns));
        List<InjectedRepository> byReturn = repos.stream()
                .filter(r -> !element.equals("None") && conversion.convertible(r, element)).toList();
        if (byReturn.size() == 1) {
            return Optional.of(byReturn.get(0));
        }
        Optional<ModelSpec> input = conversion.dataParameter(s).flatMap(p -> conversion.model(p.annotation()));
        List<InjectedRepository> byInput = input.map(in -> repos.stream().filter(r -> in.fields().stream()
                .allMatch(f -> r.entity.model().field(f.name()).isPresent())).toList()).orElse(List.of());
        if (byInput.size() == 1) {
            return Optional.of(byInput.get(0));
        }
        return repos.stream().filter(r -> s.name().contains(PyText.snake(r.entity()))).findFirst();
    }

    private ReferenceChecks references() {
        return new ReferenceChecks(ctx, m, repositories.stream().map(this::repo).flatMap(Optional::stream).toList());
    }

    private Optional<InjectedRepository> repo(Injections.Injected injected) {
        Component c = injected.source();
        return ctx.symbols().find(c.entity()).filter(s -> s.model() != null)
                .map(s -> new InjectedRepository("self._" + injected.param(), c, s));
    }

    private Optional<List<String>> get(MethodSpec spec, InjectedRepository repo) {
        Signature s = spec.parsed();
        Optional<String> optional = Methods.optionalOf(s.returns());
        String target = optional.orElse(Methods.compact(s.returns()));
        Optional<String> converted = conversion.convert(repo.var(), repo, target);
        if (converted.isEmpty()) {
            return Optional.empty();
        }
        return lookup(spec, repo, optional.isPresent()).map(lines -> {
            List<String> out = new ArrayList<>(lines);
            out.add("return " + conversion.convert(repo.var(), repo, target).orElseThrow());
            return out;
        });
    }

    /** Loads the entity the method's key parameters name; returns None or raises the not-found exception. */
    private Optional<List<String>> lookup(MethodSpec spec, InjectedRepository repo, boolean mayBeAbsent) {
        Optional<String> notFound = errors.notFound(spec, repo.entity());
        if (!mayBeAbsent && notFound.isEmpty()) {
            return Optional.empty();
        }
        return repo.lookupCall(spec.parsed()).map(call -> {
            List<String> out = new ArrayList<>();
            out.add(repo.var() + " = " + call);
            out.add("if " + repo.var() + " is None:");
            out.add(mayBeAbsent ? "    return None" : "    raise " + m.use(notFound.orElseThrow()) + "()");
            // a key the lookup did not use (the order of /orders/{order_id}/parcels/{parcel_id}) must be the row's
            for (Parameter p : spec.parsed().arguments()) {
                boolean column = repo.entity.model().field(p.name()).filter(f -> !f.constraints().primaryKey())
                        .isPresent();
                if (column && p.name().endsWith("_id") && !call.contains(p.name() + "=")) {
                    out.add("if " + repo.var() + "." + p.name() + " != " + p.name() + ":");
                    out.add(mayBeAbsent ? "    return None" : "    raise " + m.use(notFound.orElseThrow()) + "()");
                }
            }
            return out;
        });
    }

    private Optional<List<String>> create(MethodSpec spec, InjectedRepository repo) {
        Signature s = spec.parsed();
        Optional<Parameter> data = conversion.dataParameter(s);
        Optional<MethodSpec> insert = repo.persistMethod(Methods.Verb.CREATE);
        Optional<String> converted = conversion.convert(repo.var(), repo, Methods.compact(s.returns()));
        if (data.isEmpty() || insert.isEmpty() || converted.isEmpty()) {
            return Optional.empty();
        }
        ModelSpec input = conversion.model(data.get().annotation()).orElseThrow();
        List<String> extra = s.arguments().stream().filter(p -> p != data.get())
                .map(Parameter::name).filter(n -> repo.entity.model().field(n).isPresent()).toList();
        List<String> moments = Methods.momentsOf(s.name(), repo.entity.model()).stream()
                .filter(n -> input.field(n).isEmpty() && !extra.contains(n)).toList();
        List<String> filled = new ArrayList<>(extra);
        filled.addAll(moments);
        if (!repo.covers(input, filled) || s.arguments().size() != extra.size() + 1) {
            return Optional.empty();
        }
        Optional<String> duplicate = errors.duplicate(spec);
        List<String> out = new ArrayList<>();
        boolean checked = false;
        if (duplicate.isPresent()) {
            Optional<String> existing = repo.duplicateLookup(s, data.get().name(), input);
            if (existing.isPresent()) {
                out.add("existing = " + existing.get());
                out.add("if existing is not None:");
                out.add("    raise " + m.use(duplicate.get()) + "()");
                checked = true;
            }
        }
        out.addAll(references().checks(spec, repo, data));
        List<String> kwargs = new ArrayList<>(List.of("**" + data.get().name() + ".model_dump()"));
        extra.forEach(n -> kwargs.add(n + "=" + n));
        if (!moments.isEmpty()) {
            m.from("datetime", "datetime");
            m.from("datetime", "timezone");
            moments.forEach(n -> kwargs.add(n + "=datetime.now(timezone.utc)"));
        }
        out.addAll(PyText.call("", repo.var() + " = " + m.use(repo.entity()), kwargs, ""));
        String save = "await " + repo.field + "." + insert.get().name() + "(" + repo.var() + ")";
        boolean returnsEntity = Methods.compact(insert.get().parsed().returns()).equals(repo.entity());
        String call = returnsEntity ? repo.var() + " = " + save : save;
        // without a lookup by a unique field, the database's unique constraint is the check
        out.addAll(guarded(call, checked ? Optional.empty() : duplicate));
        out.add("logger.info(" + PyText.literal("Created " + repo.entity() + " %r") + ", " + repo.var() + ")");
        out.add("return " + converted.get());
        return Optional.of(out);
    }

    private Optional<List<String>> update(MethodSpec spec, InjectedRepository repo) {
        Signature s = spec.parsed();
        Optional<Parameter> data = conversion.dataParameter(s);
        Optional<String> converted = conversion.convert(repo.var(), repo, Methods.compact(s.returns()));
        if (data.isEmpty() || converted.isEmpty()) {
            return Optional.empty();
        }
        ModelSpec changes = conversion.model(data.get().annotation()).orElseThrow();
        if (!changes.fields().stream().allMatch(f -> repo.entity.model().field(f.name()).isPresent())) {
            return Optional.empty();
        }
        Signature keys = new Signature(s.name(), s.async(), s.parameters().stream()
                .filter(p -> p != data.get()).toList(), s.returns());
        MethodSpec keySpec = new MethodSpec(spec.name(), spec.signature(), spec.description(), spec.raises(), keys);
        Optional<MethodSpec> save = repo.persistMethod(Methods.Verb.UPDATE)
                .or(() -> repo.persistMethod(Methods.Verb.SAVE));
        Optional<String> duplicate = errors.duplicate(spec);
        if (save.isEmpty() && duplicate.isPresent()) {
            // the change would meet the unique constraint at the request's commit, after this method has returned
            return Optional.empty();
        }
        return lookup(keySpec, repo, false).map(lines -> {
            List<String> out = new ArrayList<>(lines);
            out.add("for field, value in " + data.get().name() + ".model_dump(exclude_unset=True).items():");
            out.add("    setattr(" + repo.var() + ", field, value)");
            if (save.isPresent()) {
                boolean returnsEntity = Methods.compact(save.get().parsed().returns()).equals(repo.entity());
                String call = "await " + repo.field + "." + save.get().name() + "(" + repo.var() + ")";
                out.addAll(guarded(returnsEntity ? repo.var() + " = " + call : call, duplicate));
            } else {
                out.add("# the session tracks the loaded row: the change is written when it commits");
            }
            out.add("return " + converted.get());
            return out;
        });
    }

    /** A write that the database's unique constraint may refuse, answered as the method's duplicate exception. */
    private List<String> guarded(String call, Optional<String> duplicate) {
        if (duplicate.isEmpty()) {
            return List.of(call);
        }
        m.from("sqlalchemy.exc", "IntegrityError");
        return List.of("try:", "    " + call, "except IntegrityError as exc:",
                "    raise " + m.use(duplicate.get()) + "() from exc");
    }

    private Optional<List<String>> delete(MethodSpec spec, InjectedRepository repo) {
        if (!Methods.compact(spec.parsed().returns()).equals("None")) {
            return Optional.empty();
        }
        Optional<MethodSpec> remove = repo.method(Methods.Verb.DELETE).filter(d -> d.parsed().arguments().size() == 1
                && Methods.compact(d.parsed().arguments().get(0).annotation()).equals(repo.entity()));
        if (remove.isEmpty()) {
            return deleteByKey(spec, repo);
        }
        return lookup(spec, repo, false).map(lines -> {
            List<String> out = new ArrayList<>(lines);
            out.add("await " + repo.field + "." + remove.get().name() + "(" + repo.var() + ")");
            out.add("logger.info(" + PyText.literal("Deleted " + repo.entity() + " %r") + ", " + repo.var() + ")");
            return out;
        });
    }

    /** A delete by the service's own parameters that answers whether a row went: nothing gone is not found. */
    private Optional<List<String>> deleteByKey(MethodSpec spec, InjectedRepository repo) {
        return repo.method(Methods.Verb.DELETE)
                .filter(d -> Methods.compact(d.parsed().returns()).equals("bool"))
                .flatMap(d -> repo.call(d, spec.parsed(), Set.of()))
                .map(call -> {
                    Optional<String> missing = errors.notFound(spec, repo.entity());
                    if (missing.isEmpty()) {
                        return List.of(call);
                    }
                    return List.of("if not " + call + ":", "    raise " + m.use(missing.get()) + "()");
                });
    }
}
