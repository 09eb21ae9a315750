package dev.backforge.stacks.python.generator;

import dev.backforge.architecture.entity.Component;
import dev.backforge.architecture.entity.ComponentType;
import dev.backforge.architecture.entity.MethodSpec;
import dev.backforge.architecture.entity.SettingSpec;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * FastAPI dependency providers that build each class with what its constructor takes ({@link Injections}). A
 * provider whose whole graph is process-wide (settings, engines, clients, stateless helpers) is cached with
 * {@code lru_cache}; one that needs the request's session is built per request. What the architecture gives no way
 * to build becomes a listed stub, never a guess.
 */
final class Wiring {

    private final PyContext ctx;
    private final PyModule m;
    private final Map<String, Provider> written = new LinkedHashMap<>();

    /** A provider function: its name, and whether it is a cached process-wide one. */
    record Provider(String name, boolean cached) {
    }

    Wiring(PyContext ctx, PyModule m) {
        this.ctx = ctx;
        this.m = m;
    }

    Map<String, Provider> written() {
        return written;
    }

    /** The provider of a class component, writing it (and what it needs) into this module on first use. */
    Provider provider(Component c) {
        if (c.kind() == ComponentType.CONFIG) {
            String getter = SettingsModule.getterName(c);
            m.from(c.module(), getter);
            return new Provider(getter, true);
        }
        return lookup(c.id()).orElseGet(() -> writeComponentProvider(c));
    }

    /** A provider already written here, or imported from the module that owns it; empty if this module writes it. */
    Optional<Provider> lookup(String key) {
        if (written.containsKey(key)) {
            return Optional.of(written.get(key));
        }
        Optional<Component> owner = ctx.providers().owner(key);
        if (owner.isPresent() && !owner.get().id().equals(m.component().id())) {
            Provider p = ctx.providers().provider(key);
            m.from(owner.get().module(), p.name());
            written.put(key, p);
            return Optional.of(p);
        }
        return Optional.empty();
    }

    private Provider writeComponentProvider(Component c) {
        List<Injections.Injected> params = ctx.injections().of(c);
        List<Provider> needs = new ArrayList<>();
        for (Injections.Injected p : params) {
            needs.add(switch (p.resource()) {
                case SESSION -> sessionProvider();
                case REDIS -> redisProvider();
                case COMPONENT -> provider(p.source());
            });
        }
        boolean cached = needs.stream().allMatch(Provider::cached);
        String name = "get_" + PyText.snake(c.name());
        m.use(c.name());
        m.gap();
        if (cached) {
            m.from("functools", "lru_cache");
            m.line("@lru_cache");
            m.line("def " + name + "() -> " + c.name() + ":");
            m.lines(new Docstring("Return the process-wide " + c.name())
                    .paragraph("It holds no per-request state, so one instance serves every request.")
                    .returns("The shared " + c.name()).render("    "));
            List<String> args = new ArrayList<>();
            for (int i = 0; i < params.size(); i++) {
                args.add(params.get(i).param() + "=" + needs.get(i).name() + "()");
            }
            m.lines(PyText.call("    ", "return " + c.name(), args, ""));
        } else {
            List<String> args = new ArrayList<>();
            for (int i = 0; i < params.size(); i++) {
                args.add(params.get(i).param() + ": " + depends(m.type(params.get(i).type()), needs.get(i).name()));
            }
            m.lines(PyText.call("", "def " + name, args, " -> " + c.name() + ":"));
            Docstring doc = new Docstring("Build the " + c.name() + " of the current request");
            params.forEach(p -> doc.arg(p.param(), "Provided by FastAPI's dependency injection"));
            m.lines(doc.returns("A " + c.name() + " bound to this request's collaborators").render("    "));
            m.lines(PyText.call("    ", "return " + c.name(),
                    params.stream().map(p -> p.param() + "=" + p.param()).toList(), ""));
        }
        Provider provider = new Provider(name, cached);
        written.put(c.id(), provider);
        return provider;
    }

    void record(String key, Provider provider) {
        written.put(key, provider);
    }

