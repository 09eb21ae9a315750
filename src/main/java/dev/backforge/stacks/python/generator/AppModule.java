package dev.backforge.stacks.python.generator;

import dev.backforge.architecture.entity.Component;
import dev.backforge.architecture.entity.ComponentType;
import dev.backforge.architecture.entity.ExceptionSpec;
import dev.backforge.architecture.entity.SettingSpec;
import dev.backforge.output.entity.GeneratedFile;
import dev.backforge.pysyntax.PythonNames;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The application module: a create_app() factory that includes the routers, installs middleware and CORS from
 * settings, maps the architecture's root exceptions to the JSON error format, and disposes the database engine on
 * shutdown.
 */
final class AppModule {

    private AppModule() {
    }

    static GeneratedFile generate(PyContext ctx, Component c) {
        PyModule m = ctx.module(c).withLogger().docstring(c.descriptionOr("The FastAPI application."));
        List<Component> deps = ctx.dependencies(c);
        for (Component api : ctx.backend(ComponentType.API)) {
            if (!deps.contains(api)) {
                // a router no module includes answers nothing: the application includes every api component
                deps = new ArrayList<>(deps);
                deps.add(api);
            }
        }
        Optional<SettingsCors> cors = deps.stream().filter(d -> d.kind() == ComponentType.CONFIG)
                .flatMap(d -> d.settings().stream()
                        .filter(s -> s.name().matches("(cors_)?(allowed_)?origins|cors_.*origins"))
                        .map(s -> new SettingsCors(d, s)))
                .findFirst();
        writeErrorHelpers(m);
        cors.ifPresent(s -> writeCors(m, s));
        writeLifespan(ctx, m, deps);
        m.from("fastapi", "FastAPI");
        m.gap();
        m.line("def create_app() -> FastAPI:");
        m.lines(new Docstring("Build the application: routers, middleware and error handlers")
                .returns("The configured FastAPI application").render("    "));
        List<String> args = new ArrayList<>();
        args.add("title=" + PyText.literal(ctx.context().architecture().name() != null
                ? ctx.context().architecture().name() : c.name()));
        if (ctx.context().architecture().version() != null) {
            args.add("version=" + PyText.literal(ctx.context().architecture().version()));
        }
        args.add("lifespan=lifespan");
        m.lines(PyText.call("    ", "app = FastAPI", args, ""));
        for (Component d : deps) {
            if (d.kind() == ComponentType.API) {
                String alias = "router as " + PyText.snake(d.name()) + "_router";
                m.from(d.module(), alias);
                m.line("    app.include_router(" + PyText.snake(d.name()) + "_router)");
            } else if (d.kind() == ComponentType.MIDDLEWARE) {
                m.line("    app.add_middleware(" + m.use(d.name()) + ")");
            }
        }
        cors.ifPresent(s -> m.line("    app.add_middleware(SettingsCORSMiddleware)"));
        for (Component d : deps) {
            if (d.kind() == ComponentType.EXCEPTION) {
                for (ExceptionSpec e : d.exceptions()) {
                    if (PythonNames.BUILTIN_EXCEPTIONS.contains(e.baseOrDefault())) {
                        writeHandler(m, e.name());
                    }
                }
            }
        }
        writeNotImplementedHandler(m);
        if (ctx.runtime().sessions()) {
            writeIntegrityHandler(m);
        }
        m.line("");
        m.line("    @app.exception_handler(RequestValidationError)");
        m.lines(PyText.call("    ", "async def handle_validation_error",
                List.of("request: Request", "exc: RequestValidationError"), " -> JSONResponse:"));
        m.lines(new Docstring("Answer invalid input with 422 and the offending fields").render("        "));
        m.lines(PyText.wrap("        ",
                "return error_response(422, \"VALIDATION_ERROR\", \"Invalid request\", {\"errors\": exc.errors()})"));
        m.from("fastapi.exceptions", "RequestValidationError");
        m.line("");
        m.line("    @app.exception_handler(StarletteHTTPException)");
        m.lines(PyText.call("    ", "async def handle_http_error",
                List.of("request: Request", "exc: StarletteHTTPException"), " -> JSONResponse:"));
        List<String> roots = rootExceptions(ctx);
        Docstring httpDoc = new Docstring("Answer HTTP errors raised by the routers in the same JSON format");
        if (roots.isEmpty()) {
            m.lines(httpDoc.render("        "));
            m.lines(PyText.wrap("        ",
                    "return error_response(exc.status_code, f\"HTTP_{exc.status_code}\", str(exc.detail), {})"));
        } else {
            m.lines(httpDoc.paragraph("A router answers a domain error with the status its endpoint declares; "
                    + "the code still names the error, as the client reads it.").render("        "));
            roots.forEach(m::use);
            String types = roots.get(0);
            if (roots.size() > 1) {
                m.lines(PyText.call("        ", "domain_errors = ", roots, ""));
                types = "domain_errors";
            }
            m.line("        cause = exc.__cause__");
            m.line("        code = f\"HTTP_{exc.status_code}\"");
            m.line("        if isinstance(cause, " + types + "):");
            m.line("            code = error_code(cause)");
            m.line("        return error_response(exc.status_code, code, str(exc.detail), {})");
        }
        m.from("starlette.exceptions", "HTTPException as StarletteHTTPException");
        m.line("");
        m.line("    return app");
        m.gap();
        m.line("app = create_app()");
        return m.toFile(c.descriptionOr("Application " + c.name()));
    }

