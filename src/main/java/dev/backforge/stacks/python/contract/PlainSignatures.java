package dev.backforge.stacks.python.contract;

import dev.backforge.architecture.entity.Parameter;
import dev.backforge.architecture.entity.Parameter.Kind;
import dev.backforge.architecture.entity.Signature;
import dev.backforge.pysyntax.PlainTypes;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;

/**
 * The plain shape of a def line read by hand: named parameters with plain annotations ({@link PlainTypes}) and
 * simple defaults (a name, a number, a short string), {@code *}, {@code *args}, {@code **kwargs} and {@code /}.
 * Through tree-sitter a line cost about 130 µs, nearly all of it copying some fifty nodes over JNI: a sixth of a second
 * for a thousand-component artifact's launch. Whatever is not plain (a call as a default, a trailing comma, a keyword,
 * any other character) returns null and goes to the parser, which also words the errors.
 */
final class PlainSignatures {

    private final String s;
    private int at;

    private PlainSignatures(String s) {
        this.s = s;
    }

    /** The signature of a def line without its trailing colon; null when it is not of the plain shape. */
    static Signature read(String header) {
        return new PlainSignatures(header).signature();
    }

    private Signature signature() {
        String word = name();
        boolean async = "async".equals(word);
        if (async) {
            word = name();
        }
        String name = "def".equals(word) ? name() : null;
        if (name == null || !PlainTypes.usable(name) || !symbol("(")) {
            return null;
        }
        List<Parameter> parameters = parameters();
        if (parameters == null) {
            return null;
        }
        String returns = null;
        if (symbol("->")) {
            returns = annotation();
            if (returns == null) {
                return null;
            }
        }
        return PlainTypes.blanks(s, at) == s.length() ? new Signature(name, async, parameters, returns) : null;
    }

    private List<Parameter> parameters() {
        List<Parameter> result = new ArrayList<>();
        if (symbol(")")) {
            return result;
        }
        boolean keywordOnly = false;
        boolean positionalOnly = false;
        int bareStar = -1;
        while (true) {
            if (symbol("**")) {
                Parameter p = splat(Kind.VAR_KEYWORD);
                if (p == null) {
                    return null;
                }
                result.add(p);
                // nothing may follow it
                return symbol(")") ? result : null;
            } else if (symbol("*")) {
                if (keywordOnly) {
                    return null;
                }
                keywordOnly = true;
                int next = PlainTypes.blanks(s, at);
                if (PlainTypes.nameEnd(s, next) == next) {
                    bareStar = result.size();
                } else {
                    Parameter p = splat(Kind.VAR_POSITIONAL);
                    if (p == null) {
                        return null;
                    }
                    result.add(p);
                }
            } else if (symbol("/")) {
                if (positionalOnly || keywordOnly || result.isEmpty()) {
                    return null;
                }
                positionalOnly = true;
                result.replaceAll(q -> new Parameter(q.name(), q.annotation(), q.defaultValue(), Kind.POSITIONAL_ONLY));
            } else {
                Parameter p = named(keywordOnly ? Kind.KEYWORD_ONLY : Kind.REGULAR);
                if (p == null) {
                    return null;
                }
                result.add(p);
            }
            if (symbol(")")) {
                // a bare * needs a parameter after it
                return bareStar == result.size() ? null : result;
            }
            if (!symbol(",") || peek(")")) {
                return null;
            }
        }
    }

    /** {@code name}, {@code name: T}, {@code name=default} or {@code name: T = default}. */
    private Parameter named(Kind kind) {
        Parameter p = splat(kind);
        if (p == null || !symbol("=")) {
            return p;
        }
        int start = PlainTypes.blanks(s, at);
        int end = PlainDefaults.end(s, start);
        if (end < 0) {
            return null;
        }
        at = end;
        return new Parameter(p.name(), p.annotation(), s.substring(start, end), kind);
    }

    /** A name and its annotation, if any: all there is after {@code *} or {@code **}, where a default is not plain. */
    private Parameter splat(Kind kind) {
        String name = name();
        if (name == null || !PlainTypes.usable(name)) {
            return null;
        }
        String annotation = null;
        if (symbol(":")) {
            annotation = annotation();
            if (annotation == null) {
                return null;
            }
        }
        return new Parameter(name, annotation, null, kind);
    }

    private String annotation() {
        int start = PlainTypes.blanks(s, at);
        int end = PlainTypes.expressionEnd(s, start, new HashSet<>());
        if (end < 0) {
            return null;
        }
        at = end;
        return s.substring(start, end);
    }

    private String name() {
        int start = PlainTypes.blanks(s, at);
        int end = PlainTypes.nameEnd(s, start);
        if (end == start) {
            return null;
        }
        at = end;
        return s.substring(start, end);
    }

    /** Consumes {@code token} after blanks when it comes next. */
    private boolean symbol(String token) {
        if (!peek(token)) {
            return false;
        }
        at = PlainTypes.blanks(s, at) + token.length();
        return true;
    }

    private boolean peek(String token) {
        return s.startsWith(token, PlainTypes.blanks(s, at));
    }
}
