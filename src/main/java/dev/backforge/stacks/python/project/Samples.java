package dev.backforge.stacks.python.project;

import dev.backforge.architecture.control.Symbols;
import dev.backforge.architecture.entity.Constraints;
import dev.backforge.architecture.entity.FieldSpec;
import dev.backforge.architecture.entity.ModelSpec;
import dev.backforge.architecture.entity.Symbol;
import dev.backforge.pysyntax.TypeExpressions;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;

/**
 * Valid values for a type and its constraints, as Python literals of the JSON a client sends: the shortest string
 * that fits the length and the pattern, a number inside its bounds, an enumeration's first value, a nested model's
 * required fields. A field that refers to another row gets that row's id from {@code reference}.
 */
final class Samples {

    private final Symbols symbols;

    Samples(Symbols symbols) {
        this.symbols = symbols;
    }

    /** A literal for the field; {@code reference} answers a Python expression for fields that name another row. */
    String field(FieldSpec f, Function<String, Optional<String>> reference) {
        if (f.name().endsWith("_id") || f.name().equals("id")) {
            Optional<String> ref = reference.apply(f.name());
            if (ref.isPresent()) {
                return ref.get();
            }
        }
        return value(f.type(), f.constraints(), f.name(), 0);
    }

    String value(String type, Constraints c, String name, int depth) {
        String t = type.replace(" ", "");
        if (t.endsWith("|None")) {
            t = t.substring(0, t.length() - 5);
        } else if (t.startsWith("None|")) {
            t = t.substring(5);
        } else if (t.startsWith("Optional[") && t.endsWith("]")) {
            t = t.substring(9, t.length() - 1);
        }
        if (t.startsWith("list[") || t.startsWith("List[") || t.startsWith("Sequence[") || t.startsWith("set[")) {
            String inner = t.substring(t.indexOf('[') + 1, t.length() - 1);
            return depth > 3 ? "[]" : "[" + value(inner, Constraints.NONE, name, depth + 1) + "]";
        }
        if (t.startsWith("dict[") || t.equals("dict")) {
            return "{}";
        }
        if (t.startsWith("Literal[")) {
            return literalOf(t.substring(8, t.length() - 1).split(",")[0].strip());
        }
        Optional<Symbol> symbol = symbols.find(t);
        if (symbol.isPresent() && symbol.get().model() != null) {
            ModelSpec model = symbol.get().model();
            if (model.isEnum()) {
                return quote(model.enumValues().get(0));
            }
            return depth > 3 ? "{}" : model(model, f -> Optional.empty(), depth + 1);
        }
        return scalar(t, c, name);
    }

    /** The model's required fields and its optional plain ones, as a dict literal. */
    String model(ModelSpec model, Function<String, Optional<String>> reference, int depth) {
        List<String> entries = new ArrayList<>();
        for (FieldSpec f : model.fields()) {
            if (f.hasDefault() && (f.name().endsWith("_id") || depth > 1)) {
                // optional references and optional fields of nested models are left to their defaults
                continue;
            }
            String value = depth > 1 ? value(f.type(), f.constraints(), f.name(), depth) : field(f, reference);
            entries.add(quote(f.name()) + ": " + value);
        }
        return "{" + String.join(", ", entries) + "}";
    }

    private String scalar(String t, Constraints c, String name) {
        return switch (t) {
            case "int" -> number(c, BigDecimal.ONE, true);
            case "float", "Decimal" -> number(c, new BigDecimal("1.5"), false);
            case "bool" -> "True";
            case "UUID" -> quote("3f2504e0-4f89-41d3-9a0c-0305e82c3301");
            case "date" -> quote("2030-01-15");
            case "datetime" -> quote("2030-01-15T10:30:00+00:00");
            case "time" -> quote("10:30:00");
            case "timedelta" -> quote("PT1H");
            case "EmailStr" -> quote(fit("user@example.com", c));
            case "HttpUrl", "AnyUrl", "AnyHttpUrl" -> quote("https://example.com/" + name.replace('_', '-'));
            case "bytes" -> quote("c2FtcGxl");
            case "Any", "object" -> quote("sample");
            default -> quote(text(c, name));
        };
    }

    /** A number inside [ge, le] (and (gt, lt)): the lower bound when there is one, else {@code preferred}. */
    private static String number(Constraints c, BigDecimal preferred, boolean integer) {
        BigDecimal low = c.ge() != null ? c.ge() : c.gt() != null ? c.gt().add(integer ? BigDecimal.ONE
                : new BigDecimal("0.5")) : null;
        BigDecimal high = c.le() != null ? c.le() : c.lt() != null ? c.lt().subtract(integer ? BigDecimal.ONE
                : new BigDecimal("0.5")) : null;
        BigDecimal v = low != null && low.compareTo(preferred) > 0 ? low : preferred;
        if (high != null && v.compareTo(high) > 0) {
            v = low != null ? low : high;
        }
        return integer ? v.setScale(0, java.math.RoundingMode.CEILING).toPlainString() : v.toPlainString();
    }

    /** Text that satisfies the pattern (when it is a character class repeated) and the length bounds. */
    private static String text(Constraints c, String name) {
        String base = c.pattern() != null ? Patterns.sample(c.pattern()).orElse(null) : null;
        if (base == null) {
            String words = name.toLowerCase(Locale.ROOT).contains("email") ? "user@example.com"
                    : "sample-" + name.replace('_', '-');
            return fit(words, c);
        }
        return base;
    }

    private static String fit(String s, Constraints c) {
        String out = s;
        int min = c.minLength() == null ? 0 : c.minLength();
        while (out.length() < min) {
            out = out + "x";
        }
        if (c.maxLength() != null && out.length() > c.maxLength()) {
            out = out.substring(0, Math.max(min, c.maxLength()));
        }
        return out;
    }

    private static String literalOf(String token) {
        if (token.startsWith("\"") || token.startsWith("'")) {
            return quote(token.substring(1, token.length() - 1));
        }
        return token;
    }

    static String quote(String s) {
        StringBuilder out = new StringBuilder("\"");
        for (char ch : s.toCharArray()) {
            switch (ch) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                default -> out.append(ch);
            }
        }
        return out.append('"').toString();
    }

    /** Names a type expression uses, for imports. */
    static List<String> names(String type) {
        return new ArrayList<>(TypeExpressions.names(type).orElse(java.util.Set.of()));
    }

    /** The noun with its indefinite article, by its first letter: "an order", "a parcel". */
    static String a(String noun) {
        return (noun.matches("(?i)[aeiou].*") ? "an " : "a ") + noun;
    }
}
