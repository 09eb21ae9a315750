package dev.backforge.stacks.python.generator;

import dev.backforge.architecture.entity.Component;
import dev.backforge.architecture.entity.ComponentType;
import dev.backforge.architecture.entity.EndpointSpec;
import dev.backforge.architecture.entity.FieldSpec;
import dev.backforge.architecture.entity.MethodSpec;
import dev.backforge.architecture.entity.Symbol;
import dev.backforge.output.entity.GeneratedFile;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * An API router: one handler per endpoint that takes its inputs from the path, body, query and request context,
 * calls the service method, converts the result to the response model, and turns each declared exception into an
 * HTTPException with the endpoint's or the exception's status.
 */
final class ApiModule {

    private final PyContext ctx;
    private final Component api;
    private final PyModule m;
    private final Wiring wiring;
    private final Optional<Component> dependencyComponent;

    private ApiModule(PyContext ctx, Component api) {
        this.ctx = ctx;
        this.api = api;
        this.m = ctx.module(api).withLogger().docstring(api.descriptionOr("HTTP endpoints of "
                + PyText.words(api.name()) + "."));
        api.endpoints().forEach(e -> m.shadowAtModule(e.handler()));
        m.shadowAtModule("router");
        this.wiring = new Wiring(ctx, m);
        this.dependencyComponent = ctx.dependencies(api).stream()
                .filter(d -> d.kind() == ComponentType.DEPENDENCY).findFirst();
    }

    static GeneratedFile generate(PyContext ctx, Component api) {
        return new ApiModule(ctx, api).write();
    }

    private GeneratedFile write() {
        // providers first, so the module reads top-down: collaborators, router, handlers
        for (EndpointSpec e : api.endpoints()) {
            ctx.component(e.service()).ifPresent(wiring::provider);
            if (e.authRequired()) {
                wiring.principalProvider();
            }
            if (dependencyComponent.isPresent()) {
                Bindings.of(ctx, api, e).stream().filter(b -> b.source() == Bindings.Source.CONTEXT)
                        .forEach(b -> wiring.contextProvider(b.parameter().name(), b.parameter().annotation()));
            }
        }
        m.from("fastapi", "APIRouter");
        m.gap();
        List<String> routerArgs = new ArrayList<>();
        if (api.prefix() != null && !api.prefix().isEmpty()) {
            routerArgs.add("prefix=" + PyText.literal(api.prefix()));
        }
        if (!api.tags().isEmpty()) {
            routerArgs.add("tags=[" + String.join(", ", api.tags().stream().map(PyText::literal).toList()) + "]");
        }
        m.lines(PyText.call("", "router = APIRouter", routerArgs, ""));
        for (EndpointSpec e : RouteOrder.of(api.endpoints())) {
            endpoint(e);
        }
        return m.toFile(api.descriptionOr("API " + api.name()));
    }