    private record SettingsCors(Component config, SettingSpec setting) {
    }

    /**
     * The architecture's topmost exceptions (those whose base is not another of its exceptions), in generation
     * order: every error a router turns into an HTTPException descends from one of them.
     */
    private static List<String> rootExceptions(PyContext ctx) {
        List<String> roots = new ArrayList<>();
        for (ComponentType type : ComponentType.values()) {
            for (Component c : ctx.backend(type)) {
                for (ExceptionSpec e : c.exceptions()) {
                    if (ctx.symbols().exception(e.baseOrDefault()).isEmpty() && !roots.contains(e.name())) {
                        roots.add(e.name());
                    }
                }
            }
        }
        return roots;
    }

    /**
     * CORS for the origins a setting names, read at the first request rather than when create_app() runs: the
     * start has then checked every setting (a missing one is named, not a traceback), and importing the module
     * needs no environment.
     */
    private static void writeCors(PyModule m, SettingsCors s) {
        String getter = SettingsModule.getterName(s.config);
        m.from("fastapi.middleware.cors", "CORSMiddleware");
        m.from("starlette.types", "ASGIApp");
        m.from("starlette.types", "Receive");
        m.from("starlette.types", "Scope");
        m.from("starlette.types", "Send");
        m.from(s.config.module(), getter);
        m.gap();
        m.line("class SettingsCORSMiddleware:");
        m.lines(new Docstring("CORS for the origins of the setting " + s.setting.name() + ", read at the first "
                + "request").paragraph("By then the start has checked every setting, so importing the application "
                        + "needs none.")
                .render("    "));
        m.line("");
        m.line("    def __init__(self, app: ASGIApp) -> None:");
        m.line("        self.app = app");
        m.line("        self.cors: CORSMiddleware | None = None");
        m.line("");
        m.line("    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:");
        m.line("        if scope[\"type\"] != \"http\":");
        m.line("            await self.app(scope, receive, send)");
        m.line("            return");
        m.line("        if self.cors is None:");
        m.lines(PyText.call("            ", "self.cors = CORSMiddleware", List.of("self.app",
                "allow_origins=" + getter + "()." + s.setting.name(), "allow_credentials=True",
                "allow_methods=[\"*\"]", "allow_headers=[\"*\"]"), ""));
        m.line("        await self.cors(scope, receive, send)");
    }

    private static void writeHandler(PyModule m, String exception) {
        m.line("");
        m.line("    @app.exception_handler(" + m.use(exception) + ")");
        m.line("    async def handle_" + PyText.snake(exception) + "(request: Request, exc: " + exception
                + ") -> JSONResponse:");
        m.lines(new Docstring("Answer " + exception + " and its subclasses with their HTTP status")
                .render("        "));
        m.line("        status_code = exc.http_status or 500");
        m.line("        if status_code >= 500:");
        m.line("            logger.exception(\"Unhandled %s\", type(exc).__name__)");
        m.line("        return error_response(status_code, error_code(exc), exc.message, {})");
    }

