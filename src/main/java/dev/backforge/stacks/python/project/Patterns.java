package dev.backforge.stacks.python.project;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A string that matches a field's regular expression, for the common shapes of such patterns: literals, character
 * classes with ranges, {@code \d \w \s}, groups, alternatives (the first is taken) and quantifiers (their least
 * count, at least one for {@code +}). The result is checked against the pattern; empty when it does not match.
 */
final class Patterns {

    private final String p;
    private int i;

    private Patterns(String pattern) {
        this.p = pattern;
    }

    static Optional<String> sample(String pattern) {
        try {
            String s = new Patterns(pattern).sequence();
            return Pattern.compile(pattern).matcher(s).find() ? Optional.of(s) : Optional.empty();
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }

    /** A sequence up to ')' or the end; of alternatives only the first is kept. */
    private String sequence() {
        StringBuilder out = new StringBuilder();
        while (i < p.length() && p.charAt(i) != ')') {
            if (p.charAt(i) == '|') {
                skipAlternatives();
                break;
            }
            String atom = atom();
            out.append(repeat(atom, quantifier()));
        }
        return out.toString();
    }

    private void skipAlternatives() {
        int depth = 0;
        while (i < p.length()) {
            char c = p.charAt(i);
            if (c == '\\') {
                i += 2;
                continue;
            }
            if (c == '(') {
                depth++;
            } else if (c == ')') {
                if (depth == 0) {
                    return;
                }
                depth--;
            }
            i++;
        }
    }

    private String atom() {
        char c = p.charAt(i++);
        switch (c) {
            case '^', '$' -> {
                return "";
            }
            case '(' -> {
                if (p.startsWith("?:", i)) {
                    i += 2;
                }
                String inner = sequence();
                i++;
                return inner;
            }
            case '[' -> {
                return charClass();
            }
            case '.' -> {
                return "a";
            }
            case '\\' -> {
                return escape(p.charAt(i++));
            }
            default -> {
                return String.valueOf(c);
            }
        }
    }

    private static String escape(char c) {
        return switch (c) {
            case 'd' -> "1";
            case 'w' -> "a";
            case 's' -> " ";
            case 'D', 'W', 'S' -> "-";
            default -> String.valueOf(c);
        };
    }

    /** The first character a class admits: a letter or digit where it can, so samples stay readable. */
    private String charClass() {
        boolean negated = p.charAt(i) == '^';
        if (negated) {
            i++;
        }
        StringBuilder members = new StringBuilder();
        while (p.charAt(i) != ']' || members.length() == 0 && p.charAt(i - 1) == '[') {
            char c = p.charAt(i++);
            if (c == '\\') {
                members.append(escape(p.charAt(i++)));
            } else if (i + 1 < p.length() && p.charAt(i) == '-' && p.charAt(i + 1) != ']') {
                char to = p.charAt(i + 1);
                i += 2;
                for (char x = c; x <= to; x++) {
                    members.append(x);
                }
            } else {
                members.append(c);
            }
        }
        i++;
        if (negated) {
            for (char x : "aA1".toCharArray()) {
                if (members.indexOf(String.valueOf(x)) < 0) {
                    return String.valueOf(x);
                }
            }
            return "~";
        }
        for (int k = 0; k < members.length(); k++) {
            if (Character.isLetterOrDigit(members.charAt(k))) {
                return String.valueOf(members.charAt(k));
            }
        }
        return String.valueOf(members.charAt(0));
    }

    /** The least count the quantifier allows (1 for none, at least 1 for '+'). */
    private int quantifier() {
        if (i >= p.length()) {
            return 1;
        }
        char c = p.charAt(i);
        int count = 1;
        if (c == '+' || c == '*' || c == '?') {
            i++;
            count = c == '+' ? 1 : 0;
        } else if (c == '{') {
            int close = p.indexOf('}', i);
            String[] bounds = p.substring(i + 1, close).split(",", -1);
            i = close + 1;
            count = Integer.parseInt(bounds[0].strip());
        }
        if (i < p.length() && (p.charAt(i) == '?' || p.charAt(i) == '+')) {
            i++;
        }
        return count;
    }

    private static String repeat(String atom, int times) {
        return atom.repeat(Math.max(0, times));
    }
}
