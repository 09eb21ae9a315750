package dev.backforge.stacks.python.generator;

import dev.backforge.architecture.entity.Component;
import dev.backforge.architecture.entity.ComponentType;
import dev.backforge.architecture.entity.Constraints;
import dev.backforge.architecture.entity.FieldSpec;
import dev.backforge.architecture.entity.ModelSpec;
import dev.backforge.architecture.entity.Symbol;
import dev.backforge.generation.control.GenerationContext;
import dev.backforge.planning.entity.PlannedComponent;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The tables of an architecture as the migrations create them: the mapped entities' and the Core tables that store
 * Pydantic models for repositories, with the same types, keys, constraints and indexes the generated modules
 * declare, in an order where every table comes after the tables its foreign keys point at.
 */
public final class Tables {

    /** One table: its name, its columns and constraints as {@code sa.*} expressions, its indexed columns. */
    public record Table(String name, List<String> columns, List<String> constraints, List<String> indexed) {
    }

    /** A module-level object that holds tables: the declarative Base, or a repository's Core MetaData. */
    public record Holder(String module, String name, String expression) {
    }

    private Tables() {
    }

    /** Where the generated modules declare their tables, for migrations that compare against them. */
    public static List<Holder> holders(GenerationContext context) {
        PyContext ctx = new PyContext(context);
        List<Holder> out = new ArrayList<>();
        ctx.entityBaseOwner().ifPresent(c -> out.add(new Holder(c.module(), "Base", ".metadata")));
        for (PlannedComponent p : context.plan().components()) {
            Component c = p.component();
            if (c.kind() == ComponentType.REPOSITORY && ctx.symbols().find(c.entity()).flatMap(EntityAccess::of)
                    .filter(a -> !a.orm()).isPresent()) {
                out.add(new Holder(c.module(), "metadata", ""));
            }
        }
        return out;
    }

    public static List<Table> of(GenerationContext context) {
        PyContext ctx = new PyContext(context);
        Map<String, Table> byName = new LinkedHashMap<>();
        Map<String, Set<String>> references = new LinkedHashMap<>();
        for (PlannedComponent p : context.plan().components()) {
            Component c = p.component();
            if (c.kind() == ComponentType.ENTITY) {
                for (ModelSpec m : c.models()) {
                    if (!m.isEnum()) {
                        add(byName, references, entity(ctx, m));
                    }
                }
            } else if (c.kind() == ComponentType.REPOSITORY) {
                ctx.symbols().find(c.entity()).flatMap(EntityAccess::of).filter(a -> !a.orm())
                        .ifPresent(a -> add(byName, references, core(ctx, a)));
            }
        }
        return ordered(byName, references);
    }

    /** The table name of a mapped model: its {@code table}, or its name in plural snake case. */
    static String tableName(ModelSpec model) {
        return model.table() != null && !model.table().isBlank() ? model.table()
                : PyText.plural(PyText.snake(model.name()));
    }

    private static void add(Map<String, Table> byName, Map<String, Set<String>> references, Table t) {
        byName.putIfAbsent(t.name(), t);
        Set<String> targets = new LinkedHashSet<>();
        for (String column : t.columns()) {
            int at = column.indexOf("sa.ForeignKey(\"");
            if (at >= 0) {
                String target = column.substring(at + "sa.ForeignKey(\"".length());
                targets.add(target.substring(0, target.indexOf('.')));
            }
        }
        references.put(t.name(), targets);
    }

