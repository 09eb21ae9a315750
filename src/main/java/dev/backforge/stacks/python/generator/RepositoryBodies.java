package dev.backforge.stacks.python.generator;

import dev.backforge.architecture.entity.MethodSpec;
import dev.backforge.architecture.entity.Parameter;
import dev.backforge.architecture.entity.Signature;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Bodies of repository methods that read or write the entity: lookups, listings, counts, existence checks,
 * inserts, updates and deletes, each filtering on the fields its parameters name. Statements are built with
 * SQLAlchemy's expression language, so every value is a bound parameter.
 */
final class RepositoryBodies {

    private final PyModule m;
    private final EntityAccess e;

    RepositoryBodies(PyModule m, EntityAccess e) {
        this.m = m;
        this.e = e;
    }

    Optional<List<String>> body(MethodSpec spec) {
        Signature s = spec.parsed();
        String returns = Methods.compact(s.returns());
        return switch (Methods.verb(s.name())) {
            case GET -> single(s, returns);
            case LIST -> many(s, returns);
            case COUNT -> returns.equals("int") ? count(s) : Optional.empty();
            case EXISTS -> returns.equals("bool") ? exists(s) : Optional.empty();
            case CREATE, SAVE, UPDATE -> entityParam(s).flatMap(p -> persist(s, p, returns));
            case DELETE -> entityParam(s).isPresent() ? deleteObject(entityParam(s).get(), returns)
                    : deleteWhere(s, returns);
            case OTHER -> Optional.empty();
        };
    }

    private Optional<List<String>> single(Signature s, String returns) {
        boolean optional = Methods.optionalOf(returns).map(t -> t.equals(e.name())).orElse(false);
        if (!optional && !returns.equals(e.name())) {
            return Optional.empty();
        }
        return where(s).filter(w -> !w.isEmpty()).map(w -> {
            m.from("sqlalchemy", "select");
            String stmt = "select(" + e.selectable() + ").where(" + String.join(", ", w) + ")";
            if (s.name().contains("for_update")) {
                stmt += ".with_for_update()";
            }
            List<String> lines = new ArrayList<>(statement(stmt));
            lines.add("result = await self._session.execute(stmt)");
            if (e.orm()) {
                lines.add("return result.scalar_one" + (optional ? "_or_none()" : "()"));
            } else if (optional) {
                lines.add("row = result.mappings().one_or_none()");
                lines.add("return None if row is None else " + e.name() + ".model_validate(dict(row))");
            } else {
                lines.add("return " + e.name() + ".model_validate(dict(result.mappings().one()))");
            }
            return lines;
        });
    }

    private Optional<List<String>> many(Signature s, String returns) {
        if (!Methods.listOf(returns).map(t -> t.equals(e.name())).orElse(false)) {
            return Optional.empty();
        }
        return where(s).map(w -> {
            m.from("sqlalchemy", "select");
            StringBuilder stmt = new StringBuilder("select(" + e.selectable() + ")");
            if (!w.isEmpty()) {
                stmt.append(".where(").append(String.join(", ", w)).append(")");
            }
            stmt.append(".order_by(").append(String.join(", ", e.primaryKey().stream().map(e::column).toList()))
                    .append(")");
            paging(s, "skip", "offset").ifPresent(p -> stmt.append(".offset(").append(p).append(")"));
            Methods.parameter(s, "limit").ifPresent(p -> stmt.append(".limit(limit)"));
            List<String> lines = new ArrayList<>(statement(stmt.toString()));
            lines.add("result = await self._session.execute(stmt)");
            lines.add(e.orm() ? "return list(result.scalars().all())"
                    : "return [" + e.name() + ".model_validate(dict(row)) for row in result.mappings().all()]");
            return lines;
        });
    }

    private Optional<List<String>> count(Signature s) {
        return where(s).map(w -> {
            m.from("sqlalchemy", "func");
            m.from("sqlalchemy", "select");
            String stmt = "select(func.count()).select_from(" + (e.orm() ? e.name() : e.table()) + ")"
                    + (w.isEmpty() ? "" : ".where(" + String.join(", ", w) + ")");
            List<String> lines = new ArrayList<>(statement(stmt));
            lines.add("result = await self._session.execute(stmt)");
            lines.add("return result.scalar_one()");
            return lines;
        });
    }

