package dev.backforge.stacks.python.contract;

import dev.backforge.pysyntax.PlainTypes;

/**
 * The defaults a def line's plain shape allows: {@code None}, {@code True}, {@code False}, a (dotted) name, a decimal
 * number with an optional minus, or a short quoted string of printable ASCII without escapes. Anything else is the
 * parser's.
 */
final class PlainDefaults {

    private PlainDefaults() {
    }

    /** The end (exclusive) of the default starting at {@code start}; -1 when it is not of the plain shape. */
    static int end(String s, int start) {
        if (start >= s.length()) {
            return -1;
        }
        char c = s.charAt(start);
        if (c == '\'' || c == '"') {
            return string(s, start, c);
        }
        if (c == '-' || Character.isDigit(c)) {
            return number(s, c == '-' ? start + 1 : start);
        }
        return name(s, start);
    }

    private static int name(String s, int start) {
        int at = PlainTypes.nameEnd(s, start);
        if (at == start) {
            return -1;
        }
        String first = s.substring(start, at);
        if (first.equals("None") || first.equals("True") || first.equals("False")) {
            return at;
        }
        if (!PlainTypes.usable(first)) {
            return -1;
        }
        while (at < s.length() && s.charAt(at) == '.') {
            int end = PlainTypes.nameEnd(s, at + 1);
            if (end == at + 1 || !PlainTypes.usable(s.substring(at + 1, end))) {
                return -1;
            }
            at = end;
        }
        return at;
    }

    /** Digits, optionally a point and more digits; not followed by anything that would make it another literal. */
    private static int number(String s, int start) {
        int at = digits(s, start);
        if (at == start) {
            return -1;
        }
        if (at < s.length() && s.charAt(at) == '.') {
            int fraction = digits(s, at + 1);
            if (fraction == at + 1) {
                return -1;
            }
            at = fraction;
        }
        if (at < s.length() && (Character.isLetterOrDigit(s.charAt(at)) || s.charAt(at) == '_'
                || s.charAt(at) == '.')) {
            return -1;
        }
        // a leading zero (007) is an error in Python 3
        return s.charAt(start) == '0' && at > start + 1 && Character.isDigit(s.charAt(start + 1)) ? -1 : at;
    }

    private static int digits(String s, int start) {
        int at = start;
        while (at < s.length() && s.charAt(at) >= '0' && s.charAt(at) <= '9') {
            at++;
        }
        return at;
    }

    private static int string(String s, int start, char quote) {
        for (int at = start + 1; at < s.length(); at++) {
            char c = s.charAt(at);
            if (c == quote) {
                return at + 1;
            }
            if (c == '\\' || c < ' ' || c > '~') {
                return -1;
            }
        }
        return -1;
    }
}
