package dev.backforge.stacks.python.generator;

import dev.backforge.architecture.entity.Component;
import dev.backforge.generation.control.CodeGenerator;
import dev.backforge.generation.control.GenerationContext;
import dev.backforge.generation.control.GenerationException;
import dev.backforge.output.entity.GeneratedFile;
import dev.backforge.planning.entity.PlannedComponent;
import java.util.List;

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