    /** The request's AsyncSession, from the utility that hands out sessions, or a stub if there is none. */
    Provider sessionProvider() {
        if (ctx.runtime().database()) {
            m.from(ctx.runtime().databaseModule(), "get_session");
            written.put("session", new Provider("get_session", false));
            return written.get("session");
        }
        Optional<Provider> known = lookup("session");
        if (known.isPresent()) {
            return known.get();
        }
        m.use("AsyncSession");
        Optional<Component> source = ctx.providers().sessionSource();
        Optional<MethodSpec> method = source.flatMap(ProviderPlan::sessionMethod);
        Provider provider;
        if (method.isPresent()) {
            Provider database = provider(source.get());
            String param = PyText.snake(source.get().name());
            m.gap();
            m.use("AsyncIterator");
            m.lines(PyText.call("", "async def get_session", List.of(param + ": "
                    + depends(source.get().name(), database.name())), " -> AsyncIterator[AsyncSession]:"));
            m.lines(new Docstring("Yield the database session of the current request")
                    .paragraph("The session's transaction commits when the request succeeds and rolls back when it "
                            + "raises.")
                    .arg(param, "The " + source.get().name() + " that opens sessions")
                    .yields("The request's AsyncSession").render("    "));
            m.line("    async for session in " + param + "." + method.get().name() + "():");
            m.line("        yield session");
            provider = new Provider("get_session", false);
        } else {
            provider = stubProvider("get_session", "AsyncSession",
                    "no utility of the architecture hands out an AsyncSession (a method returning "
                            + "AsyncIterator[AsyncSession]); wire the application's session here");
        }
        written.put("session", provider);
        return provider;
    }

    /** A process-wide Redis client from a *redis_url setting, or a stub if no setting names one. */
    Provider redisProvider() {
        Optional<Provider> known = lookup("redis");
        if (known.isPresent()) {
            return known.get();
        }
        m.use("Redis");
        Optional<Component> config = ctx.redisUrl().map(Map.Entry::getKey);
        Provider provider;
        if (config.isPresent()) {
            SettingSpec url = ctx.redisUrl().orElseThrow().getValue();
            Provider settings = provider(config.get());
            m.gap();
            m.from("functools", "lru_cache");
            m.line("@lru_cache");
            m.line("def get_redis() -> Redis:");
            m.lines(new Docstring("Return the process-wide Redis client; it pools its connections")
                    .returns("The shared Redis client").render("    "));
            String value = settings.name() + "()." + url.name()
                    + (url.secret() || url.type().contains("SecretStr") ? ".get_secret_value()" : "");
            m.line("    return Redis.from_url(" + value + ")");
            provider = new Provider("get_redis", true);
        } else {
            provider = stubProvider("get_redis", "Redis", "no config setting names the Redis URL (e.g. redis_url)");
        }
        written.put("redis", provider);
        return provider;
    }

    /**
     * A value of the request's context that the service needs but the endpoint's path, body and query do not carry
     * (a tenant or store id): read from the {@code X-Name} request header.
     */
    Provider contextProvider(String param, String annotation) {
        Optional<Provider> known = lookup("context:" + param);
        if (known.isPresent()) {
            return known.get();
        }
        String name = "get_" + param;
        String header = "x_" + param;
        String type = m.type(annotation);
        m.use("Annotated");
        m.from("fastapi", "Header");
        m.gap();
        m.line("def " + name + "(" + header + ": Annotated[" + type + ", Header()]) -> " + type + ":");
        m.lines(new Docstring("Read the caller's " + PyText.words(param) + " from the " + headerName(param)
                + " request header").arg(header, "The header's value, validated as " + annotation)
                .returns("The " + PyText.words(param)).render("    "));
        m.line("    return " + header);
        Provider provider = new Provider(name, false);
        written.put("context:" + param, provider);
        return provider;
    }

    static String headerName(String param) {
        StringBuilder s = new StringBuilder("X");
        for (String part : param.split("_")) {
            s.append('-').append(part.isEmpty() ? "" : Character.toUpperCase(part.charAt(0)) + part.substring(1));
        }
        return s.toString();
    }

