package dev.backforge.stacks.python.generator;

import dev.backforge.architecture.entity.FieldSpec;
import dev.backforge.architecture.entity.MethodSpec;
import dev.backforge.architecture.entity.ModelSpec;
import dev.backforge.architecture.entity.Signature;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Service bodies that read many rows: a list (its limit clamped to the configured maximum, its rows converted to the
 * declared element), a page model filled from the rows and the repository's count, and a count.
 */
final class ListBodies {

    private static final Set<String> LIMIT_SETTINGS = Set.of("page_size_max", "max_page_size", "max_limit");

    private final PyModule m;
    private final EntityConversion conversion;
    private final Optional<Injections.Injected> settings;
    private final Supplier<ReferenceChecks> references;

    ListBodies(PyModule m, EntityConversion conversion, Optional<Injections.Injected> settings,
            Supplier<ReferenceChecks> references) {
        this.m = m;
        this.conversion = conversion;
        this.settings = settings;
        this.references = references;
    }

    Optional<List<String>> list(MethodSpec spec, InjectedRepository repo) {
        Signature s = spec.parsed();
        Optional<String> call = repo.bestCall(Methods.Verb.LIST, s);
        if (call.isEmpty()) {
            return Optional.empty();
        }
        List<String> out = new ArrayList<>(references.get().checks(spec, repo, Optional.empty()));
        clampLimit(s).ifPresent(out::add);
        String rows = repo.var() + "_rows";
        out.add(rows + " = " + call.get());
        String returns = Methods.optionalOf(Methods.compact(s.returns())).orElse(Methods.compact(s.returns()));
        Optional<String> element = Methods.listOf(returns);
        if (element.isPresent()) {
            return conversion.convertEach(rows, repo, element.get()).map(items -> {
                out.add("return " + items);
                return out;
            });
        }
        return page(spec, repo, rows, returns).map(lines -> {
            out.addAll(lines);
            return out;
        });
    }

    /** A page model: one list field for the items, a total from the repository's count, the rest from parameters. */
    private Optional<List<String>> page(MethodSpec spec, InjectedRepository repo, String rows, String pageType) {
        Optional<ModelSpec> page = conversion.model(pageType);
        if (page.isEmpty()) {
            return Optional.empty();
        }
        List<String> out = new ArrayList<>();
        List<String> args = new ArrayList<>();
        for (FieldSpec f : page.get().fields()) {
            Optional<String> element = Methods.listOf(f.type());
            if (element.isPresent()) {
                Optional<String> items = conversion.convertEach(rows, repo, element.get());
                if (items.isEmpty()) {
                    return Optional.empty();
                }
                args.add(PyText.attr(f.name()) + "=" + items.get());
            } else if (Set.of("total", "count", "total_count").contains(f.name())) {
                Optional<String> count = repo.method(Methods.Verb.COUNT)
                        .flatMap(c -> repo.call(c, spec.parsed(), Set.of()));
                if (count.isEmpty()) {
                    return Optional.empty();
                }
                out.add("total = " + count.get());
                args.add(PyText.attr(f.name()) + "=total");
            } else if (Methods.parameter(spec.parsed(), f.name()).isPresent()) {
                args.add(PyText.attr(f.name()) + "=" + f.name());
            } else if (!f.hasDefault()) {
                return Optional.empty();
            }
        }
        out.addAll(PyText.call("", "return " + m.use(pageType), args, ""));
        return Optional.of(out);
    }

    Optional<List<String>> count(MethodSpec spec, InjectedRepository repo) {
        if (!Methods.compact(spec.parsed().returns()).equals("int")) {
            return Optional.empty();
        }
        return repo.method(Methods.Verb.COUNT).flatMap(c -> repo.call(c, spec.parsed(), Set.of()))
                .map(call -> List.of("return " + call));
    }

    private Optional<String> clampLimit(Signature s) {
        if (Methods.parameter(s, "limit").isEmpty() || settings.isEmpty()) {
            return Optional.empty();
        }
        return settings.get().source().settings().stream().map(x -> x.name()).filter(LIMIT_SETTINGS::contains)
                .findFirst().map(name -> "limit = min(limit, self._" + settings.get().param() + "." + name + ")");
    }
}
