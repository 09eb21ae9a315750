package dev.backforge.pysyntax;

import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The names a type annotation refers to: {@code dict[str, list[Item]] | None} refers to dict, str, list and Item.
 * For a dotted name ({@code datetime.date}) only its first part is a reference. Results are cached: the same few
 * annotations recur across a large artifact.
 */
public final class TypeExpressions {

    private static final ConcurrentHashMap<String, Optional<Set<String>>> CACHE = new ConcurrentHashMap<>();

    private TypeExpressions() {
    }

    /** The referenced names in source order, or empty when the text is not a single Python expression. */
    public static Optional<Set<String>> names(String annotation) {
        return CACHE.computeIfAbsent(annotation, TypeExpressions::read);
    }

    private static Optional<Set<String>> read(String annotation) {
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
