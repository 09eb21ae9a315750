package dev.backforge.stacks.python.generator;

import dev.backforge.architecture.entity.Component;
import dev.backforge.architecture.entity.MethodSpec;
import dev.backforge.output.entity.GeneratedFile;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A Starlette middleware class. Request logging and timing is written out, with the response headers the description
 * names for the elapsed time or a request id; any other middleware's dispatch is a listed stub, since what it must do
 * is in its description, not in a pattern.
 */
final class MiddlewareModule {

    private static final Pattern HEADER = Pattern.compile("\\b(X-[A-Za-z0-9]+(?:-[A-Za-z0-9]+)*)");

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
        Optional<String> idHeader = header(c, "(?i).*(request|correlation|trace)-?id.*");
        if (text.contains("log") || text.contains("timing") || idHeader.isPresent()) {
            m.importModule("time");
            idHeader.ifPresent(h -> {
                // the caller's id when it sent one (a proxy's), else a new one; the same on the answer
                m.from("uuid", "uuid4");
                m.importModule("re");
                m.line("        given = request.headers.get(" + PyText.literal(h) + ", \"\")");
                m.line("        # a caller's id is logged only when it is a plain token (no forged log lines)");
                m.line("        request_id = given if re.fullmatch(r\"[A-Za-z0-9._-]{1,64}\", given) else uuid4().hex");
            });
            m.line("        started = time.perf_counter()");
            m.line("        response = await call_next(request)");
            m.line("        elapsed_ms = (time.perf_counter() - started) * 1000");
            header(c, "(?i).*(time|duration|elapsed|latency).*").ifPresent(h -> m.line("        response.headers["
                    + PyText.literal(h) + "] = f\"{elapsed_ms:.1f}\""));
            idHeader.ifPresent(h -> m.line("        response.headers[" + PyText.literal(h) + "] = request_id"));
            List<String> args = new ArrayList<>(List.of(idHeader.isPresent() ? "\"%s %s -> %d in %.1f ms (%s)\""
                    : "\"%s %s -> %d in %.1f ms\"", "request.method", "request.url.path", "response.status_code",
                    "elapsed_ms"));
            idHeader.ifPresent(h -> args.add("request_id"));
            m.lines(PyText.call("        ", "logger.info", args, ""));
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

    /** A header the description names ({@code X-Response-Time}) whose name says what it carries. */
    private static Optional<String> header(Component c, String meaning) {
        Matcher h = HEADER.matcher(c.descriptionOr(""));
        while (h.find()) {
            if (h.group(1).matches(meaning)) {
                return Optional.of(h.group(1));
            }
        }
        return Optional.empty();
    }
}