    private void endpoint(EndpointSpec e) {
        Component service = ctx.component(e.service()).orElseThrow();
        MethodSpec method = Bindings.serviceMethod(ctx, e).orElseThrow();
        List<Bindings.Binding> bindings = Bindings.of(ctx, api, e);
        String serviceParam = PyText.snake(service.name());
        List<String> params = new ArrayList<>();
        List<String> defaulted = new ArrayList<>();
        Docstring doc = new Docstring(e.summary() != null ? e.summary() : e.httpMethod() + " " + fullPath(e));
        for (String p : Bindings.pathParams(api, e)) {
            String py = PyText.function(p);
            String type = bindings.stream().filter(b -> b.parameter().name().equals(py)).findFirst()
                    .map(b -> b.parameter().annotation()).orElse("str");
            if (py.equals(p)) {
                params.add(p + ": " + m.type(type));
            } else {
                // a path parameter named after a keyword is class_ in Python and {class} in the route
                m.use("Annotated");
                m.from("fastapi", "Path");
                params.add(py + ": Annotated[" + m.type(type) + ", Path(alias=" + PyText.literal(p) + ")]");
            }
            doc.arg(py, "Path parameter " + PyText.words(p));
        }
        if (e.requestModel() != null) {
            params.add("payload: " + m.type(e.requestModel()));
            doc.arg("payload", "The request body");
        }
        for (Bindings.Binding b : bindings) {
            String name = b.parameter().name();
            if (b.source() == Bindings.Source.CONTEXT) {
                if (dependencyComponent.isPresent()) {
                    String provider = wiring.contextProvider(name, b.parameter().annotation()).name();
                    params.add(name + ": " + wiring.depends(m.type(b.parameter().annotation()), provider));
                    doc.arg(name, "From the " + Wiring.headerName(name) + " request header");
                } else {
                    params.add(name + ": " + m.type(b.parameter().annotation()));
                    doc.arg(name, "Query parameter " + PyText.words(name));
                }
            }
        }
        params.add(serviceParam + ": " + wiring.depends(m.type(service.name()), wiring.provider(service).name()));
        doc.arg(serviceParam, "The " + service.name() + " that does the work");
        for (FieldSpec q : e.queryParams()) {
            String rendered = queryParam(q);
            (q.hasDefault() ? defaulted : params).add(rendered);
            doc.arg(PyText.attr(q.name()), q.description() != null ? q.description()
                    : "Query parameter " + PyText.words(q.name()));
        }
        params.addAll(defaulted);
        decorator(e);
        Result result = result(e, method);
        m.lines(PyText.call("", "async def " + PyText.function(e.handler()), params, " -> " + result.annotation + ":"));
        if (!result.annotation.equals("None")) {
            doc.returns(result.annotation.equals(result.annotation.strip()) ? "The response body" : "");
        }
        Map<String, Integer> mapped = mappedErrors(e, method);
        mapped.forEach((ex, status) -> doc.raises("HTTPException", status + " when the service raises " + ex));
        if (e.rateLimited()) {
            doc.paragraph("Rate limited: the architecture asks for a limit on this endpoint; enforce it at the "
                    + "gateway or in a middleware, it is not part of this router.");
        }
        m.lines(doc.render("    "));
        List<String> call = serviceCall(method, bindings, serviceParam);
        List<String> body = new ArrayList<>(result.lines(call));
        if (mapped.isEmpty()) {
            body.forEach(l -> m.lines(PyText.wrap("    ", l)));
            return;
        }
        m.from("fastapi", "HTTPException");
        m.line("    try:");
        body.forEach(l -> m.lines(PyText.wrap("        ", l)));
        mapped.forEach((ex, status) -> {
            m.line("    except " + m.use(ex) + " as exc:");
            m.line("        raise HTTPException(status_code=" + status + ", detail=str(exc)) from exc");
        });
    }

    private void decorator(EndpointSpec e) {
        List<String> args = new ArrayList<>(List.of(PyText.literal(e.path())));
        if (e.responseModel() != null) {
            args.add("response_model=" + m.type(e.responseModel()));
        }
        if (e.statusCode() != null) {
            args.add("status_code=" + e.statusCode());
        }
        if (e.summary() != null) {
            args.add("summary=" + PyText.literal(e.summary()));
        }
        if (e.authRequired()) {
            m.from("fastapi", "Depends");
            args.add("dependencies=[Depends(" + wiring.principalProvider().name() + ")]");
        }
        m.line("");
        m.line("");
        m.lines(PyText.call("", "@router." + e.httpMethod().toLowerCase(Locale.ROOT), args, ""));
    }

