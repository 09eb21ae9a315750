package dev.backforge.stacks.python.generator;

import dev.backforge.architecture.entity.MethodSpec;
import java.util.List;
import java.util.Optional;

/**
 * What the exceptions a service method declares mean to a recipe: a row not found, a row already there, or a rule of
 * the method's own that no recipe knows.
 */
final class DeclaredErrors {

    private final PyContext ctx;

    DeclaredErrors(PyContext ctx) {
        this.ctx = ctx;
    }

    /**
     * Whether a recipe can raise every exception the method declares: a row not found (any of its 404s, the parent's
     * too), and for a create or an update the row already there. A rule such as SoldOut or OrderLocked is the
     * method's own logic, which no recipe knows: a body that skipped it would break the rule without a word, so the
     * method stays a stub.
     */
    boolean explained(MethodSpec spec, String entity) {
        Optional<String> duplicate = duplicate(spec);
        return spec.raises().stream().allMatch(r -> duplicate.equals(Optional.of(r))
                || notFound(spec, entity).stream().anyMatch(n -> ctx.httpStatus(n).equals(ctx.httpStatus(r))));
    }

    /** The method's not-found exception, the one named for the repository's entity first (ParcelNotFound). */
    Optional<String> notFound(MethodSpec spec, String entity) {
        List<String> all = spec.raises().stream().filter(r -> r.contains("NotFound")
                || ctx.httpStatus(r).filter(x -> x == 404).isPresent()).toList();
        return all.stream().filter(r -> r.startsWith(entity)).findFirst().or(() -> all.stream().findFirst());
    }

    /**
     * The method's exception for a row that is already there: named so, or a 409 whose message says so. Another
     * 409 (SoldOut, OrderLocked) is about the state of things, which no lookup by a unique field decides.
     */
    Optional<String> duplicate(MethodSpec spec) {
        return spec.raises().stream().filter(r -> r.matches(".*(Duplicate|Conflict|AlreadyExists|Exists).*")
                || ctx.httpStatus(r).filter(x -> x == 409).isPresent() && saysTaken(r)).findFirst();
    }

    private boolean saysTaken(String exception) {
        String text = exception + " " + ctx.symbols().exception(exception).map(e -> e.message()).orElse("");
        // "already" alone is not enough: "order already shipped" is a state, "already used" a row that is there
        return text.matches("(?is).*(exist|duplicate|taken|in ?use|unique|registered|already (used|there|present))"
                + ".*");
    }
}
