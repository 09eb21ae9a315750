package dev.backforge.pysyntax;

import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * The plain shape of a type expression read by hand: names, dotted names, a subscript and {@code |}, as in
 * {@code dict[str, list[Item]] | None}. Copying a tree-sitter parse into Java costs about 1.7 µs a node over JNI, so an
 * annotation cost some 60 µs and a thousand-component artifact's launch a third of a second, all of it on shapes this
 * small grammar covers. Anything else (strings, numbers, calls, keywords, other characters) is left to the parser: a
 * position of -1 means "not plain", never "invalid".
 */
public final class PlainTypes {

    /**
     * Names the reader leaves to the parser: Python's keywords and the soft keywords, whose meaning depends on where
     * they stand.
     */
    private static final Set<String> LEFT_TO_PARSER = union(PythonNames.KEYWORDS,
            Set.of("match", "case", "type", "_", "print", "exec"));

    private PlainTypes() {
    }

    /** The names {@code annotation} refers to, in source order; null when it is not of the plain shape. */
    public static Set<String> names(String annotation) {
        Set<String> names = new LinkedHashSet<>();
        int end = expressionEnd(annotation, 0, names);
        if (end < 0 || blanks(annotation, end) != annotation.length()) {
            return null;
        }
        return Collections.unmodifiableSet(names);
    }

    /**
     * Where the plain type expression starting at {@code from} (after blanks) ends, exclusive; its referenced names
     * are added to {@code names}. -1 when there is none of the plain shape.
     */
    public static int expressionEnd(String s, int from, Set<String> names) {
        int at = primaryEnd(s, from, names);
        while (at >= 0) {
            int next = blanks(s, at);
            if (next >= s.length() || s.charAt(next) != '|') {
                return at;
            }
            at = primaryEnd(s, next + 1, names);
        }
        return -1;
    }

    /**
     * A dotted name, then at most one subscript: {@code typing.Optional[int]}. Python allows more (a subscript of a
     * subscript, an attribute after one), but tree-sitter's grammar for annotations reads those its own way; they are
     * left to it.
     */
    private static int primaryEnd(String s, int from, Set<String> names) {
        int start = blanks(s, from);
        int at = nameEnd(s, start);
        if (at == start) {
            return -1;
        }
        String name = s.substring(start, at);
        if (name.equals("None")) {
            // a value, not a reference; nothing may follow it here
            return at;
        }
        if (!usable(name)) {
            return -1;
        }
        names.add(name);
        int next = blanks(s, at);
        while (next < s.length() && s.charAt(next) == '.') {
            int attribute = blanks(s, next + 1);
            at = nameEnd(s, attribute);
            if (at == attribute || !usable(s.substring(attribute, at))) {
                return -1;
            }
            next = blanks(s, at);
        }
        return next < s.length() && s.charAt(next) == '[' ? subscriptEnd(s, next + 1, names) : at;
    }

    /** One or more expressions separated by commas, then the closing bracket (no trailing comma: left to the parser). */
    private static int subscriptEnd(String s, int from, Set<String> names) {
        int at = from;
        while (true) {
            at = expressionEnd(s, at, names);
            if (at < 0) {
                return -1;
            }
            int next = blanks(s, at);
            if (next >= s.length()) {
                return -1;
            }
            if (s.charAt(next) == ']') {
                return next + 1;
            }
            if (s.charAt(next) != ',') {
                return -1;
            }
            at = next + 1;
        }
    }

    /** Whether a name read here is an ordinary identifier (not a keyword nor a soft keyword, nor None). */
    public static boolean usable(String name) {
        return !LEFT_TO_PARSER.contains(name) && !name.equals("None");
    }

    /** The end of an ASCII identifier starting at {@code at}; {@code at} itself when none starts there. */
    public static int nameEnd(String s, int at) {
        if (at >= s.length() || !(Character.isLetter(s.charAt(at)) && s.charAt(at) < 128 || s.charAt(at) == '_')) {
            return at;
        }
        int end = at + 1;
        while (end < s.length() && (s.charAt(end) < 128 && Character.isLetterOrDigit(s.charAt(end))
                || s.charAt(end) == '_')) {
            end++;
        }
        // a non-ASCII letter would continue a Python identifier: not this reader's shape
        return end < s.length() && s.charAt(end) >= 128 ? at : end;
    }

    /** The first position at or after {@code at} that is not a space or a tab. */
    public static int blanks(String s, int at) {
        int i = at;
        while (i < s.length() && (s.charAt(i) == ' ' || s.charAt(i) == '\t')) {
            i++;
        }
        return i;
    }

    private static Set<String> union(Set<String> a, Set<String> b) {
        Set<String> all = new LinkedHashSet<>(a);
        all.addAll(b);
        return Set.copyOf(all);
    }
}
