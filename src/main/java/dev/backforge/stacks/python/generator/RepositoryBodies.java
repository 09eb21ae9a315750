package dev.backforge.stacks.python.generator;

import dev.backforge.architecture.entity.MethodSpec;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Renders a repository method's {@link QueryPlan} as SQLAlchemy 2.0: statements built with the expression language
 * (every value a bound parameter), executed on the injected session, which the request's unit of work commits.
 */
final class RepositoryBodies {

    private final PyModule m;
    private final EntityAccess e;

    RepositoryBodies(PyModule m, EntityAccess e) {
        this.m = m;
        this.e = e;
    }

    Optional<List<String>> body(MethodSpec spec) {
        return QueryPlan.of(spec, e).map(this::render);
    }

    private List<String> render(QueryPlan q) {
        return switch (q.kind()) {
            case SELECT_ONE -> selectOne(q);
            case SELECT_MANY -> selectMany(q);
            case COUNT -> count(q);
            case EXISTS -> exists(q);
            case INSERT, UPDATE -> persist(q);
            case DELETE_OBJECT -> deleteObject(q);
            case DELETE_WHERE, DELETE_WHERE_FOUND, DELETE_WHERE_COUNT -> deleteWhere(q);
        };
    }

    private List<String> selectOne(QueryPlan q) {
        m.from("sqlalchemy", "select");
        String stmt = "select(" + e.selectable() + ")";
        List<String> lines = statement(stmt, q, q.forUpdate() ? ".with_for_update()" : "");
        lines.add("result = await self._session.execute(stmt)");
        if (e.orm()) {
            lines.add("return result.scalar_one" + (q.optionalResult() ? "_or_none()" : "()"));
        } else if (q.optionalResult()) {
            lines.add("row = result.mappings().one_or_none()");
            lines.add("return None if row is None else " + e.name() + ".model_validate(dict(row))");
        } else {
            lines.add("return " + e.name() + ".model_validate(dict(result.mappings().one()))");
        }
        return lines;
    }

    private List<String> selectMany(QueryPlan q) {
        m.from("sqlalchemy", "select");
        StringBuilder tail = new StringBuilder(".order_by(")
                .append(String.join(", ", e.primaryKey().stream().map(e::column).toList())).append(")");
        if (q.offset() != null) {
            tail.append(".offset(").append(q.offset()).append(")");
        }
        if (q.limit() != null) {
            tail.append(".limit(").append(q.limit()).append(")");
        }
        List<String> lines = statement("select(" + e.selectable() + ")", q, tail.toString());
        lines.add("result = await self._session.execute(stmt)");
        lines.add(e.orm() ? "return list(result.scalars().all())"
                : "return [" + e.name() + ".model_validate(dict(row)) for row in result.mappings().all()]");
        return lines;
    }

    private List<String> count(QueryPlan q) {
        m.from("sqlalchemy", "func");
        m.from("sqlalchemy", "select");
        List<String> lines = statement("select(func.count()).select_from(" + (e.orm() ? e.name() : e.table()) + ")",
                q, "");
        lines.add("result = await self._session.execute(stmt)");
        lines.add("return result.scalar_one()");
        return lines;
    }

    private List<String> exists(QueryPlan q) {
        m.from("sqlalchemy", "select");
        List<String> lines = statement("select(" + e.column(e.primaryKey().get(0)) + ")", q, ".limit(1)");
        lines.add("result = await self._session.execute(stmt)");
        lines.add("return result.first() is not None");
        return lines;
    }

    private List<String> persist(QueryPlan q) {
        List<String> lines = new ArrayList<>();
        String v = q.entityParameter();
        if (e.orm()) {
            lines.add("self._session.add(" + v + ")");
            lines.add("await self._session.flush()");
            if (q.returnsEntity()) {
                lines.add("# reload what the database filled in: generated keys, server defaults");
                lines.add("await self._session.refresh(" + v + ")");
            }
        } else if (q.kind() == QueryPlan.Kind.INSERT) {
            m.from("sqlalchemy", "insert");
            lines.add("await self._session.execute(insert(" + e.table() + ").values(**" + v
                    + ".model_dump(by_alias=True)))");
        } else {
            m.from("sqlalchemy", "update");
            lines.addAll(chain("stmt = update(" + e.table() + ").where(" + keyMatch(v) + ").values(**" + v
                    + ".model_dump(by_alias=True))"));
            lines.add("await self._session.execute(stmt)");
        }
        lines.add("logger.debug(" + PyText.literal(e.name() + " saved: %r") + ", " + v + ")");
        lines.add(q.returnsEntity() ? "return " + v : "return None");
        return lines;
    }