    private String queryParam(FieldSpec q) {
        String type = m.type(q.type());
        List<String> args = new ArrayList<>();
        if (PyText.aliased(q.name())) {
            args.add("alias=" + PyText.literal(q.name()));
        }
        args.addAll(PydanticModels.validation(q.constraints()));
        if (q.description() != null) {
            args.add("description=" + PyText.literal(q.description()));
        }
        String annotated = type;
        // without Query(), FastAPI reads a list parameter from the body
        boolean list = Methods.elementOf(q.type()).isPresent();
        if (!args.isEmpty() || list) {
            m.use("Annotated");
            m.from("fastapi", "Query");
            annotated = "Annotated[" + type + ", Query(" + String.join(", ", args) + ")]";
        }
        return PyText.attr(q.name()) + ": " + annotated
                + (q.hasDefault() ? " = " + PydanticModels.defaultLiteral(m, q) : "");
    }

    private static List<String> serviceCall(MethodSpec method, List<Bindings.Binding> bindings, String service) {
        List<String> args = new ArrayList<>();
        for (Bindings.Binding b : bindings) {
            String name = b.parameter().name();
            switch (b.source()) {
                case PATH, CONTEXT -> args.add(name + "=" + name);
                case QUERY -> args.add(name + "=" + PyText.attr(name));
                case BODY -> args.add(name + "=payload");
                case BODY_FIELD -> args.add(name + "=payload." + PyText.attr(name));
                case DEFAULT -> {
                }
            }
        }
        String prefix = (method.parsed().async() ? "await " : "") + service + "." + method.name();
        return List.of(prefix + "(" + String.join(", ", args) + ")");
    }

    /** What the handler returns, and how the service's result becomes it. */
    private record Result(String annotation, String conversion) {
        List<String> lines(List<String> call) {
            if (annotation.equals("None")) {
                return call;
            }
            if (conversion == null) {
                List<String> out = new ArrayList<>(call);
                out.set(0, "return " + out.get(0));
                return out;
            }
            List<String> out = new ArrayList<>(call);
            out.set(0, "result = " + out.get(0));
            out.add("return " + conversion);
            return out;
        }
    }

    private Result result(EndpointSpec e, MethodSpec method) {
        String returns = Methods.compact(method.parsed().returns());
        if (e.responseModel() == null) {
            return returns.equals("None") ? new Result("None", null)
                    : new Result(m.type(method.parsed().returns()), null);
        }
        String response = Methods.compact(e.responseModel());
        String annotation = m.type(e.responseModel());
        if (response.equals(returns)) {
            return new Result(annotation, null);
        }
        Optional<String> element = Methods.listOf(response);
        if (element.isPresent() && isModel(element.get())) {
            // a service that may answer None for a list answers an empty one over HTTP
            String items = Methods.optionalOf(returns).isPresent() ? "result or []" : "result";
            return new Result(annotation, "[" + m.use(element.get())
                    + ".model_validate(item, from_attributes=True) for item in " + items + "]");
        }
        if (element.isPresent() && Methods.optionalOf(returns).map(r -> r.equals(response)).orElse(false)) {
            return new Result(annotation, "result or []");
        }
        if (isModel(response)) {
            return new Result(annotation, m.use(response) + ".model_validate(result, from_attributes=True)");
        }
        return new Result(annotation, null);
    }

    private boolean isModel(String name) {
        return ctx.symbols().find(name).filter(s -> s.kind() == Symbol.Kind.MODEL).isPresent();
    }

    /** Declared exceptions with an HTTP status, subclasses first so the most specific handler wins. */
    private Map<String, Integer> mappedErrors(EndpointSpec e, MethodSpec method) {
        List<String> names = new ArrayList<>(method.raises());
        e.errors().keySet().stream().filter(n -> !names.contains(n)).forEach(names::add);
        names.sort(Comparator.comparingInt((String n) -> -ctx.exceptionDepth(n)));
        Map<String, Integer> mapped = new LinkedHashMap<>();
        for (String name : names) {
            Integer status = e.errors().containsKey(name) ? e.errors().get(name) : ctx.httpStatus(name).orElse(null);
            if (status != null && ctx.symbols().isException(name)) {
                mapped.put(name, status);
            }
        }
        return mapped;
    }

    private String fullPath(EndpointSpec e) {
        return (api.prefix() == null ? "" : api.prefix()) + e.path();
    }
}
