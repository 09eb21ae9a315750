package dev.backforge.stacks.python.verification;

import dev.backforge.pysyntax.SyntaxNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/** Structural questions about a parsed module: its classes, functions and docstrings. */
final class Modules {

    private Modules() {
    }

    /** A definition, looking through decorators. */
    static SyntaxNode definition(SyntaxNode statement) {
        if (statement.is("decorated_definition")) {
            return statement.child("definition").orElse(statement);
        }
        return statement;
    }

    static Optional<SyntaxNode> topLevelClass(SyntaxNode root, String name) {
        return root.namedChildren().stream().map(Modules::definition)
                .filter(d -> d.is("class_definition") && name(d).equals(name)).findFirst();
    }

    static List<SyntaxNode> methods(SyntaxNode classNode) {
        return classNode.child("body").map(b -> b.namedChildren().stream().map(Modules::definition)
                .filter(d -> d.is("function_definition")).toList()).orElse(List.of());
    }

    /**
     * Methods written without a receiver: no parameter, or a first one other than self or cls, and no decorator
     * (staticmethod and the like say what the first parameter is). Called on an instance, such a method gets the
     * instance as its first argument.
     */
    static List<SyntaxNode> methodsWithoutReceiver(SyntaxNode classNode) {
        return classNode.child("body").map(b -> b.namedChildren().stream()
                .filter(d -> d.is("function_definition")).filter(d -> {
                    List<SyntaxNode> params = d.child("parameters").map(SyntaxNode::namedChildren)
                            .orElse(List.of());
                    String first = params.isEmpty() ? "" : params.get(0).is("identifier") ? params.get(0).text()
                            : params.get(0).namedChildren().stream().filter(n -> n.is("identifier")).findFirst()
                                    .map(SyntaxNode::text).orElse("");
                    return !first.equals("self") && !first.equals("cls");
                }).toList()).orElse(List.of());
    }

    static String name(SyntaxNode definition) {
        return definition.child("name").map(SyntaxNode::text).orElse("");
    }

    /** The docstring of a module, class or function: its first statement when that is a string literal. */
    static Optional<String> docstring(SyntaxNode node) {
        SyntaxNode body = node.is("module") ? node : node.child("body").orElse(null);
        if (body == null) {
            return Optional.empty();
        }
        return body.namedChildren().stream().filter(c -> !c.is("comment")).findFirst()
                .filter(s -> s.is("expression_statement") && s.namedChildren().size() == 1
                        && s.namedChildren().get(0).is("string"))
                .map(s -> s.namedChildren().get(0).text());
    }

    /** Every function and class definition of the module, nested ones included, in source order. */
    static void definitions(SyntaxNode root, Consumer<SyntaxNode> visitor) {
        root.walk(n -> {
            if (n.is("function_definition") || n.is("class_definition")) {
                visitor.accept(n);
            }
        });
    }

    /** Statements of a function body, not descending into nested functions or classes. */
    static List<SyntaxNode> ownNodes(SyntaxNode function, String type) {
        List<SyntaxNode> found = new ArrayList<>();
        function.child("body").ifPresent(b -> collect(b, type, found));
        return found;
    }

    private static void collect(SyntaxNode n, String type, List<SyntaxNode> found) {
        if (n.is(type)) {
            found.add(n);
        }
        for (SyntaxNode c : n.children()) {
            if (!c.is("function_definition") && !c.is("class_definition")) {
                collect(c, type, found);
            }
        }
    }

    /** Text with whitespace removed, quotes dropped and builtins. qualifiers stripped, for comparing annotations. */
    static String normalize(String annotation) {
        if (annotation == null) {
            return null;
        }
        String t = annotation.replaceAll("\\s+", "").replace("builtins.", "");
        if (t.length() >= 2 && (t.startsWith("\"") && t.endsWith("\"") || t.startsWith("'") && t.endsWith("'"))) {
            t = t.substring(1, t.length() - 1);
        }
        return t.replace("'", "\"");
    }
}
