package dev.backforge.stacks.python.verification;

import dev.backforge.pysyntax.PythonNames;
import dev.backforge.pysyntax.SyntaxNode;
import dev.backforge.pysyntax.TypeExpressions;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Binds and resolves the names of one module with Python's scoping rules: which names are used without being
 * defined, imported or builtin, and which imports are never used. Bindings are collected per scope before uses are
 * resolved, since Python binds a name for its whole scope.
 */
final class NameAnalysis {

    /** A use of a name, in the scope where it is evaluated. */
    private record Use(String name, SyntaxNode node, Scope scope) {
    }

    private final List<Use> uses = new ArrayList<>();
    private final Map<String, SyntaxNode> imports = new LinkedHashMap<>();
    private final Map<String, SyntaxNode> redefinedImports = new LinkedHashMap<>();
    private final Set<SyntaxNode> topLevel = Collections.newSetFromMap(new IdentityHashMap<>());
    private final Set<String> usedNames = new HashSet<>();
    private final Scope module = new Scope(Scope.Kind.MODULE, null);

    NameAnalysis(SyntaxNode root) {
        for (SyntaxNode statement : root.children()) {
            if (statement.is("import_statement") || statement.is("import_from_statement")) {
                statement.walk(topLevel::add);
            }
        }
        block(root, module);
        for (Use u : uses) {
            usedNames.add(u.name);
        }
        exportedNames(root).forEach(usedNames::add);
    }

    /** Names used where nothing defines them, with the node of their first use. */
    Map<String, SyntaxNode> undefined() {
        Map<String, SyntaxNode> out = new LinkedHashMap<>();
        for (Use u : uses) {
            if (!PythonNames.BUILTINS.contains(u.name) && !u.scope.resolves(u.name)) {
                out.putIfAbsent(u.name, u.node);
            }
        }
        return out;
    }

    /** Imported names that no code of the module uses. */
    Map<String, SyntaxNode> unusedImports() {
        Map<String, SyntaxNode> out = new LinkedHashMap<>();
        imports.forEach((name, node) -> {
            if (!usedNames.contains(name)) {
                out.put(name, node);
            }
        });
        return out;
    }

    /** Imported names that another import or a function or class of the module binds again, replacing it. */
    Map<String, SyntaxNode> redefinedImports() {
        return redefinedImports;
    }

    private void block(SyntaxNode node, Scope scope) {
        for (SyntaxNode child : node.children()) {
            visit(child, scope);
        }
    }

    private void visit(SyntaxNode n, Scope scope) {
        switch (n.type()) {
            case "import_statement" -> imported(n, scope, false);
            case "import_from_statement" -> imported(n, scope, true);
            case "future_import_statement", "comment" -> {
            }
            case "function_definition" -> function(n, scope);
            case "class_definition" -> classDefinition(n, scope);
            case "decorated_definition" -> n.children().forEach(c -> visit(c, scope));
            case "assignment" -> {
                n.child("left").ifPresent(l -> target(l, scope));
                n.child("type").ifPresent(t -> annotation(t, scope));
                n.child("right").ifPresent(r -> visit(r, scope));
            }
            case "augmented_assignment" -> {
                n.child("left").ifPresent(l -> {
                    expression(l, scope);
                    target(l, scope);
                });
                n.child("right").ifPresent(r -> visit(r, scope));
            }
            case "for_statement" -> {
                n.child("left").ifPresent(l -> target(l, scope));
                n.children().stream().filter(c -> !"left".equals(c.field())).forEach(c -> visit(c, scope));
            }
            case "as_pattern" -> {
                n.children().stream().filter(c -> !"alias".equals(c.field())).forEach(c -> visit(c, scope));
                n.child("alias").ifPresent(a -> target(a, scope));
            }
            case "as_pattern_target" -> target(n, scope);
            case "named_expression" -> {
                n.child("name").ifPresent(x -> bind(x.text(), comprehensionOwner(scope)));
                n.child("value").ifPresent(v -> visit(v, scope));
            }
            case "global_statement", "nonlocal_statement" -> n.namedChildren().forEach(c -> {
                bind(c.text(), scope);
                bind(c.text(), scope.module());
            });
            case "lambda" -> lambda(n, scope);
            case "list_comprehension", "set_comprehension", "dictionary_comprehension", "generator_expression" ->
                comprehension(n, scope);
            case "case_pattern" -> n.walk(c -> {
                if (c.is("identifier") && !"attribute".equals(c.field())) {
                    bind(c.text(), scope);
                }
            });
            case "type" -> annotation(n, scope);
            default -> expression(n, scope);
        }
    }

    /** An expression: identifiers are uses, except attribute names and keyword argument names. */
    private void expression(SyntaxNode n, Scope scope) {
        switch (n.type()) {
            case "identifier" -> uses.add(new Use(n.text(), n, scope));
            case "attribute" -> n.child("object").ifPresent(o -> visit(o, scope));
            case "keyword_argument" -> n.child("value").ifPresent(v -> visit(v, scope));
            default -> n.children().forEach(c -> visit(c, scope));
        }
    }

    /** An annotation; a quoted one is parsed so that the names inside it count as uses too. */
    private void annotation(SyntaxNode n, Scope scope) {
        List<SyntaxNode> named = n.namedChildren();
        if (named.size() == 1 && named.get(0).is("string")) {
            String text = named.get(0).text();
            String inner = text.length() >= 2 ? text.substring(1, text.length() - 1) : "";
            TypeExpressions.names(inner).orElse(Set.of()).forEach(x -> uses.add(new Use(x, n, scope)));
            return;
        }
        expression(n, scope);
    }

