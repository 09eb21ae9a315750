package dev.backforge.stacks.python.generator;

import dev.backforge.architecture.entity.Component;
import dev.backforge.architecture.entity.MethodSpec;
import dev.backforge.output.entity.GeneratedFile;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A Starlette middleware class. Request logging and timing is written out; any other middleware's dispatch is a
 * listed stub, since what it must do is in its description, not in a pattern.
 */
final class MiddlewareModule {

    private MiddlewareModule() {
    }

    static GeneratedFile generate(PyContext ctx, Component c) {
        PyModule m = ctx.module(c).withLogger().docstring(c.descriptionOr(PyText.words(c.name()) + "."));
        m.from("starlette.middleware.base", "BaseHTTPMiddleware");
        m.from("starlette.middleware.base", "RequestResponseEndpoint");
        m.from("fastapi", "Request");
        m.from("fastapi", "Response");
        ClassWriter w = new ClassWriter(ctx, m, c);
        w.header("BaseHTTPMiddleware", new Docstring(c.descriptionOr(PyText.words(c.name()))));
        m.line("");
        m.line("    async def dispatch(self, request: Request, call_next: RequestResponseEndpoint) -> Response:");
        String text = (c.name() + " " + c.descriptionOr("")).toLowerCase(Locale.ROOT);
        Docstring doc = new Docstring("Handle one request").arg("request", "The incoming request")
                .arg("call_next", "The rest of the application").returns("The response");
        m.lines(doc.render("        "));
        if (text.contains("log") || text.contains("timing")) {
            m.importModule("time");
            m.line("        started = time.perf_counter()");
            m.line("        response = await call_next(request)");
            m.line("        elapsed_ms = (time.perf_counter() - started) * 1000");
            m.lines(PyText.call("        ", "logger.info", List.of("\"%s %s -> %d in %.1f ms\"", "request.method",
                    "request.url.path", "response.status_code", "elapsed_ms"), ""));
            m.line("        return response");
            m.implemented(c.name() + ".dispatch");
        } else {
            m.line("        # TODO(backforge): write this middleware's behaviour; see the class docstring");
            m.line("        raise NotImplementedError(" + PyText.literal(c.name() + ".dispatch is not implemented yet")
                    + ")");
            m.stub(c.name() + ".dispatch", "what this middleware does is only in its description: "
                    + c.descriptionOr(c.name()));
        }
        for (MethodSpec spec : c.methods()) {
            w.method(spec, Optional.empty(), ServiceModule.reason(c, spec));
        }
        return m.toFile(c.descriptionOr("Middleware " + c.name()));
    }
}
