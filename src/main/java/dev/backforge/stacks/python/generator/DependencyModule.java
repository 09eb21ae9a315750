package dev.backforge.stacks.python.generator;

import dev.backforge.architecture.entity.Component;
import dev.backforge.architecture.entity.ComponentType;
import dev.backforge.architecture.entity.EndpointSpec;
import dev.backforge.output.entity.GeneratedFile;

/**
 * A dependency component: the FastAPI providers of everything it lists, the request-context values its APIs need,
 * and the authenticated principal when an API requires one. API modules import these providers; they compute the
 * same set the same way, so the two never disagree.
 */
final class DependencyModule {

    private DependencyModule() {
    }

    static GeneratedFile generate(PyContext ctx, Component c) {
        PyModule m = ctx.module(c).withLogger().docstring(c.descriptionOr("FastAPI dependency providers."));
        write(ctx, c, m);
        return m.toFile(c.descriptionOr("Dependency providers"));
    }

    private static void write(PyContext ctx, Component c, PyModule m) {
        Wiring w = new Wiring(ctx, m);
        for (Component dep : ctx.dependencies(c)) {
            if (dep.kind().isInjectable() && dep.kind() != ComponentType.CONFIG) {
                w.provider(dep);
            }
        }
        for (Component api : ctx.backend(ComponentType.API)) {
            if (!api.dependencies().internal().contains(c.id())) {
                continue;
            }
            for (EndpointSpec e : api.endpoints()) {
                Bindings.of(ctx, api, e).stream().filter(b -> b.source() == Bindings.Source.CONTEXT)
                        .forEach(b -> w.contextProvider(b.parameter().name(), b.parameter().annotation()));
                if (e.authRequired() && !ctx.runtime().security()) {
                    // the generated infrastructure's provider is imported where it is used, not re-exported here
                    w.principalProvider();
                }
            }
        }
    }
}
