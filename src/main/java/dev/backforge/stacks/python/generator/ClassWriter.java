package dev.backforge.stacks.python.generator;

import dev.backforge.architecture.entity.Component;
import dev.backforge.architecture.entity.MethodSpec;
import dev.backforge.architecture.entity.Parameter;
import dev.backforge.architecture.entity.Parameter.Kind;
import dev.backforge.architecture.entity.Signature;
import dev.backforge.pysyntax.PythonNames;
import dev.backforge.pysyntax.TypeExpressions;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Writes a class component: header, constructor with injected dependencies, and each interface method with its
 * exact signature, a Google-style docstring and either a real body or a listed stub.
 */
final class ClassWriter {

    private final PyModule m;
    private final Component c;
    private final PyContext ctx;
    private final Set<String> shadowed = new LinkedHashSet<>();

    ClassWriter(PyContext ctx, PyModule m, Component c) {
        this.ctx = ctx;
        this.m = m;
        this.c = c;
        // a method named like a builtin type (list, type, ...) hides that type from later annotations in the class
        c.methods().stream().map(MethodSpec::name).filter(PythonNames.BUILTIN_TYPES::contains).forEach(shadowed::add);
    }

    String type(String annotation) {
        return m.type(annotation, shadowed, true);
    }

    void header(String base, Docstring doc) {
        m.gap();
        m.line("class " + c.name() + (base == null ? "" : "(" + base + ")") + ":");
        m.lines(doc.render("    "));
    }

    void constructor(List<Injections.Injected> params, List<String> extraLines) {
        m.line("");
        List<String> args = new ArrayList<>(List.of("self"));
        params.forEach(p -> args.add(p.param() + ": " + type(p.type())));
        m.lines(PyText.call("    ", "def __init__", args, " -> None:"));
        Docstring doc = new Docstring("Initialize the " + PyText.words(c.name()));
        params.forEach(p -> doc.arg(p.param(), describe(p)));
        m.lines(doc.render("        "));
        params.forEach(p -> m.line("        self._" + p.param() + " = " + p.param()));
        m.lines(extraLines);
        if (params.isEmpty() && extraLines.isEmpty()) {
            m.line("        return None");
        }
    }

    private static String describe(Injections.Injected p) {
        return switch (p.resource()) {
            case SESSION -> "Database session the queries run in; its owner commits or rolls back";
            case REDIS -> "Redis client (redis.asyncio) holding the data";
            case COMPONENT -> "The " + p.type() + " this class uses";
        };
    }

    /** Writes one interface method; an empty body makes it a stub that says why and is listed as one. */
    void method(MethodSpec spec, Optional<List<String>> body, String stubReason) {
        Signature s = spec.parsed();
        m.line("");
        String keyword = s.async() ? "async def " : "def ";
        String returns = s.returns() == null ? "" : " -> " + type(s.returns());
        // a signature given without self is a function of the class, not of an instance
        String receiver = s.receiver().orElse("");
        if (!receiver.equals("self")) {
            m.line(receiver.equals("cls") ? "    @classmethod" : "    @staticmethod");
        }
        m.lines(PyText.call("    ", keyword + s.name(), parameters(s), returns + ":"));
        Docstring doc = new Docstring(spec.description() != null ? spec.description()
                : PyText.words(s.name()) + (c.kind().key().equals("repository") ? " rows" : ""));
        for (Parameter p : s.arguments()) {
            doc.arg(p.name(), "The " + PyText.words(p.name()));
        }
        if (s.returns() != null && !s.returns().equals("None")) {
            doc.returns("The " + s.returns().replace("|", "or"));
        }
        for (String raised : spec.raises()) {
            doc.raises(raised, m.symbols().exception(raised).map(e -> e.message() != null ? e.message()
                    : PyText.words(raised)).orElse("On " + PyText.words(raised)));
        }
        String why = stubReason;
        if (!receiver.equals("self") && body.isPresent()
                && body.get().stream().anyMatch(l -> l.matches(".*\\bself\\b.*"))) {
            body = Optional.empty();
            why = "its signature has no self, so it cannot reach the collaborators the body would use";
        }
        if (body.isEmpty()) {
            if (c.implementationNotes() != null) {
                doc.paragraph("Implementation notes: " + c.implementationNotes());
            }
            m.lines(doc.render("        "));
            Docstring.wrap("TODO(backforge): write this body; " + oneLine(why), 76)
                    .forEach(l -> m.line("        # " + l));
            m.lines(PyText.wrap("        ", "raise NotImplementedError(" + PyText.literal(c.name() + "."
                    + s.name() + " is not implemented yet") + ")"));
            m.stub(c.name() + "." + s.name(), why);
        } else {
            m.lines(doc.render("        "));
            for (String l : body.get()) {
                String indent = "        " + l.substring(0, l.length() - l.stripLeading().length());
                m.lines(l.isEmpty() ? List.of("") : PyText.wrap(indent, l.stripLeading()));
            }
            m.implemented(c.name() + "." + s.name());
        }
    }

    private List<String> parameters(Signature s) {
        List<String> out = new ArrayList<>();
        boolean star = s.parameters().stream().anyMatch(p -> p.kind() == Kind.VAR_POSITIONAL);
        boolean positionalOnly = false;
        for (Parameter p : s.parameters()) {
            if (positionalOnly && p.kind() != Kind.POSITIONAL_ONLY) {
                out.add("/");
                positionalOnly = false;
            }
            if (p.kind() == Kind.POSITIONAL_ONLY) {
                positionalOnly = true;
            }
            if (p.kind() == Kind.KEYWORD_ONLY && !star) {
                out.add("*");
                star = true;
            }
            String annotation = p.annotation() == null ? null : type(p.annotation());
            String value = p.defaultValue() == null ? null : defaultValue(p.defaultValue());
            out.add(new Parameter(p.name(), annotation, value, p.kind()).render());
        }
        if (positionalOnly) {
            out.add("/");
        }
        return out;
    }

    private String defaultValue(String expression) {
        TypeExpressions.names(expression).orElse(Set.of()).forEach(m::use);
        return expression;
    }

    private static String oneLine(String s) {
        String t = s.replaceAll("\\s+", " ").strip();
        return t.length() > 300 ? t.substring(0, 297) + "..." : t;
    }

    PyContext ctx() {
        return ctx;
    }
}
