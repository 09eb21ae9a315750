package dev.backforge.stacks.python.generator;

import dev.backforge.architecture.entity.Component;
import dev.backforge.architecture.entity.Constraints;
import dev.backforge.architecture.entity.FieldSpec;
import dev.backforge.architecture.entity.ModelSpec;
import dev.backforge.output.entity.GeneratedFile;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * SQLAlchemy 2.0 declarative classes. All entity modules share one declarative Base (defined by the first entity
 * component in generation order), so that one metadata holds every table and foreign keys between modules resolve.
 */
final class EntityModule {

    private EntityModule() {
    }

    static GeneratedFile generate(PyContext ctx, Component c) {
        PyModule m = ctx.module(c).docstring(c.descriptionOr("Database tables of " + PyText.words(c.name()) + "."));
        boolean ownsBase = ctx.entityBaseOwner().map(o -> o.id().equals(c.id())).orElse(true);
        if (ownsBase) {
            m.from("sqlalchemy.orm", "DeclarativeBase");
            m.gap();
            m.line("class Base(DeclarativeBase):");
            m.lines(new Docstring("Declarative base of every mapped class of this application").render("    "));
            if (ExactDecimalType.needed(ctx, m.symbols())) {
                ExactDecimalType.define(m);
            }
        } else {
            m.from(ctx.entityBaseOwner().orElseThrow().module(), "Base");
            if (ExactDecimalType.uses(c, m.symbols())) {
                m.from(ctx.entityBaseOwner().orElseThrow().module(), ExactDecimalType.NAME);
            }
        }
        PydanticModels.write(m, c.models().stream().filter(ModelSpec::isEnum).toList());
        for (ModelSpec model : c.models()) {
            if (!model.isEnum()) {
                writeEntity(m, model);
            }
        }
        return m.toFile(c.descriptionOr("Database tables of " + c.name()));
    }

    private static void writeEntity(PyModule m, ModelSpec model) {
        m.gap();
        m.line("class " + model.name() + "(Base):");
        Docstring doc = new Docstring(model.description() != null ? model.description()
                : "A row of the " + Tables.tableName(model) + " table");
        model.fields().stream().filter(f -> f.description() != null)
                .forEach(f -> doc.attribute(f.name(), f.description()));
        m.lines(doc.render("    "));
        m.line("");
        m.line("    __tablename__ = " + PyText.literal(Tables.tableName(model)));
        List<String> tableArgs = tableArgs(m, model);
        if (!tableArgs.isEmpty()) {
            m.line("    __table_args__ = (");
            tableArgs.forEach(a -> m.line("        " + a + ","));
            m.line("    )");
        }
        m.line("");
        m.from("sqlalchemy.orm", "Mapped");
        m.from("sqlalchemy.orm", "mapped_column");
        for (FieldSpec f : model.fields()) {
            List<String> args = columnArgs(m, f);
            if (PyText.aliased(f.name())) {
                // the attribute is from_, the column keeps the artifact's name
                args.add(0, PyText.literal(f.name()));
            }
            m.lines(PyText.call("    ",
                    PyText.attr(f.name()) + ": Mapped[" + m.fieldType(ColumnTypes.mappedType(m.symbols(), f),
                            PydanticModels.attributes(model))
                            + "] = mapped_column",
                    args, ""));
        }
    }

    private static List<String> columnArgs(PyModule m, FieldSpec f) {
        List<String> args = new ArrayList<>();
        String type = ColumnTypes.isDecimal(m.symbols(), f) ? ExactDecimalType.NAME : ColumnTypes.columnType(m, f);
        if (type != null) {
            args.add(type);
        }
        Constraints c = f.constraints();
        if (c.foreignKey() != null) {
            m.from("sqlalchemy", "ForeignKey");
            args.add("ForeignKey(" + PyText.literal(c.foreignKey())
                    + (c.onDelete() != null ? ", ondelete=" + PyText.literal(c.onDelete()) : "") + ")");
        }
        if (c.primaryKey()) {
            args.add("primary_key=True");
        }
        if (c.index() && !c.primaryKey()) {
            args.add("index=True");
        }
        if (c.unique() && !c.primaryKey()) {
            args.add("unique=True");
        }
        if (f.hasDefault() && f.defaultValue() != null && f.defaultValue().isContainerNode()) {
            // a list or dict default is made anew for each row: one shared object would carry one row's edits to
            // the next
            String empty = f.defaultValue().isArray() ? "list" : "dict";
            args.add("default=" + (f.defaultValue().isEmpty() ? empty
                    : "lambda: " + PydanticModels.defaultLiteral(m, f)));
        } else if (f.hasDefault()) {
            args.add("default=" + PydanticModels.defaultLiteral(m, f));
        } else if (c.primaryKey() && ColumnTypes.baseType(f).equals("UUID")) {
            // a UUID key is made by the application: rows can be created without choosing one
            m.from("uuid", "uuid4");
            args.add("default=uuid4");
        } else if (isTimestamp(f)) {
            // creation and update times are the database's to set, so no caller can forget or forge them
            m.from("sqlalchemy", "func");
            args.add("server_default=func.now()");
            if (f.name().equals("updated_at") || f.name().equals("modified_at")) {
                args.add("onupdate=func.now()");
            }
        }
        return args;
    }

    /**
     * A time the row records about itself: a datetime named for what happens to a row as it is made or changed
     * ({@code created_at}, {@code filed_at}, {@code updated_at}). A time the caller states ({@code due_at}) is not.
     */
    static boolean isTimestamp(FieldSpec f) {
        return f.type().replace(" ", "").equals("datetime") && ROW_EVENTS.matcher(f.name()).matches();
    }

    private static final Pattern ROW_EVENTS = Pattern.compile("(created|updated|modified|added|inserted|filed"
            + "|recorded|registered|submitted|received|uploaded|logged|imported)_at");

    private static List<String> tableArgs(PyModule m, ModelSpec model) {
        List<String> args = new ArrayList<>();
        for (List<String> columns : model.uniqueTogether()) {
            m.from("sqlalchemy", "UniqueConstraint");
            List<String> quoted = new ArrayList<>(columns.stream().map(PyText::literal).toList());
            args.add("UniqueConstraint(" + String.join(", ", quoted) + ", name="
                    + PyText.literal("uq_" + Tables.tableName(model) + "_" + String.join("_", columns)) + ")");
        }
        for (FieldSpec f : model.fields()) {
            check(m, model, f, ">=", "ge", f.constraints().ge(), args);
            check(m, model, f, ">", "gt", f.constraints().gt(), args);
            check(m, model, f, "<=", "le", f.constraints().le(), args);
            check(m, model, f, "<", "lt", f.constraints().lt(), args);
        }
        return args;
    }

    private static void check(PyModule m, ModelSpec model, FieldSpec f, String op, String key,
                              BigDecimal bound, List<String> args) {
        if (bound == null) {
            return;
        }
        m.from("sqlalchemy", "CheckConstraint");
        args.add("CheckConstraint(" + PyText.literal(f.name() + " " + op + " " + bound.toPlainString()) + ", name="
                + PyText.literal("ck_" + Tables.tableName(model) + "_" + f.name() + "_" + key) + ")");
    }
}