    private static Table entity(PyContext ctx, ModelSpec model) {
        String table = tableName(model);
        List<String> columns = new ArrayList<>();
        List<String> indexed = new ArrayList<>();
        for (FieldSpec f : model.fields()) {
            Constraints c = f.constraints();
            List<String> args = new ArrayList<>(List.of(PyText.literal(f.name()), type(ctx, f)));
            if (c.foreignKey() != null) {
                args.add("sa.ForeignKey(" + PyText.literal(c.foreignKey())
                        + (c.onDelete() != null ? ", ondelete=" + PyText.literal(c.onDelete()) : "") + ")");
            }
            if (c.primaryKey()) {
                args.add("primary_key=True");
            } else {
                args.add("nullable=" + (f.optional() ? "True" : "False"));
            }
            if (c.unique() && !c.primaryKey()) {
                args.add("unique=True");
            }
            if (!f.hasDefault() && EntityModule.isTimestamp(f)) {
                args.add("server_default=sa.func.now()");
            }
            if (c.index() && !c.primaryKey()) {
                indexed.add(f.name());
            }
            columns.add("sa.Column(" + String.join(", ", args) + ")");
        }
        List<String> constraints = new ArrayList<>();
        for (List<String> unique : model.uniqueTogether()) {
            constraints.add("sa.UniqueConstraint(" + String.join(", ", unique.stream().map(PyText::literal).toList())
                    + ", name=" + PyText.literal("uq_" + table + "_" + String.join("_", unique)) + ")");
        }
        for (FieldSpec f : model.fields()) {
            check(table, f, ">=", "ge", f.constraints().ge(), constraints);
            check(table, f, ">", "gt", f.constraints().gt(), constraints);
            check(table, f, "<=", "le", f.constraints().le(), constraints);
            check(table, f, "<", "lt", f.constraints().lt(), constraints);
        }
        return new Table(table, columns, constraints, indexed);
    }

    private static void check(String table, FieldSpec f, String op, String key, BigDecimal bound, List<String> out) {
        if (bound != null) {
            out.add("sa.CheckConstraint(" + PyText.literal(f.name() + " " + op + " " + bound.toPlainString())
                    + ", name=" + PyText.literal("ck_" + table + "_" + f.name() + "_" + key) + ")");
        }
    }

    /** A Pydantic model stored through a Core table, as the repository module declares it. */
    private static Table core(PyContext ctx, EntityAccess a) {
        List<String> columns = new ArrayList<>();
        for (FieldSpec f : a.model().fields()) {
            List<String> args = new ArrayList<>(List.of(PyText.literal(f.name()),
                    Optional.ofNullable(saType(ctx, f)).orElse("sa.String()")));
            if (a.primaryKey().contains(f.name())) {
                args.add("primary_key=True");
            } else {
                args.add("nullable=" + (f.optional() ? "True" : "False"));
            }
            columns.add("sa.Column(" + String.join(", ", args) + ")");
        }
        return new Table(a.tableName(), columns, List.of(), List.of());
    }

    private static String type(PyContext ctx, FieldSpec f) {
        String type = saType(ctx, f);
        if (type != null) {
            return type;
        }
        String base = ColumnTypes.baseType(f);
        Optional<Symbol> e = ctx.symbols().find(base).filter(s -> s.kind() == Symbol.Kind.ENUM);
        if (e.isPresent()) {
            // SQLAlchemy stores an enumeration's member names, in a type named after the class in lower case
            List<String> names = new ArrayList<>(EnumMembers.of(e.get().model().enumValues()).values());
            List<String> args = new ArrayList<>(names.stream().map(PyText::literal).toList());
            args.add("name=" + PyText.literal(base.toLowerCase(java.util.Locale.ROOT)));
            return "sa.Enum(" + String.join(", ", args) + ")";
        }
        return "sa.JSON()";
    }

    private static String saType(PyContext ctx, FieldSpec f) {
        String type = ColumnTypes.columnType(ctx, f);
        if (type == null) {
            return null;
        }
        String withArgs = type.contains("(") ? type : type + "()";
        return "sa." + withArgs;
    }

    /** Tables after the tables they reference (cycles keep the artifact's order). */
    private static List<Table> ordered(Map<String, Table> byName, Map<String, Set<String>> references) {
        List<Table> out = new ArrayList<>();
        Set<String> placed = new LinkedHashSet<>();
        while (placed.size() < byName.size()) {
            int before = placed.size();
            for (Table t : byName.values()) {
                if (!placed.contains(t.name()) && references.get(t.name()).stream()
                        .allMatch(r -> placed.contains(r) || r.equals(t.name()) || !byName.containsKey(r))) {
                    out.add(t);
                    placed.add(t.name());
                }
            }
            if (placed.size() == before) {
                byName.values().stream().filter(t -> !placed.contains(t.name())).forEach(t -> {
                    out.add(t);
                    placed.add(t.name());
                });
            }
        }
        return out;
    }
}
