package dev.backforge.stacks.python.generator;

import dev.backforge.architecture.control.Symbols;
import dev.backforge.architecture.entity.Component;
import dev.backforge.architecture.entity.ComponentType;
import dev.backforge.architecture.entity.ModelSpec;
import java.util.List;

/**
 * The column type of a Decimal field. SQLite keeps NUMERIC as a float, and SQLAlchemy reads such a float back with ten
 * places (9.99 comes back as 9.9900000000, zero as 0E-10); the type reads the float's shortest form there instead,
 * which is the decimal stored for any value within a float's precision. Other databases keep the decimal exactly and
 * are left alone. Defined once, beside the declarative Base, when some table has such a column.
 */
final class ExactDecimalType {

    static final String NAME = "ExactDecimal";

    private ExactDecimalType() {
    }

    /** Whether any table of the architecture has a Decimal column. */
    static boolean needed(PyContext ctx, Symbols symbols) {
        return ctx.backend(ComponentType.ENTITY).stream()
                .anyMatch(c -> uses(c, symbols));
    }

    /** Whether a table of this entity component has a Decimal column. */
    static boolean uses(Component c, Symbols symbols) {
        return c.models().stream().filter(m -> !m.isEnum()).map(ModelSpec::fields).flatMap(List::stream)
                .anyMatch(f -> ColumnTypes.isDecimal(symbols, f));
    }

    static void define(PyModule m) {
        m.from("decimal", "Decimal");
        m.from("typing", "Any");
        m.from("sqlalchemy", "Numeric");
        m.from("sqlalchemy.engine", "Dialect");
        m.from("sqlalchemy.types", "TypeDecorator");
        m.from("sqlalchemy.types", "TypeEngine");
        m.gap();
        m.line("class " + NAME + "(TypeDecorator[Decimal]):");
        m.lines(new Docstring("NUMERIC that reads back the decimal it was given")
                .paragraph("SQLite keeps NUMERIC as a float, which would come back with ten places (9.99 as "
                        + "9.9900000000); there the float's shortest form is read instead. Other databases keep "
                        + "the decimal exactly.")
                .render("    "));
        m.line("");
        m.line("    impl = Numeric");
        m.line("    cache_ok = True");
        m.line("");
        m.line("    def load_dialect_impl(self, dialect: Dialect) -> TypeEngine[Any]:");
        m.lines(new Docstring("The column type as the database sees it").arg("dialect", "The database's dialect")
                .returns("NUMERIC, read as a float on SQLite").render("        "));
        m.line("        if dialect.name == \"sqlite\":");
        m.line("            return dialect.type_descriptor(Numeric(asdecimal=False))");
        m.line("        return dialect.type_descriptor(Numeric())");
        m.line("");
        m.line("    def process_result_value(self, value: Any | None, dialect: Dialect) -> Decimal | None:");
        m.lines(new Docstring("The value read, as a Decimal").arg("value", "What the driver returned")
                .arg("dialect", "The database's dialect").returns("The decimal, or None for NULL")
                .render("        "));
        m.line("        if value is None or isinstance(value, Decimal):");
        m.line("            return value");
        m.line("        return Decimal(repr(value))");
    }
}