    private static void writeErrorHelpers(PyModule m) {
        m.importModule("re");
        m.from("datetime", "datetime");
        m.from("datetime", "timezone");
        m.from("fastapi", "Request");
        m.from("fastapi.responses", "JSONResponse");
        m.gap();
        m.line("def error_code(exc: BaseException) -> str:");
        m.lines(new Docstring("A stable machine-readable code from the exception's class name")
                .paragraph("NotFoundError gives NOT_FOUND, InsufficientStockError gives INSUFFICIENT_STOCK.")
                .arg("exc", "The exception").returns("The code").render("    "));
        m.line("    name = type(exc).__name__.removesuffix(\"Error\") or type(exc).__name__");
        m.line("    return re.sub(r\"(?<=[a-z0-9])(?=[A-Z])\", \"_\", name).upper()");
        m.gap();
        m.line("def error_response(");
        m.line("    status_code: int, code: str, message: str, details: dict[str, object]");
        m.line(") -> JSONResponse:");
        m.lines(new Docstring("The JSON error body every failure of this API answers with")
                .arg("status_code", "HTTP status").arg("code", "Machine-readable error code")
                .arg("message", "Human-readable message").arg("details", "Extra facts about the error")
                .returns("A JSONResponse in the {success, error, timestamp} format").render("    "));
        m.line("    body = {");
        m.line("        \"success\": False,");
        m.line("        \"error\": {\"code\": code, \"message\": message, \"details\": details},");
        m.line("        \"timestamp\": datetime.now(timezone.utc).isoformat(),");
        m.line("    }");
        m.line("    return JSONResponse(status_code=status_code, content=jsonable_encoder(body))");
        m.from("fastapi.encoders", "jsonable_encoder");
    }

    /**
     * Checks every setting before serving (a missing one stops the start, naming its environment variable), and
     * releases the database connections on shutdown: the infrastructure's engine, or the session utility's.
     */
    private static void writeLifespan(PyContext ctx, PyModule m, List<Component> deps) {
        RuntimePlan runtime = ctx.runtime();
        m.from(runtime.settingsModule(), "check_configuration");
        m.from("contextlib", "asynccontextmanager");
        m.use("AsyncIterator");
        m.gap();
        m.line("@asynccontextmanager");
        m.line("async def lifespan(app: FastAPI) -> AsyncIterator[None]:");
        m.lines(new Docstring("Check the configuration, run the application, then release its database connections")
                .arg("app", "The application").yields("Control while the application serves requests")
                .render("    "));
        m.line("    check_configuration()");
        m.line("    yield");
        if (runtime.database()) {
            m.from(runtime.databaseModule(), "dispose");
            m.line("    await dispose()");
            return;
        }
        Optional<Component> database = ctx.providers().sessionSource();
        Optional<Component> providers = database.flatMap(d -> ctx.providers().owner(d.id()));
        Optional<String> dispose = database.flatMap(d -> d.methods().stream().map(x -> x.name())
                .filter(n -> n.matches("dispose|close|shutdown")).findFirst());
        if (providers.isPresent() && dispose.isPresent() && ctx.providers().provider(database.get().id()).cached()) {
            Wiring.Provider provider = ctx.providers().provider(database.get().id());
            m.from(providers.get().module(), provider.name());
            m.line("    if " + provider.name() + ".cache_info().currsize:");
            m.line("        await " + provider.name() + "()." + dispose.get() + "()");
        }
    }

    /**
     * A write the database refuses (a unique value taken, a referenced row missing) is the caller's conflict, not a
     * server error; the database's message stays out of the answer, as it quotes the statement and its values.
     */
    private static void writeIntegrityHandler(PyModule m) {
        // aliased, as an artifact may name an exception of its own IntegrityError
        m.from("sqlalchemy.exc", "IntegrityError as DatabaseIntegrityError");
        m.line("");
        m.line("    @app.exception_handler(DatabaseIntegrityError)");
        m.lines(PyText.call("    ", "async def handle_integrity_error",
                List.of("request: Request", "exc: DatabaseIntegrityError"), " -> JSONResponse:"));
        m.lines(new Docstring("Answer a write the database refused with 409").render("        "));
        m.line("        logger.info(\"The database refused a write: %s\", type(exc.orig).__name__)");
        m.lines(PyText.wrap("        ", "return error_response(409, \"CONFLICT\", \"The request conflicts with data "
                + "already stored\", {})"));
    }

    /** A method left for people to write answers 501 as a problem document naming it, not a 500. */
    private static void writeNotImplementedHandler(PyModule m) {
        m.line("");
        m.line("    @app.exception_handler(NotImplementedError)");
        m.lines(PyText.call("    ", "async def handle_not_implemented",
                List.of("request: Request", "exc: NotImplementedError"), " -> JSONResponse:"));
        m.lines(new Docstring("Answer a call into a method that is not implemented yet with 501").render("        "));
        m.line("        body = {");
        m.line("            \"type\": \"about:blank\",");
        m.line("            \"title\": \"Not Implemented\",");
        m.line("            \"status\": 501,");
        m.line("            \"detail\": str(exc) or \"not implemented yet\",");
        m.line("        }");
        m.lines(PyText.call("        ", "return JSONResponse", List.of("status_code=501", "content=body",
                "media_type=\"application/problem+json\""), ""));
    }
}
