package dev.backforge.stacks.python.generator;

import com.fasterxml.jackson.databind.JsonNode;
import dev.backforge.pysyntax.PythonNames;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/** Python source fragments: literals, names and calls that wrap the way black would. */
final class PyText {

    static final int LINE = 88;

    private static final Pattern ACRONYM_END = Pattern.compile("([A-Z]+)([A-Z][a-z])");
    private static final Pattern CAMEL_WORD = Pattern.compile("([a-z0-9])([A-Z])");

    private PyText() {
    }

    /** A double-quoted Python string literal with the escapes Python needs. */
    static String literal(String s) {
        StringBuilder out = new StringBuilder("\"");
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '\\' -> out.append("\\\\");
                case '"' -> out.append("\\\"");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20 || c == 0x7f || Character.isSurrogate(c) && !validSurrogate(s, i)) {
                        out.append(String.format("\\x%02x", (int) c & 0xff));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }

    private static boolean validSurrogate(String s, int i) {
        char c = s.charAt(i);
        return Character.isHighSurrogate(c) ? i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))
                : i > 0 && Character.isHighSurrogate(s.charAt(i - 1));
    }

    /** A JSON value from the artifact as a Python literal. */
    static String literal(JsonNode value) {
        if (value == null || value.isNull()) {
            return "None";
        }
        if (value.isBoolean()) {
            return value.asBoolean() ? "True" : "False";
        }
        if (value.isNumber()) {
            return value.isIntegralNumber() ? value.bigIntegerValue().toString()
                    : value.decimalValue().stripTrailingZeros().toPlainString().contains(".")
                            ? value.decimalValue().toPlainString() : value.decimalValue().toPlainString() + ".0";
        }
        if (value.isTextual()) {
            return literal(value.asText());
        }
        if (value.isArray()) {
            List<String> items = new ArrayList<>();
            value.forEach(v -> items.add(literal(v)));
            return "[" + String.join(", ", items) + "]";
        }
        List<String> entries = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = value.fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> e = it.next();
            entries.add(literal(e.getKey()) + ": " + literal(e.getValue()));
        }
        return "{" + String.join(", ", entries) + "}";
    }

    /** Text safe inside a triple-quoted docstring. */
    static String doc(String s) {
        String t = s.replace("\\", "\\\\").replace("\"\"\"", "\\\"\\\"\\\"").replace("\r", "");
        return t.endsWith("\"") ? t.substring(0, t.length() - 1) + "\\\"" : t;
    }

    /**
     * The Python attribute or parameter for an artifact's field name: the name itself, or with a trailing underscore
     * when it is a keyword ({@code from} gives {@code from_}) or a member the generated class inherits
     * ({@code metadata} of a table, {@code schema} of a Pydantic model); the wire and column names stay as declared.
     * Tables and models use the same rule, so a model's dump is a table's keyword arguments.
     */
    static String attr(String name) {
        return aliased(name) ? name + "_" : name;
    }

    static boolean aliased(String name) {
        return PythonNames.KEYWORDS.contains(name) || PythonNames.TABLE_MEMBERS.contains(name)
                || PythonNames.MODEL_MEMBERS.contains(name);
    }

    /** A function's name: itself, or with a trailing underscore when it is a keyword. */
    static String function(String name) {
        return PythonNames.KEYWORDS.contains(name) ? name + "_" : name;
    }

    /** UserRepository gives user_repository, JWTAuthService gives jwt_auth_service. */
    static String snake(String name) {
        // called for every name in every file: the patterns are compiled once, and a name without capitals is as is
        String lower = name.toLowerCase(Locale.ROOT);
        if (lower.equals(name)) {
            return name;
        }
        String s = CAMEL_WORD.matcher(ACRONYM_END.matcher(name).replaceAll("$1_$2")).replaceAll("$1_$2");
        return s.toLowerCase(Locale.ROOT);
    }

    /** product_id gives "product id", for generated prose. */
    static String words(String name) {
        return snake(name).replace('_', ' ').trim();
    }

    /** A plural table name: user gives users, category gives categories. */
    static String plural(String snake) {
        if (snake.endsWith("y") && (snake.length() < 2 || "aeiou".indexOf(snake.charAt(snake.length() - 2)) < 0)) {
            return snake.substring(0, snake.length() - 1) + "ies";
        }
        if (snake.endsWith("s") || snake.endsWith("x") || snake.endsWith("z") || snake.endsWith("ch")
                || snake.endsWith("sh")) {
            return snake + "es";
        }
        return snake + "s";
    }

    /** A sentence: capitalised, ending with a full stop. */
    static String sentence(String s) {
        String t = s.strip();
        if (t.isEmpty()) {
            return t;
        }
        t = Character.toUpperCase(t.charAt(0)) + t.substring(1);
        return t.endsWith(".") || t.endsWith("!") || t.endsWith("?") ? t : t + ".";
    }

    /**
     * A statement ending in a call, wrapped black-style when it is longer than a line: the arguments of its last
     * top-level call go one per line. Statements of another shape are returned as they are.
     */
    static List<String> wrap(String indent, String statement) {
        if (indent.length() + statement.length() <= LINE || !statement.endsWith(")")) {
            return List.of(indent + statement);
        }
        int[] open = {-1};
        int depth = scan(statement, (i, c, d) -> {
            if (c == '(' && d == 0) {
                open[0] = i;
            }
        });
        if (open[0] <= 0 || depth != 0) {
            return List.of(indent + statement);
        }
        List<String> args = splitTopLevel(statement.substring(open[0] + 1, statement.length() - 1));
        if (args.isEmpty()) {
            return List.of(indent + statement);
        }
        return call(indent, statement.substring(0, open[0]), args, "");
    }

    private static List<String> splitTopLevel(String args) {
        List<String> out = new ArrayList<>();
        int[] start = {0};
        scan(args, (i, c, d) -> {
            if (c == ',' && d == 0) {
                out.add(args.substring(start[0], i).strip());
                start[0] = i + 1;
            }
        });
        String last = args.substring(start[0]).strip();
        if (!last.isEmpty()) {
            out.add(last);
        }
        return out;
    }

    /** Sees a character of Python text outside string literals, with the bracket depth before it. */
    private interface CodeCharacter {
        void at(int index, char c, int depth);
    }

    /** Walks Python text, skipping string literals, and returns the bracket depth at its end. */
    private static int scan(String text, CodeCharacter visitor) {
        int depth = 0;
        char quote = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quote != 0) {
                if (c == '\\') {
                    i++;
                } else if (c == quote) {
                    quote = 0;
                }
            } else if (c == '"' || c == '\'') {
                quote = c;
            } else {
                visitor.at(i, c, depth);
                if (c == '(' || c == '[' || c == '{') {
                    depth++;
                } else if (c == ')' || c == ']' || c == '}') {
                    depth--;
                }
            }
        }
        return depth;
    }

    /**
     * {@code prefix(arg, arg)suffix} on one line when it fits after {@code indent}, otherwise one argument per line
     * with a trailing comma, as black formats it.
     */
    static List<String> call(String indent, String prefix, List<String> args, String suffix) {
        String oneLine = indent + prefix + "(" + String.join(", ", args) + ")" + suffix;
        if (oneLine.length() <= LINE || args.isEmpty()) {
            return List.of(oneLine);
        }
        List<String> lines = new ArrayList<>();
        lines.add(indent + prefix + "(");
        args.forEach(a -> lines.add(indent + "    " + a + ","));
        lines.add(indent + ")" + suffix);
        return lines;
    }
}
