package dev.backforge.stacks.python.generator;

import dev.backforge.architecture.entity.Component;
import dev.backforge.architecture.entity.ComponentType;
import dev.backforge.architecture.entity.MethodSpec;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * What each class component receives through its constructor. The component's own module and every provider that
 * builds it read this one list, so a constructor and its callers cannot disagree.
 */
final class Injections {

    /** One constructor parameter; {@code source} is set for components, null for resources. */
    record Injected(String param, String type, Resource resource, Component source) {
    }

    enum Resource {
        COMPONENT, SESSION, REDIS
    }

    private final PyContext ctx;

    Injections(PyContext ctx) {
        this.ctx = ctx;
    }

    List<Injected> of(Component c) {
        List<Injected> params = new ArrayList<>();
        ComponentType kind = c.kind();
        if (kind == ComponentType.REPOSITORY || kind == ComponentType.UTILITY && usesSession(c)) {
            params.add(new Injected("session", "AsyncSession", Resource.SESSION, null));
        }
        if (kind == ComponentType.UTILITY && external(c, "redis")) {
            params.add(new Injected("redis", "Redis", Resource.REDIS, null));
        }
        List<Component> deps = ctx.dependencies(c).stream().filter(d -> d.kind().isInjectable()).toList();
        long configs = deps.stream().filter(d -> d.kind() == ComponentType.CONFIG).count();
        for (Component d : deps) {
            String param = d.kind() == ComponentType.CONFIG && configs == 1 ? "settings" : PyText.snake(d.name());
            params.add(new Injected(param, d.name(), Resource.COMPONENT, d));
        }
        return params;
    }

    /** A utility that builds sessions (its interface hands out AsyncSession) owns an engine instead of a session. */
    static boolean isSessionSource(Component c) {
        return c.kind() == ComponentType.UTILITY && c.methods().stream()
                .map(MethodSpec::parsed).filter(s -> s != null && s.returns() != null)
                .anyMatch(s -> s.returns().contains("AsyncSession"));
    }

    private static boolean usesSession(Component c) {
        return external(c, "sqlalchemy") && !isSessionSource(c);
    }

    static boolean external(Component c, String pipName) {
        return c.dependencies().external().stream()
                .map(e -> e.toLowerCase(Locale.ROOT).split("[\\[<>=~! ]")[0])
                .anyMatch(e -> e.equals(pipName));
    }
}
