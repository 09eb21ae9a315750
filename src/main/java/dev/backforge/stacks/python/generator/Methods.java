package dev.backforge.stacks.python.generator;

import dev.backforge.architecture.entity.FieldSpec;
import dev.backforge.architecture.entity.MethodSpec;
import dev.backforge.architecture.entity.ModelSpec;
import dev.backforge.architecture.entity.Parameter;
import dev.backforge.architecture.entity.Signature;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/** Reading intent from a method's name and types: the verbs and shapes the body recipes recognise. */
final class Methods {

    enum Verb {
        GET, LIST, COUNT, EXISTS, CREATE, UPDATE, SAVE, DELETE, OTHER
    }

    private Methods() {
    }

    static Verb verb(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        if (n.startsWith("count")) {
            return Verb.COUNT;
        }
        if (n.startsWith("exists") || n.startsWith("has_")) {
            return Verb.EXISTS;
        }
        if (n.equals("list") || n.startsWith("list_") || n.startsWith("search") || n.equals("all")
                || n.startsWith("get_all") || n.startsWith("find_all")) {
            return Verb.LIST;
        }
        if (startsWithWord(n, "get", "find", "fetch", "read", "load", "retrieve")) {
            return Verb.GET;
        }
        if (startsWithWord(n, "create", "add", "insert", "register")) {
            return Verb.CREATE;
        }
        if (startsWithWord(n, "update", "edit", "patch", "modify", "change")) {
            return Verb.UPDATE;
        }
        if (startsWithWord(n, "save", "persist", "store", "upsert")) {
            return Verb.SAVE;
        }
        if (startsWithWord(n, "delete", "remove", "destroy")) {
            return Verb.DELETE;
        }
        return Verb.OTHER;
    }

    private static boolean startsWithWord(String name, String... words) {
        for (String w : words) {
            if (name.equals(w) || name.startsWith(w + "_")) {
                return true;
            }
        }
        return false;
    }

    /** The annotation without spaces. */
    static String compact(String annotation) {
        return annotation == null ? "None" : annotation.replace(" ", "");
    }

    /** {@code X | None} or {@code Optional[X]} gives X; anything else gives empty. */
    static Optional<String> optionalOf(String annotation) {
        String t = compact(annotation);
        if (t.endsWith("|None")) {
            return Optional.of(t.substring(0, t.length() - 5));
        }
        if (t.startsWith("None|")) {
            return Optional.of(t.substring(5));
        }
        if (t.startsWith("Optional[") && t.endsWith("]")) {
            return Optional.of(t.substring(9, t.length() - 1));
        }
        return Optional.empty();
    }

    /** {@code list[X]} or {@code Sequence[X]} gives X. */
    static Optional<String> listOf(String annotation) {
        String t = compact(annotation);
        for (String outer : List.of("list[", "List[", "Sequence[")) {
            if (t.startsWith(outer) && t.endsWith("]")) {
                return Optional.of(t.substring(outer.length(), t.length() - 1));
            }
        }
        return Optional.empty();
    }

    /** The element type of a list, whether or not the list may be None ({@code list[int] | None} gives int). */
    static Optional<String> elementOf(String annotation) {
        return listOf(optionalOf(annotation).orElse(compact(annotation)));
    }

    static Optional<Parameter> parameter(Signature s, String name) {
        return s.arguments().stream().filter(p -> p.name().equals(name)).findFirst();
    }

    static boolean isPaging(String name) {
        return Set.of("skip", "offset", "limit").contains(name);
    }

    static Optional<MethodSpec> find(List<MethodSpec> methods, String name) {
        return methods.stream().filter(x -> x.name().equals(name)).findFirst();
    }

    /**
     * The entity's required datetime fields the method's own verb names: {@code placed_at} for {@code place_order},
     * {@code booked_at} for {@code book}. Creating the row through that method is that moment, so it is now.
     * A time the database sets ({@code created_at}) is left to it.
     */
    static List<String> momentsOf(String method, ModelSpec entity) {
        String verb = method.split("_")[0];
        if (verb.length() < 2) {
            return List.of();
        }
        char last = verb.charAt(verb.length() - 1);
        Set<String> participles = Set.of(verb + "ed", verb + "d", verb + last + "ed",
                verb.substring(0, verb.length() - 1) + "ied");
        return entity.fields().stream().filter(f -> !f.hasDefault() && !f.optional() && !EntityModule.isTimestamp(f))
                .filter(f -> f.type().replace(" ", "").equals("datetime"))
                .filter(f -> f.name().endsWith("_at")
                        && participles.contains(f.name().substring(0, f.name().length() - 3)))
                .map(FieldSpec::name).toList();
    }
}