    private Optional<List<String>> exists(Signature s) {
        return where(s).filter(w -> !w.isEmpty()).map(w -> {
            m.from("sqlalchemy", "select");
            List<String> lines = new ArrayList<>(statement("select(" + e.column(e.primaryKey().get(0)) + ").where("
                    + String.join(", ", w) + ").limit(1)"));
            lines.add("result = await self._session.execute(stmt)");
            lines.add("return result.first() is not None");
            return lines;
        });
    }

    private Optional<List<String>> persist(Signature s, Parameter p, String returns) {
        boolean returnsEntity = returns.equals(e.name());
        if (!returnsEntity && !returns.equals("None") || s.arguments().size() != 1) {
            return Optional.empty();
        }
        List<String> lines = new ArrayList<>();
        String v = p.name();
        if (e.orm()) {
            lines.add("self._session.add(" + v + ")");
            lines.add("await self._session.flush()");
            if (returnsEntity) {
                lines.add("# reload what the database filled in: generated keys, server defaults");
                lines.add("await self._session.refresh(" + v + ")");
            }
        } else if (Methods.verb(s.name()) == Methods.Verb.CREATE) {
            m.from("sqlalchemy", "insert");
            lines.add("await self._session.execute(insert(" + e.table() + ").values(**" + v + ".model_dump()))");
        } else {
            m.from("sqlalchemy", "update");
            lines.addAll(statement("update(" + e.table() + ").where(" + keyMatch(v) + ").values(**" + v
                    + ".model_dump())"));
            lines.add("await self._session.execute(stmt)");
        }
        logDebug(lines, s.name(), v);
        lines.add(returnsEntity ? "return " + v : "return None");
        return Optional.of(lines);
    }

    private Optional<List<String>> deleteObject(Parameter p, String returns) {
        if (!returns.equals("None")) {
            return Optional.empty();
        }
        List<String> lines = new ArrayList<>();
        if (e.orm()) {
            lines.add("await self._session.delete(" + p.name() + ")");
            lines.add("await self._session.flush()");
        } else {
            m.from("sqlalchemy", "delete");
            lines.addAll(statement("delete(" + e.table() + ").where(" + keyMatch(p.name()) + ")"));
            lines.add("await self._session.execute(stmt)");
        }
        return Optional.of(lines);
    }

    private Optional<List<String>> deleteWhere(Signature s, String returns) {
        if (!returns.equals("None")) {
            return Optional.empty();
        }
        return where(s).filter(w -> !w.isEmpty()).map(w -> {
            m.from("sqlalchemy", "delete");
            List<String> lines = new ArrayList<>(statement("delete(" + (e.orm() ? e.name() : e.table()) + ").where("
                    + String.join(", ", w) + ")"));
            lines.add("await self._session.execute(stmt)");
            return lines;
        });
    }

    /** Equality conditions for every non-paging parameter; empty when one names no field. */
    private Optional<List<String>> where(Signature s) {
        long idParams = s.arguments().stream()
                .filter(p -> p.name().endsWith("_id") && e.model().field(p.name()).isEmpty()).count();
        List<String> conditions = new ArrayList<>();
        for (Parameter p : s.arguments()) {
            if (Methods.isPaging(p.name())) {
                continue;
            }
            Optional<String> field = e.fieldFor(p.name(), s.name(), idParams);
            if (field.isEmpty()) {
                return Optional.empty();
            }
            conditions.add(e.column(field.get()) + " == " + p.name());
        }
        return Optional.of(conditions);
    }

    private Optional<Parameter> entityParam(Signature s) {
        return s.arguments().stream().filter(p -> Methods.compact(p.annotation()).equals(e.name())).findFirst();
    }

    private String keyMatch(String variable) {
        return String.join(", ", e.primaryKey().stream().map(k -> e.column(k) + " == " + variable + "." + k).toList());
    }

    private static Optional<String> paging(Signature s, String... names) {
        for (String n : names) {
            if (Methods.parameter(s, n).isPresent()) {
                return Optional.of(n);
            }
        }
        return Optional.empty();
    }

    /** {@code stmt = ...} on one line when it fits in a method body, else as a wrapped chain. */
    private static List<String> statement(String expression) {
        String line = "stmt = " + expression;
        return line.length() + 8 <= PyText.LINE ? List.of(line) : wrapChain(expression);
    }

    /** A long method chain split across lines inside parentheses, one call per line. */
    private static List<String> wrapChain(String expression) {
        List<String> lines = new ArrayList<>(List.of("stmt = ("));
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

    private void logDebug(List<String> lines, String method, String variable) {
        lines.add("logger.debug(" + PyText.literal(e.name() + " " + method.replace('_', ' ') + ": %r") + ", "
                + variable + ")");
    }
}
