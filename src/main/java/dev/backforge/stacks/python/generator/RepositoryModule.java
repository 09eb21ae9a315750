package dev.backforge.stacks.python.generator;

import dev.backforge.architecture.entity.Component;
import dev.backforge.architecture.entity.FieldSpec;
import dev.backforge.architecture.entity.MethodSpec;
import dev.backforge.output.entity.GeneratedFile;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A repository: an AsyncSession arrives through the constructor, each method runs one statement on it. The session's
 * owner (the request's unit of work) commits; a repository only flushes, so several calls share one transaction.
 */
final class RepositoryModule {

    private RepositoryModule() {
    }

    static GeneratedFile generate(PyContext ctx, Component c) {
        PyModule m = ctx.module(c).allowTypeOnlyImports().withLogger()
                .docstring(c.descriptionOr("Persistence of " + c.entity() + " records."));
        Optional<EntityAccess> access = ctx.symbols().find(c.entity()).flatMap(EntityAccess::of);
        access.filter(a -> !a.orm()).ifPresent(a -> writeTable(m, a));
        ClassWriter w = new ClassWriter(ctx, m, c);
        Docstring doc = new Docstring(c.descriptionOr("Reads and writes " + c.entity() + " records"));
        if (c.implementationNotes() != null) {
            doc.paragraph(c.implementationNotes());
        }
        w.header(null, doc);
        w.constructor(ctx.injections().of(c), List.of());
        RepositoryBodies bodies = access.map(a -> new RepositoryBodies(m, a)).orElse(null);
        for (MethodSpec spec : c.methods()) {
            Optional<List<String>> body = bodies == null ? Optional.empty() : bodies.body(spec);
            // the entity is imported once a body uses it (signatures import what they name themselves)
            body.ifPresent(b -> m.use(c.entity()));
            w.method(spec, body, access.isEmpty()
                    ? "the entity '" + c.entity() + "' has no primary key to address rows by"
                    : "no query pattern matches '" + spec.name() + "' with these parameters and return type");
        }
        return m.toFile(c.descriptionOr("Repository of " + c.entity()));
    }

    /** A model that is not a mapped class is stored through a Core table declared here. */
    private static void writeTable(PyModule m, EntityAccess a) {
        m.from("sqlalchemy", "MetaData");
        m.from("sqlalchemy", "Table");
        m.from("sqlalchemy", "Column");
        m.gap();
        m.line("# " + a.name() + " is a Pydantic model, not a mapped class: its rows live in this Core table.");
        m.line("metadata = MetaData()");
        m.line("");
        List<String> args = new ArrayList<>(List.of(PyText.literal(a.tableName()), "metadata"));
        for (FieldSpec f : a.model().fields()) {
            String type = ColumnTypes.columnType(m, f);
            if (type == null) {
                m.from("sqlalchemy", "String");
                type = "String";
            }
            List<String> column = new ArrayList<>(List.of(PyText.literal(f.name()), type));
            if (a.primaryKey().contains(f.name())) {
                column.add("primary_key=True");
            } else {
                column.add("nullable=" + (f.optional() ? "True" : "False"));
            }
            if (f.hasDefault() && !f.defaultValue().isNull()) {
                column.add("default=" + PydanticModels.defaultLiteral(m, f));
            }
            args.add("Column(" + String.join(", ", column) + ")");
        }
        m.lines(PyText.call("", a.table() + " = Table", args, ""));
    }
}