    private List<String> deleteObject(QueryPlan q) {
        List<String> lines = new ArrayList<>();
        if (e.orm()) {
            lines.add("await self._session.delete(" + q.entityParameter() + ")");
            lines.add("await self._session.flush()");
        } else {
            m.from("sqlalchemy", "delete");
            lines.addAll(chain("stmt = delete(" + e.table() + ").where(" + keyMatch(q.entityParameter()) + ")"));
            lines.add("await self._session.execute(stmt)");
        }
        return lines;
    }

    private List<String> deleteWhere(QueryPlan q) {
        m.from("sqlalchemy", "delete");
        boolean answers = q.kind() != QueryPlan.Kind.DELETE_WHERE;
        // RETURNING says which rows went: the rowcount is not on the Result type the session's execute answers
        String returning = answers ? ".returning(" + e.column(e.primaryKey().get(0)) + ")" : "";
        List<String> lines = statement("delete(" + (e.orm() ? e.name() : e.table()) + ")", q, returning);
        if (!answers) {
            lines.add("await self._session.execute(stmt)");
            return lines;
        }
        lines.add("result = await self._session.execute(stmt)");
        lines.add(q.kind() == QueryPlan.Kind.DELETE_WHERE_FOUND ? "return result.first() is not None"
                : "return len(result.all())");
        return lines;
    }

    /**
     * {@code stmt = base.where(required...)tail}, then one {@code if p is not None: stmt = stmt.where(...)} per
     * optional condition, so that a filter the caller leaves out filters nothing.
     */
    private List<String> statement(String base, QueryPlan q, String tail) {
        List<String> required = q.conditions().stream().filter(c -> !c.optional()).map(this::condition).toList();
        List<QueryPlan.Condition> optional = q.conditions().stream().filter(QueryPlan.Condition::optional).toList();
        String where = required.isEmpty() ? "" : ".where(" + String.join(", ", required) + ")";
        if (optional.isEmpty()) {
            return chain("stmt = " + base + where + tail);
        }
        // the page applies to the filtered rows: optional filters first, order and page last
        List<String> lines = new ArrayList<>(chain("stmt = " + base + where));
        for (QueryPlan.Condition c : optional) {
            lines.add("if " + c.parameter() + " is not None:");
            chain("stmt = stmt.where(" + condition(c) + ")").forEach(l -> lines.add("    " + l));
        }
        if (!tail.isEmpty()) {
            lines.addAll(chain("stmt = stmt" + tail));
        }
        return lines;
    }

    private String condition(QueryPlan.Condition c) {
        String column = e.column(c.field());
        return switch (c.op()) {
            case EQ -> column + " == " + c.parameter();
            case GE -> column + " >= " + c.parameter();
            case LE -> column + " <= " + c.parameter();
            case CONTAINS -> column + ".icontains(" + c.parameter() + ", autoescape=True)";
            case IN -> column + ".in_(" + c.parameter() + ")";
        };
    }

    private String keyMatch(String variable) {
        return String.join(", ", e.primaryKey().stream()
                .map(k -> e.column(k) + " == " + variable + "." + PyText.attr(k)).toList());
    }

    /** {@code stmt = ...} on one line when it fits in a method body, else as a wrapped chain. */
    private static List<String> chain(String assignment) {
        if (assignment.length() + 8 <= PyText.LINE) {
            return new ArrayList<>(List.of(assignment));
        }
        int eq = assignment.indexOf(" = ");
        String target = assignment.substring(0, eq);
        String expression = assignment.substring(eq + 3);
        List<String> lines = new ArrayList<>(List.of(target + " = ("));
        int depth = 0;
        int start = 0;
        for (int i = 0; i < expression.length(); i++) {
            char ch = expression.charAt(i);
            if (ch == '(' || ch == '[') {
                depth++;
            } else if (ch == ')' || ch == ']') {
                depth--;
            } else if (ch == '.' && depth == 0 && i > start && expression.charAt(i - 1) == ')') {
                lines.add("    " + expression.substring(start, i));
                start = i;
            }
        }
        lines.add("    " + expression.substring(start));
        lines.add(")");
        return lines;
    }
}