    /** An assignment target: plain names are bound; attributes and subscripts evaluate their object. */
    private void target(SyntaxNode n, Scope scope) {
        switch (n.type()) {
            case "identifier" -> bind(n.text(), scope);
            case "pattern_list", "tuple_pattern", "list_pattern", "tuple", "list", "as_pattern_target",
                    "list_splat_pattern", "parenthesized_expression" ->
                n.namedChildren().forEach(c -> target(c, scope));
            default -> expression(n, scope);
        }
    }

    private void imported(SyntaxNode n, Scope scope, boolean from) {
        for (SyntaxNode c : n.children()) {
            if (from && "module_name".equals(c.field())) {
                continue;
            }
            if (c.is("wildcard_import")) {
                scope.starImport = true;
            } else if (c.is("aliased_import")) {
                String alias = c.child("alias").orElseThrow().text();
                bindImport(alias, c, scope);
            } else if (c.is("dotted_name")) {
                List<SyntaxNode> parts = c.namedChildren();
                String name = from ? parts.get(parts.size() - 1).text() : parts.get(0).text();
                bindImport(name, c, scope);
            }
        }
    }

    private void bindImport(String name, SyntaxNode node, Scope scope) {
        bind(name, scope);
        if (scope == module) {
            if (imports.containsKey(name) && topLevel.contains(node) && topLevel.contains(imports.get(name))) {
                // two unconditional imports of one name: a fallback under try or if is not one
                redefinedImports.putIfAbsent(name, node);
            }
            imports.putIfAbsent(name, node);
        }
    }

    private void function(SyntaxNode n, Scope scope) {
        defineAtTop(n, scope);
        Scope inner = new Scope(Scope.Kind.FUNCTION, scope);
        n.child("parameters").ifPresent(p -> parameters(p, inner, scope));
        n.child("return_type").ifPresent(r -> annotation(r, scope));
        n.child("body").ifPresent(b -> block(b, inner));
    }

    /** Parameter names bind in the function; annotations and defaults are evaluated outside it. */
    private void parameters(SyntaxNode params, Scope inner, Scope outer) {
        for (SyntaxNode p : params.namedChildren()) {
            switch (p.type()) {
                case "identifier" -> bind(p.text(), inner);
                case "list_splat_pattern", "dictionary_splat_pattern" ->
                    p.namedChildren().forEach(x -> bind(x.text(), inner));
                case "typed_parameter" -> {
                    SyntaxNode first = p.namedChildren().get(0);
                    if (first.is("identifier")) {
                        bind(first.text(), inner);
                    } else {
                        first.namedChildren().forEach(x -> bind(x.text(), inner));
                    }
                    p.child("type").ifPresent(t -> annotation(t, outer));
                }
                case "default_parameter", "typed_default_parameter" -> {
                    p.child("name").ifPresent(x -> bind(x.text(), inner));
                    p.child("type").ifPresent(t -> annotation(t, outer));
                    p.child("value").ifPresent(v -> visit(v, outer));
                }
                default -> {
                }
            }
        }
    }

    private void classDefinition(SyntaxNode n, Scope scope) {
        defineAtTop(n, scope);
        n.child("superclasses").ifPresent(s -> visit(s, scope));
        Scope inner = new Scope(Scope.Kind.CLASS, scope);
        n.child("body").ifPresent(b -> block(b, inner));
    }

    private void defineAtTop(SyntaxNode definition, Scope scope) {
        String name = definition.child("name").orElseThrow().text();
        if (scope == module && imports.containsKey(name)) {
            redefinedImports.putIfAbsent(name, definition);
        }
        bind(name, scope);
    }

    private void lambda(SyntaxNode n, Scope scope) {
        Scope inner = new Scope(Scope.Kind.FUNCTION, scope);
        n.child("parameters").ifPresent(p -> parameters(p, inner, scope));
        n.child("body").ifPresent(b -> visit(b, inner));
    }

    private void comprehension(SyntaxNode n, Scope scope) {
        Scope inner = new Scope(Scope.Kind.COMPREHENSION, scope);
        List<SyntaxNode> clauses = n.namedChildren().stream().filter(c -> c.is("for_in_clause")).toList();
        for (SyntaxNode clause : clauses) {
            clause.child("left").ifPresent(l -> target(l, inner));
        }
        for (SyntaxNode c : n.namedChildren()) {
            if (c.is("for_in_clause")) {
                c.children().stream().filter(x -> !"left".equals(x.field())).forEach(x -> visit(x, inner));
            } else {
                visit(c, inner);
            }
        }
    }

    /** An assignment expression inside a comprehension binds in the enclosing function or module. */
    private static Scope comprehensionOwner(Scope scope) {
        Scope s = scope;
        while (s.kind == Scope.Kind.COMPREHENSION && s.parent != null) {
            s = s.parent;
        }
        return s;
    }

    private static void bind(String name, Scope scope) {
        scope.bound.add(name);
    }

    /** Names listed in a module-level {@code __all__}: exporting an import is a use of it. */
    private static List<String> exportedNames(SyntaxNode root) {
        List<String> names = new ArrayList<>();
        for (SyntaxNode statement : root.namedChildren()) {
            for (SyntaxNode a : statement.namedChildren()) {
                if (a.is("assignment") && a.child("left").map(l -> l.text().equals("__all__")).orElse(false)) {
                    a.child("right").ifPresent(r -> r.walk(s -> {
                        if (s.is("string_content")) {
                            names.add(s.text());
                        }
                    }));
                }
            }
        }
        return names;
    }
}
