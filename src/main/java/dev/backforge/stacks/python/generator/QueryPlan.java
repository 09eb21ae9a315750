package dev.backforge.stacks.python.generator;

import dev.backforge.architecture.entity.FieldSpec;
import dev.backforge.architecture.entity.MethodSpec;
import dev.backforge.architecture.entity.Parameter;
import dev.backforge.architecture.entity.Signature;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * What a repository method does to its entity's rows, decided from its name, parameters and return type, with no
 * word of SQL or Python: which statement, which conditions (each on a field, from a parameter, possibly only when
 * the parameter is given), which order and page, and what comes back. {@link RepositoryBodies} renders it.
 */
record QueryPlan(Kind kind, List<Condition> conditions, boolean paged, String offset, String limit, boolean forUpdate,
                 boolean optionalResult, String entityParameter, boolean returnsEntity) {

    enum Kind {
        SELECT_ONE, SELECT_MANY, COUNT, EXISTS, INSERT, UPDATE, DELETE_OBJECT, DELETE_WHERE,
        /** deletes and answers whether a row went ({@code -> bool}) or how many did ({@code -> int}) */
        DELETE_WHERE_FOUND, DELETE_WHERE_COUNT
    }

    /** How a condition compares its field with its parameter. */
    enum Op {
        EQ, GE, LE, CONTAINS, IN
    }

    /** {@code field op parameter}; when {@code optional}, only if the parameter is not None. */
    record Condition(String field, Op op, String parameter, boolean optional) {
    }

    /** A parameter name that bounds a range of its field from below or above. */
    private record Bound(Pattern name, Op op) {
    }

    private static final List<Bound> BOUNDS = List.of(
            new Bound(Pattern.compile("^(?:(.+)_)?(from|after|since|start|min)$"), Op.GE),
            new Bound(Pattern.compile("^(?:(.+)_)?(to|before|until|end|max)$"), Op.LE));
    private static final Pattern CONTAINS = Pattern.compile("^(.+)_(contains|like|search)$");

    /** The plan of a method, or empty when no pattern fits it (it stays a stub). */
    static Optional<QueryPlan> of(MethodSpec spec, EntityAccess e) {
        Signature s = spec.parsed();
        String returns = Methods.compact(s.returns());
        return switch (Methods.verb(s.name())) {
            case GET -> single(s, e, returns);
            case LIST -> many(s, e, returns);
            case COUNT ->
                returns.equals("int") ? conditions(s, e).map(c -> select(Kind.COUNT, c, s)) : Optional.empty();
            case EXISTS -> returns.equals("bool") ? conditions(s, e).filter(c -> !c.isEmpty())
                    .map(c -> select(Kind.EXISTS, c, s)) : Optional.empty();
            case CREATE, SAVE, UPDATE -> entityParam(s, e).flatMap(p -> persist(s, e, p, returns));
            case DELETE -> entityParam(s, e).isPresent()
                    ? returns.equals("None") ? Optional.of(write(Kind.DELETE_OBJECT, entityParam(s, e).get(), false))
                            : Optional.empty()
                    : deleteWhere(returns).flatMap(k -> conditions(s, e).filter(c -> !c.isEmpty())
                            .map(c -> select(k, c, s)));
            case OTHER -> Methods.listOf(returns).isPresent() ? many(s, e, returns) : Optional.empty();
        };
    }

    private static Optional<Kind> deleteWhere(String returns) {
        return switch (returns) {
            case "None" -> Optional.of(Kind.DELETE_WHERE);
            case "bool" -> Optional.of(Kind.DELETE_WHERE_FOUND);
            case "int" -> Optional.of(Kind.DELETE_WHERE_COUNT);
            default -> Optional.empty();
        };
    }

    private static QueryPlan select(Kind kind, List<Condition> conditions, Signature s) {
        return new QueryPlan(kind, conditions, false, null, null, s.name().contains("for_update"), false, null, false);
    }

    private static QueryPlan write(Kind kind, String parameter, boolean returnsEntity) {
        return new QueryPlan(kind, List.of(), false, null, null, false, false, parameter, returnsEntity);
    }

    private static Optional<QueryPlan> single(Signature s, EntityAccess e, String returns) {
        boolean optional = Methods.optionalOf(returns).map(t -> t.equals(e.name())).orElse(false);
        if (!optional && !returns.equals(e.name())) {
            return Optional.empty();
        }
        return conditions(s, e).filter(c -> !c.isEmpty()).map(c -> new QueryPlan(Kind.SELECT_ONE, c, false, null,
                null, s.name().contains("for_update"), optional, null, true));
    }

    private static Optional<QueryPlan> many(Signature s, EntityAccess e, String returns) {
        String list = Methods.optionalOf(returns).orElse(returns);
        if (!Methods.listOf(list).map(t -> t.equals(e.name())).orElse(false)) {
            return Optional.empty();
        }
        String offset = Methods.parameter(s, "skip").or(() -> Methods.parameter(s, "offset")).map(Parameter::name)
                .orElse(null);
        String limit = Methods.parameter(s, "limit").map(Parameter::name).orElse(null);
        return conditions(s, e).map(c -> new QueryPlan(Kind.SELECT_MANY, c, true, offset, limit, false, false, null,
                true));
    }

    private static Optional<QueryPlan> persist(Signature s, EntityAccess e, String parameter, String returns) {
        boolean returnsEntity = returns.equals(e.name());
        if (!returnsEntity && !returns.equals("None") || s.arguments().size() != 1) {
            return Optional.empty();
        }
        Kind kind = e.orm() || Methods.verb(s.name()) == Methods.Verb.CREATE ? Kind.INSERT : Kind.UPDATE;
        return Optional.of(write(kind, parameter, returnsEntity));
    }

    /**
     * One condition per non-paging parameter: equality on the field it names (only when given, if it may be None),
     * a bound of a range ({@code due_from}, {@code created_before}, {@code since}), or a text search
     * ({@code name_contains}). Empty when a parameter names no field.
     */
    static Optional<List<Condition>> conditions(Signature s, EntityAccess e) {
        long idParams = s.arguments().stream()
                .filter(p -> p.name().endsWith("_id") && e.model().field(p.name()).isEmpty()).count();
        List<Condition> out = new ArrayList<>();
        for (Parameter p : s.arguments()) {
            if (Methods.isPaging(p.name())) {
                continue;
            }
            boolean optional = Methods.optionalOf(p.annotation()).isPresent() && "None".equals(p.defaultValue());
            Optional<String> field = e.fieldFor(p.name(), s.name(), idParams);
            if (field.isPresent()) {
                out.add(new Condition(field.get(), Op.EQ, p.name(), optional));
                continue;
            }
            Optional<String> member = Methods.elementOf(p.annotation())
                    .flatMap(t -> singular(p.name()).flatMap(e.model()::field)).map(FieldSpec::name);
            if (member.isPresent()) {
                // ids: list[int] names the rows whose id is one of them
                out.add(new Condition(member.get(), Op.IN, p.name(), optional));
                continue;
            }
            Optional<Condition> range = range(p.name(), e, optional);
            if (range.isEmpty()) {
                return Optional.empty();
            }
            out.add(range.get());
        }
        return Optional.of(out);
    }

    private static Optional<Condition> range(String param, EntityAccess e, boolean optional) {
        Matcher contains = CONTAINS.matcher(param);
        if (contains.matches() && e.model().field(contains.group(1)).filter(f -> isText(f)).isPresent()) {
            return Optional.of(new Condition(contains.group(1), Op.CONTAINS, param, optional));
        }
        for (Bound bound : BOUNDS) {
            Matcher m = bound.name().matcher(param);
            if (m.matches()) {
                // starts_from bounds starts_at: a time-of-event field is named with its suffix
                Optional<String> field = m.group(1) != null ? Stream.of("", "_at", "_on", "_date", "_time")
                        .map(suffix -> e.model().field(m.group(1) + suffix)).flatMap(Optional::stream)
                        .filter(QueryPlan::ordered).map(FieldSpec::name).findFirst() : onlyOrderedField(e);
                if (field.isPresent()) {
                    return Optional.of(new Condition(field.get(), bound.op(), param, optional));
                }
            }
        }
        return Optional.empty();
    }

    /** The field a plural parameter names one value of ({@code ids}, {@code statuses}, {@code categories}). */
    private static Optional<String> singular(String plural) {
        if (plural.endsWith("ies") && plural.length() > 3) {
            return Optional.of(plural.substring(0, plural.length() - 3) + "y");
        }
        if (plural.endsWith("ses") || plural.endsWith("xes")) {
            return Optional.of(plural.substring(0, plural.length() - 2));
        }
        return plural.endsWith("s") && plural.length() > 1 ? Optional.of(plural.substring(0, plural.length() - 1))
                : Optional.empty();
    }

    private static Optional<String> onlyOrderedField(EntityAccess e) {
        List<FieldSpec> dates = e.model().fields().stream().filter(f -> isTemporal(f)).toList();
        return dates.size() == 1 ? Optional.of(dates.get(0).name()) : Optional.empty();
    }

    private static boolean ordered(FieldSpec f) {
        String t = ColumnTypes.baseType(f);
        return isTemporal(f) || t.equals("int") || t.equals("float") || t.equals("Decimal");
    }

    private static boolean isTemporal(FieldSpec f) {
        String t = ColumnTypes.baseType(f);
        return t.equals("date") || t.equals("datetime") || t.equals("time");
    }

    private static boolean isText(FieldSpec f) {
        return ColumnTypes.baseType(f).toLowerCase(Locale.ROOT).equals("str");
    }

    private static Optional<String> entityParam(Signature s, EntityAccess e) {
        return s.arguments().stream().filter(p -> Methods.compact(p.annotation()).equals(e.name())).findFirst()
                .map(Parameter::name);
    }
}
