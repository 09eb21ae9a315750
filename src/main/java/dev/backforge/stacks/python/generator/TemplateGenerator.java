package dev.backforge.stacks.python.generator;

import dev.backforge.architecture.entity.Component;
import dev.backforge.architecture.entity.ComponentType;
import dev.backforge.architecture.entity.Dependencies;
import dev.backforge.architecture.entity.EndpointSpec;
import dev.backforge.generation.control.CodeGenerator;
import dev.backforge.generation.control.GenerationContext;
import dev.backforge.generation.control.GenerationException;
import dev.backforge.output.entity.GeneratedFile;
import dev.backforge.planning.entity.PlannedComponent;
import java.util.List;
import java.util.Optional;

/**
 * The deterministic, offline generator for the python-fastapi stack: one module writer per component type. The same
 * architecture always gives the same bytes.
 */
public final class TemplateGenerator implements CodeGenerator {

    public static final String NAME = "template";
    public static final String VERSION = "1.0.0";

    /** Derived facts about the architecture of the latest context, reused across its components. */
    private static volatile PyContext last;

    private static PyContext pyContext(GenerationContext context) {
        PyContext ctx = last;
        if (ctx == null || ctx.context() != context) {
            ctx = new PyContext(context);
            last = ctx;
        }
        return ctx;
    }

    /**
     * The constructor a class component gets ({@code name: Type}, without self): the contract between a class and
     * every provider that builds it, which another generator must keep too.
     */
    public static List<String> constructorParameters(GenerationContext context, Component c) {
        return pyContext(context).injections().of(c).stream().map(i -> i.param() + ": " + i.type()).toList();
    }

    /** What the project needs that the artifact leaves out, and where it goes. */
    public static RuntimePlan runtime(GenerationContext context) {
        return pyContext(context).runtime();
    }

    /**
     * The application module Backforge writes when the artifact has no app component: every router, the error
     * handlers and the configuration check at start, at {@link RuntimePlan#appModule()}.
     */
    public static GeneratedFile application(GenerationContext context) {
        PyContext ctx = pyContext(context);
        List<String> uses = context.plan().components().stream().map(p -> p.component())
                .filter(c -> c.kind() == ComponentType.EXCEPTION || c.kind() == ComponentType.CONFIG
                        || c.kind() == ComponentType.API)
                .map(Component::id).toList();
        Component app = new Component("BACKFORGE-APP", "Application", "app", Component.BACKEND,
                ctx.runtime().appModule().replace('.', '/') + ".py",
                "The FastAPI application: every router of the architecture, its error handlers and the check of "
                        + "its configuration at start.",
                null, new Dependencies(uses, List.of()), null, null, null,
                null, null, null, null, null, null);
        return AppModule.generate(ctx, app);
    }

    /** A value an endpoint reads from the request's context: a header when a dependency component exists, else a query. */
    public record ContextParameter(String name, String type, String header) {
    }

    /** The request-context values an endpoint's service call takes that path, body and query do not carry. */
    public static List<ContextParameter> contextParameters(GenerationContext context, Component api, EndpointSpec e) {
        PyContext ctx = pyContext(context);
        boolean viaHeader = ctx.dependencies(api).stream().anyMatch(d -> d.kind() == ComponentType.DEPENDENCY);
        return Bindings.of(ctx, api, e).stream().filter(b -> b.source() == Bindings.Source.CONTEXT)
                .map(b -> new ContextParameter(b.parameter().name(), b.parameter().annotation(),
                        viaHeader ? Wiring.headerName(b.parameter().name()) : null))
                .toList();
    }

    /** The type of a path parameter, as the service method declares it ({@code str} when none does). */
    public static String pathParameterType(GenerationContext context, Component api, EndpointSpec e, String name) {
        return Bindings.of(pyContext(context), api, e).stream()
                .filter(b -> b.parameter().name().equals(PyText.function(name)))
                .findFirst().map(b -> b.parameter().annotation()).orElse("str");
    }

    /**
     * The module that defines a FastAPI provider a test may override: {@code get_session} or
     * {@code get_current_principal}; empty when no module needs it.
     */
    public static Optional<String> providerModule(GenerationContext context, String provider) {
        PyContext ctx = pyContext(context);
        RuntimePlan runtime = ctx.runtime();
        if (provider.equals("get_session")) {
            return runtime.database() ? Optional.of(runtime.databaseModule())
                    : ctx.providers().owner(ProviderPlan.SESSION).map(Component::module);
        }
        if (provider.equals("get_current_principal")) {
            return runtime.security() ? Optional.of(runtime.securityModule())
                    : ctx.providers().owner(ProviderPlan.PRINCIPAL).map(Component::module);
        }
        return Optional.empty();
    }

    /** The service method that validates bearer tokens, when the architecture has one. */
    public static Optional<String> tokenValidator(GenerationContext context) {
        PyContext ctx = pyContext(context);
        return ctx.providers().tokenValidator().flatMap(s -> ProviderPlan.validator(s).map(m -> s.name() + "."
                + m.name() + " -> " + m.parsed().returns()));
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String version() {
        return VERSION;
    }

    @Override
    public GeneratedFile generate(GenerationContext context, PlannedComponent planned) throws GenerationException {
        PyContext ctx = pyContext(context);
        Component c = planned.component();
        try {
            return switch (c.kind()) {
                case EXCEPTION -> ExceptionModule.generate(ctx, c);
                case CONFIG -> SettingsModule.generate(ctx, c);
                case MODEL -> SchemaModule.generate(ctx, c);
                case ENTITY -> EntityModule.generate(ctx, c);
                case REPOSITORY -> RepositoryModule.generate(ctx, c);
                case SERVICE -> ServiceModule.generate(ctx, c);
                case UTILITY -> UtilityModule.generate(ctx, c);
                case DEPENDENCY -> DependencyModule.generate(ctx, c);
                case API -> ApiModule.generate(ctx, c);
                case APP -> AppModule.generate(ctx, c);
                case MIDDLEWARE -> MiddlewareModule.generate(ctx, c);
                case OTHER -> throw new GenerationException("no template for component type '" + c.type() + "'");
            };
        } catch (RuntimeException e) {
            throw new GenerationException("template generation of " + c.id() + " failed: " + e, e);
        }
    }
}
