package dev.backforge.stacks.python.generator;

import dev.backforge.pysyntax.PythonNames;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The imports of one generated module, written the way isort groups them: standard library, third party, then the
 * architecture's own modules; {@code import x} lines before {@code from x import y} lines; names ordered constants,
 * classes, functions. Names needed only by the type checker go under {@code if TYPE_CHECKING:}.
 */
final class Imports {

    private static final Comparator<String> NAME_ORDER = Comparator
            .comparingInt((String n) -> n.equals(n.toUpperCase()) && n.length() > 1 ? 0
                    : Character.isUpperCase(n.charAt(0)) ? 1 : 2)
            .thenComparing(Comparator.naturalOrder());

    private final Set<String> localRoots;
    private final TreeMap<String, TreeSet<String>> fromImports = new TreeMap<>();
    private final TreeMap<String, TreeSet<String>> typeOnly = new TreeMap<>();
    private final TreeSet<String> moduleImports = new TreeSet<>();
    private final Map<String, String> comments = new HashMap<>();
    private final Map<String, String> aliases = new HashMap<>();

    Imports(Set<String> localRoots) {
        this.localRoots = localRoots;
    }

    void from(String module, String name) {
        fromImports.computeIfAbsent(module, k -> new TreeSet<>(NAME_ORDER)).add(name);
        TreeSet<String> onlyTyped = typeOnly.get(module);
        if (onlyTyped != null && onlyTyped.remove(name) && onlyTyped.isEmpty()) {
            typeOnly.remove(module);
        }
    }

    /** For each name imported with {@code from} (at run time or for the type checker), from how many modules. */
    Map<String, Long> fromModulesByName() {
        Map<String, Long> out = new HashMap<>();
        fromImports.values().forEach(names -> names.forEach(n -> out.merge(n, 1L, Long::sum)));
        typeOnly.values().forEach(names -> names.forEach(n -> out.merge(n, 1L, Long::sum)));
        return out;
    }

    /** Imports {@code name} as {@code alias} wherever it is imported from: the module defines a name of its own. */
    void alias(String name, String alias) {
        for (var imported : List.of(fromImports, typeOnly)) {
            imported.forEach((module, names) -> {
                if (names.contains(name)) {
                    alias(module, name, alias);
                }
            });
        }
    }

    /** Imports {@code name} from {@code module} as {@code alias}: another module's import takes the name. */
    void alias(String module, String name, String alias) {
        aliases.put(module + " " + name, alias);
    }

    /** An import needed only in annotations: kept out of the runtime import graph. */
    void typeOnly(String module, String name) {
        if (!fromImports.getOrDefault(module, new TreeSet<>()).contains(name)) {
            typeOnly.computeIfAbsent(module, k -> new TreeSet<>(NAME_ORDER)).add(name);
        }
    }

    /** A trailing comment for one module's import line, e.g. a type-checker pragma for an untyped library. */
    void comment(String module, String comment) {
        comments.put(module, comment);
    }

    void module(String module) {
        moduleImports.add(module);
    }

    boolean isEmpty() {
        return fromImports.isEmpty() && moduleImports.isEmpty() && typeOnly.isEmpty();
    }

    /** All imported module names, for the manifest's dependencies_used. */
    Set<String> modules() {
        TreeSet<String> all = new TreeSet<>(moduleImports);
        all.addAll(fromImports.keySet());
        all.addAll(typeOnly.keySet());
        all.remove("__future__");
        return all;
    }

    List<String> render() {
        if (!typeOnly.isEmpty()) {
            from("typing", "TYPE_CHECKING");
        }
        List<List<String>> groups = new ArrayList<>();
        for (int group = 0; group < 3; group++) {
            List<String> lines = new ArrayList<>();
            for (String m : moduleImports) {
                if (groupOf(m) == group) {
                    lines.add("import " + m);
                }
            }
            for (var e : fromImports.entrySet()) {
                if (groupOf(e.getKey()) == group) {
                    lines.addAll(fromLine("", e.getKey(), e.getValue()));
                }
            }
            if (!lines.isEmpty()) {
                groups.add(lines);
            }
        }
        List<String> out = new ArrayList<>();
        for (List<String> g : groups) {
            if (!out.isEmpty()) {
                out.add("");
            }
            out.addAll(g);
        }
        if (!typeOnly.isEmpty()) {
            out.add("");
            out.add("if TYPE_CHECKING:");
            typeOnly.forEach((m, names) -> out.addAll(fromLine("    ", m, names)));
        }
        return out;
    }

    private int groupOf(String module) {
        if (localRoots.contains(module.split("\\.")[0])) {
            return 2;
        }
        return PythonNames.isStandardLibrary(module) ? 0 : 1;
    }

    private List<String> fromLine(String indent, String module, Set<String> names) {
        String comment = comments.containsKey(module) ? "  " + comments.get(module) : "";
        List<String> named = names.stream().map(n -> aliases.containsKey(module + " " + n)
                ? n + " as " + aliases.get(module + " " + n) : n).toList();
        String one = indent + "from " + module + " import " + String.join(", ", named) + comment;
        if (one.length() <= PyText.LINE) {
            return List.of(one);
        }
        List<String> lines = new ArrayList<>();
        lines.add(indent + "from " + module + " import (" + comment);
        named.forEach(n -> lines.add(indent + "    " + n + ","));
        lines.add(indent + ")");
        return lines;
    }
}
