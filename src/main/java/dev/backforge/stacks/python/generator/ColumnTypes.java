package dev.backforge.stacks.python.generator;

import dev.backforge.architecture.control.Symbols;
import dev.backforge.architecture.entity.FieldSpec;
import dev.backforge.architecture.entity.Symbol;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The SQLAlchemy column type and the Mapped[...] annotation of an entity field. */
final class ColumnTypes {

    /** Pydantic's constrained string types are plain text in a table. */
    private static final Set<String> TEXT_LIKE = Set.of("EmailStr", "SecretStr", "HttpUrl", "AnyUrl", "AnyHttpUrl");
    private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");
    private static final Pattern TEXT_LIKE_WORD = Pattern.compile("\\b(?:" + String.join("|", TEXT_LIKE) + ")\\b");

    private ColumnTypes() {
    }

    /** The Python type for Mapped[...]: the field's type, with string-like Pydantic types as str. */
    static String mappedType(FieldSpec f) {
        String t = f.type();
        return TEXT_LIKE.stream().anyMatch(t::contains) ? TEXT_LIKE_WORD.matcher(t).replaceAll("str") : t;
    }

    /**
     * The same, with each data model the field holds as the JSON object it is stored as ({@code Address | None} is
     * {@code dict[str, Any] | None}): a row holds what the model dumps, and a response model validates it back.
     */
    static String mappedType(Symbols symbols, FieldSpec f) {
        Matcher m = IDENTIFIER.matcher(mappedType(f));
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            boolean model = symbols.find(m.group()).filter(s -> s.kind() == Symbol.Kind.MODEL).isPresent();
            m.appendReplacement(out, Matcher.quoteReplacement(model ? "dict[str, Any]" : m.group()));
        }
        m.appendTail(out);
        return out.toString();
    }

    /** Whether the field is stored as a Decimal (see {@link ExactDecimalType}). */
    static boolean isDecimal(Symbols symbols, FieldSpec f) {
        return strip(mappedType(symbols, f)).equals("Decimal");
    }

    /** The explicit column type, imported into the module, or null where SQLAlchemy infers it from the annotation. */
    static String columnType(PyModule m, FieldSpec f) {
        return render(m.symbols(), f, name -> {
            m.from("sqlalchemy", name);
            return name;
        });
    }

    /** The same type, named as in {@code sqlalchemy} without importing it (migrations write {@code sa.} before). */
    static String columnType(PyContext ctx, FieldSpec f) {
        return render(ctx.symbols(), f, name -> name);
    }

    /** The field's type without {@code | None}. */
    static String baseType(FieldSpec f) {
        return strip(mappedType(f));
    }

    private static String strip(String type) {
        String base = type.replace(" ", "").replace("|None", "").replace("None|", "");
        if (base.startsWith("Optional[") && base.endsWith("]")) {
            base = base.substring("Optional[".length(), base.length() - 1);
        }
        return base;
    }

    private static String render(Symbols symbols, FieldSpec f, UnaryOperator<String> sa) {
        String base = strip(mappedType(symbols, f));
        if (symbols.find(base).filter(s -> s.kind() == Symbol.Kind.ENUM).isPresent()) {
            return null;
        }
        return switch (base) {
            case "str" -> f.constraints().maxLength() != null
                    ? sa.apply("String") + "(" + f.constraints().maxLength() + ")" : sa.apply("Text");
            case "int" -> sa.apply("Integer");
            case "bool" -> sa.apply("Boolean");
            case "float" -> sa.apply("Float");
            case "Decimal" -> sa.apply("Numeric");
            case "datetime" -> sa.apply("DateTime") + "(timezone=True)";
            case "date" -> sa.apply("Date");
            case "time" -> sa.apply("Time");
            case "UUID" -> sa.apply("Uuid");
            case "bytes" -> sa.apply("LargeBinary");
            default -> base.startsWith("dict") || base.startsWith("list") || base.equals("Any")
                    ? sa.apply("JSON") : null;
        };
    }
}
