package dev.backforge.stacks.python.generator;

import dev.backforge.architecture.entity.Component;
import dev.backforge.architecture.entity.ExceptionSpec;
import dev.backforge.output.entity.GeneratedFile;
import dev.backforge.pysyntax.PythonNames;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Exception classes. A root (whose base is a builtin) carries the default message and HTTP status as class
 * attributes and the constructor; subclasses only override the attributes, so an API layer can map any of them.
 */
final class ExceptionModule {

    private ExceptionModule() {
    }

    static GeneratedFile generate(PyContext ctx, Component c) {
        PyModule m = ctx.module(c).docstring(c.descriptionOr("Exceptions of " + PyText.words(c.name()) + "."));
        for (ExceptionSpec e : baseFirst(c.exceptions())) {
            m.gap();
            String base = e.baseOrDefault();
            boolean root = PythonNames.BUILTIN_EXCEPTIONS.contains(base);
            m.line("class " + e.name() + "(" + (root ? base : m.use(base)) + "):");
            String message = e.message() != null ? e.message() : PyText.sentence(PyText.words(e.name()));
            Docstring doc = new Docstring(e.description() != null ? e.description() : message);
            if (root) {
                doc.attribute("message", "Human-readable description of the error")
                        .attribute("http_status", "HTTP status an API answers with, or None when it is not mapped");
            }
            m.lines(doc.render("    "));
            m.line("");
            if (root) {
                m.use("ClassVar");
                m.line("    default_message: ClassVar[str] = " + PyText.literal(message));
                m.line("    http_status: ClassVar[int | None] = " + (e.httpStatus() == null ? "None" : e.httpStatus()));
                m.line("");
                m.line("    def __init__(self, message: str | None = None) -> None:");
                m.lines(new Docstring("Initialize the error")
                        .arg("message", "Human-readable description; the class's default message when omitted")
                        .render("        "));
                m.line("        self.message = message if message is not None else self.default_message");
                m.line("        super().__init__(self.message)");
            } else {
                m.line("    default_message = " + PyText.literal(message));
                if (e.httpStatus() != null) {
                    m.line("    http_status = " + e.httpStatus());
                }
            }
        }
        return m.toFile(c.descriptionOr("Exceptions of " + c.name()));
    }

    /** Exceptions ordered so that a base defined in this module precedes its subclasses. */
    private static List<ExceptionSpec> baseFirst(List<ExceptionSpec> exceptions) {
        Set<String> names = new LinkedHashSet<>();
        exceptions.forEach(e -> names.add(e.name()));
        List<ExceptionSpec> ordered = new ArrayList<>();
        Set<String> placed = new LinkedHashSet<>();
        while (ordered.size() < exceptions.size()) {
            for (ExceptionSpec e : exceptions) {
                boolean baseReady = !names.contains(e.baseOrDefault()) || placed.contains(e.baseOrDefault());
                if (!placed.contains(e.name()) && baseReady) {
                    ordered.add(e);
                    placed.add(e.name());
                }
            }
        }
        return ordered;
    }
}
