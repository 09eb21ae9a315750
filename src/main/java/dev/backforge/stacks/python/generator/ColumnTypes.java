package dev.backforge.stacks.python.generator;

import dev.backforge.architecture.entity.FieldSpec;
import dev.backforge.architecture.entity.Symbol;
import java.util.Set;

/** The SQLAlchemy column type and the Mapped[...] annotation of an entity field. */
final class ColumnTypes {

    /** Pydantic's constrained string types are plain text in a table. */
    private static final Set<String> TEXT_LIKE = Set.of("EmailStr", "SecretStr", "HttpUrl", "AnyUrl", "AnyHttpUrl");

    private ColumnTypes() {
    }

    /** The Python type for Mapped[...]: the field's type, with string-like Pydantic types as str. */
    static String mappedType(FieldSpec f) {
        String t = f.type();
        for (String s : TEXT_LIKE) {
            t = t.replaceAll("\\b" + s + "\\b", "str");
        }
        return t;
    }

    /** The explicit column type, or null where SQLAlchemy infers the right one from the annotation. */
    static String columnType(PyModule m, FieldSpec f) {
        String base = mappedType(f).replace(" ", "").replace("|None", "").replace("None|", "");
        if (base.startsWith("Optional[") && base.endsWith("]")) {
            base = base.substring("Optional[".length(), base.length() - 1);
        }
        if (m.symbols().find(base).filter(s -> s.kind() == Symbol.Kind.ENUM).isPresent()) {
            return null;
        }
        return switch (base) {
            case "str" -> f.constraints().maxLength() != null
                    ? sa(m, "String") + "(" + f.constraints().maxLength() + ")" : sa(m, "Text");
            case "int" -> sa(m, "Integer");
            case "bool" -> sa(m, "Boolean");
            case "float" -> sa(m, "Float");
            case "Decimal" -> sa(m, "Numeric");
            case "datetime" -> sa(m, "DateTime") + "(timezone=True)";
            case "date" -> sa(m, "Date");
            case "time" -> sa(m, "Time");
            case "UUID" -> sa(m, "Uuid");
            case "bytes" -> sa(m, "LargeBinary");
            default -> base.startsWith("dict") || base.startsWith("list") || base.equals("Any") ? sa(m, "JSON") : null;
        };
    }

    private static String sa(PyModule m, String name) {
        m.from("sqlalchemy", name);
        return name;
    }
}
