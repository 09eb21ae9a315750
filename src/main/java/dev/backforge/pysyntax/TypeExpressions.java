package dev.backforge.pysyntax;

import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The names a type annotation refers to: {@code dict[str, list[Item]] | None} refers to dict, str, list and Item.
 * For a dotted name ({@code datetime.date}) only its first part is a reference. The plain shape is read by hand
 * ({@link PlainTypes}); the rest by the parser, whose answers are cached: the same few annotations recur across a large
 * artifact.
 */
public final class TypeExpressions {

    private static final ConcurrentHashMap<String, Optional<Set<String>>> CACHE = new ConcurrentHashMap<>();
    /** A server reads artifacts for months: past this many entries the cache starts again. */
    static final int CAPACITY = 10_000;

    private TypeExpressions() {
    }

    /** The referenced names in source order, or empty when the text is not a single Python expression. */
    public static Optional<Set<String>> names(String annotation) {
        Set<String> plain = PlainTypes.names(annotation);
        if (plain != null) {
            return Optional.of(plain);
        }
        if (CACHE.size() >= CAPACITY) {
            CACHE.clear();
        }
        return CACHE.computeIfAbsent(annotation, TypeExpressions::parsed);
    }

    /** The same answer from the parser alone. */
    static Optional<Set<String>> parsed(String annotation) {
        if (annotation.contains("\n") || annotation.contains("\r")) {
            return Optional.empty();
        }
        SyntaxTree tree = PythonParser.parse("_: " + annotation + "\n");
        if (tree.hasErrors()) {
            return Optional.empty();
        }
        var statements = tree.root().namedChildren();
        if (statements.size() != 1) {
            return Optional.empty();
        }
        var assignment = statements.get(0).namedChildren();
        if (assignment.size() != 1 || !assignment.get(0).is("assignment")
                || assignment.get(0).child("right").isPresent()) {
            return Optional.empty();
        }
        Set<String> names = new LinkedHashSet<>();
        assignment.get(0).child("type").ifPresent(t -> collect(t, names));
        return Optional.of(Collections.unmodifiableSet(names));
    }

    private static void collect(SyntaxNode node, Set<String> names) {
        switch (node.type()) {
            case "identifier" -> names.add(node.text());
            case "attribute" -> collect(node.child("object").orElseThrow(), names);
            case "string" -> {
            }
            case "keyword_argument" -> node.child("value").ifPresent(v -> collect(v, names));
            default -> node.namedChildren().forEach(c -> collect(c, names));
        }
    }
}