    /**
     * The authenticated caller, from a bearer token checked by the architecture's token validator (a service method
     * validate_token, verify_token or decode_token taking the token), or a stub when the architecture has none.
     */
    Provider principalProvider() {
        if (ctx.runtime().security()) {
            m.from(ctx.runtime().securityModule(), "get_current_principal");
            return new Provider("get_current_principal", false);
        }
        Optional<Provider> known = lookup("principal");
        if (known.isPresent()) {
            return known.get();
        }
        Optional<Component> service = ctx.providers().tokenValidator();
        Provider provider;
        if (service.isEmpty()) {
            provider = stubProvider("get_current_principal", "object",
                    "no service of the architecture validates tokens (validate_token(token: str)); check the "
                            + "caller's credentials here");
        } else {
            provider = writePrincipal(service.get(), ProviderPlan.validator(service.get()).orElseThrow());
        }
        written.put("principal", provider);
        return provider;
    }

    private Provider writePrincipal(Component service, MethodSpec validator) {
        Provider serviceProvider = provider(service);
        String param = PyText.snake(service.name());
        String returns = m.type(validator.parsed().returns());
        m.from("fastapi.security", "HTTPBearer");
        m.from("fastapi.security", "HTTPAuthorizationCredentials");
        m.from("fastapi", "HTTPException");
        m.gap();
        m.line("bearer_scheme = HTTPBearer(auto_error=False)");
        m.gap();
        m.lines(PyText.call("", "async def get_current_principal", List.of(
                "credentials: " + depends("HTTPAuthorizationCredentials | None", "bearer_scheme"),
                param + ": " + depends(service.name(), serviceProvider.name())), " -> " + returns + ":"));
        m.lines(new Docstring("Authenticate the caller from the Authorization: Bearer header")
                .arg("credentials", "The bearer credentials, or None when the header is missing")
                .arg(param, "The service that validates tokens")
                .returns("The validated token's claims")
                .raises("HTTPException", "401 when the token is missing or not valid").render("    "));
        String challenge = "headers={\"WWW-Authenticate\": \"Bearer\"}";
        m.line("    if credentials is None:");
        m.lines(PyText.call("        ", "raise HTTPException", List.of("status_code=401",
                "detail=\"Not authenticated\"", challenge), ""));
        String call = (validator.parsed().async() ? "await " : "") + param + "." + validator.name()
                + "(credentials.credentials)";
        List<String> raised = validator.raises();
        if (raised.isEmpty()) {
            m.line("    return " + call);
        } else {
            m.line("    try:");
            m.line("        return " + call);
            List<String> names = raised.stream().map(m::use).toList();
            m.line("    except " + (names.size() == 1 ? names.get(0) : "(" + String.join(", ", names) + ")")
                    + " as exc:");
            m.lines(PyText.call("        ", "raise HTTPException", List.of("status_code=401", "detail=str(exc)",
                    challenge), " from exc"));
        }
        return new Provider("get_current_principal", false);
    }

    Provider stubProvider(String name, String type, String reason) {
        m.gap();
        m.line("def " + name + "() -> " + type + ":");
        m.lines(new Docstring("Provide the " + type + " of the current request").returns("The " + type)
                .raises("NotImplementedError", "Until the application wires it").render("    "));
        Docstring.wrap("TODO(backforge): " + reason + ".", 76).forEach(l -> m.line("    # " + l));
        m.line("    raise NotImplementedError(" + PyText.literal(name + " is not wired yet") + ")");
        m.stub(name, reason);
        return new Provider(name, false);
    }

    /**
     * {@code Annotated[T, Depends(provider)]}, the dependency style FastAPI recommends. The session's transaction
     * ends when the handler returns, before the answer is sent: committed after it (FastAPI's default), a write the
     * database refuses would follow a 200 that claimed it was stored.
     */
    String depends(String type, String provider) {
        m.use("Annotated");
        m.from("fastapi", "Depends");
        Provider session = written.get("session");
        boolean transaction = session != null && session.name().equals(provider);
        return "Annotated[" + type + ", Depends(" + provider + (transaction ? ", scope=\"function\"" : "") + ")]";
    }
}
