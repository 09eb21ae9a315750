package dev.backforge.stacks.python.generator;

import dev.backforge.architecture.entity.Component;
import dev.backforge.architecture.entity.ComponentType;
import dev.backforge.architecture.entity.EndpointSpec;
import dev.backforge.architecture.entity.MethodSpec;
import dev.backforge.planning.entity.PlannedComponent;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Which module defines each FastAPI provider. Every provider is written once, by the first dependency or api
 * component in generation order that needs it; later modules import it from there. Earlier modules never import
 * from later ones, so the imports cannot form a cycle, and a deep chain of services costs one provider each instead
 * of one per api module.
 *
 * <p>Keys: a component id, {@code session}, {@code redis}, {@code principal}, {@code context:<param>}.
 */
final class ProviderPlan {

    static final String SESSION = "session";
    static final String REDIS = "redis";
    static final String PRINCIPAL = "principal";

    private final PyContext ctx;
    private final Map<String, Component> owners = new HashMap<>();
    private final Map<String, Set<String>> closures = new HashMap<>();
    private final Map<String, Boolean> cached = new HashMap<>();
    private final Optional<Component> sessionSource;
    private final Optional<Component> tokenValidator;

    ProviderPlan(PyContext ctx) {
        this.ctx = ctx;
        this.sessionSource = ctx.backend(ComponentType.UTILITY).stream().filter(Injections::isSessionSource)
                .filter(c -> sessionMethod(c).isPresent()).findFirst();
        this.tokenValidator = ctx.backend(ComponentType.SERVICE).stream()
                .filter(c -> validator(c).isPresent()).findFirst();
        for (PlannedComponent p : ctx.context().plan().components()) {
            Component c = p.component();
            if (c.kind() == ComponentType.DEPENDENCY || c.kind() == ComponentType.API) {
                keysOf(c).forEach(k -> owners.putIfAbsent(k, c));
            }
        }
    }

    /** The module that writes a provider; empty for keys nobody needs. */
    Optional<Component> owner(String key) {
        return Optional.ofNullable(owners.get(key));
    }

    Optional<Component> sessionSource() {
        return sessionSource;
    }

    Optional<Component> tokenValidator() {
        return tokenValidator;
    }

    static Optional<MethodSpec> sessionMethod(Component utility) {
        return utility.methods().stream().filter(x -> x.parsed() != null && x.parsed().async()
                && Methods.compact(x.parsed().returns()).matches("Async(Iterator|Generator)\\[AsyncSession.*"))
                .findFirst();
    }

    static Optional<MethodSpec> validator(Component service) {
        return service.methods().stream().filter(x -> x.name().matches("(validate|verify|decode)_(access_)?token")
                && x.parsed() != null && x.parsed().arguments().size() == 1
                && Methods.compact(x.parsed().arguments().get(0).annotation()).equals("str")).findFirst();
    }

    /** The providers a dependency or api module needs. */
    Set<String> keysOf(Component c) {
        Set<String> keys = new LinkedHashSet<>();
        if (c.kind() == ComponentType.DEPENDENCY) {
            ctx.dependencies(c).stream().filter(d -> d.kind().isInjectable() && d.kind() != ComponentType.CONFIG)
                    .forEach(d -> keys.addAll(closure(d)));
            for (Component api : ctx.backend(ComponentType.API)) {
                if (api.dependencies().internal().contains(c.id())) {
                    keys.addAll(requestKeys(api, true));
                }
            }
        } else {
            for (EndpointSpec e : c.endpoints()) {
                ctx.component(e.service()).ifPresent(s -> keys.addAll(closure(s)));
            }
            boolean viaDependency = ctx.dependencies(c).stream().anyMatch(d -> d.kind() == ComponentType.DEPENDENCY);
            keys.addAll(requestKeys(c, viaDependency));
        }
        return keys;
    }

    private Set<String> requestKeys(Component api, boolean contextFromHeaders) {
        Set<String> keys = new LinkedHashSet<>();
        for (EndpointSpec e : api.endpoints()) {
            if (contextFromHeaders) {
                Bindings.of(ctx, api, e).stream().filter(b -> b.source() == Bindings.Source.CONTEXT)
                        .forEach(b -> keys.add("context:" + b.parameter().name()));
            }
            if (e.authRequired()) {
                tokenValidator.ifPresent(v -> keys.addAll(closure(v)));
                keys.add(PRINCIPAL);
            }
        }
        return keys;
    }

    /** A class component's provider and everything it takes, providers first. */
    Set<String> closure(Component c) {
        Set<String> known = closures.get(c.id());
        if (known != null) {
            return known;
        }
        Set<String> keys = new LinkedHashSet<>();
        if (c.kind() != ComponentType.CONFIG) {
            for (Injections.Injected i : ctx.injections().of(c)) {
                switch (i.resource()) {
                    case SESSION -> {
                        sessionSource.ifPresent(s -> keys.addAll(closure(s)));
                        keys.add(SESSION);
                    }
                    case REDIS -> keys.add(REDIS);
                    case COMPONENT -> keys.addAll(closure(i.source()));
                }
            }
            keys.add(c.id());
        }
        closures.put(c.id(), keys);
        return keys;
    }

    /** Whether the provider is process-wide: nothing in what it takes is per request. */
    boolean cached(Component c) {
        Boolean known = cached.get(c.id());
        if (known != null) {
            return known;
        }
        boolean result = c.kind() == ComponentType.CONFIG
                || ctx.injections().of(c).stream().allMatch(i -> switch (i.resource()) {
                    case SESSION -> false;
                    case REDIS -> ctx.redisUrl().isPresent();
                    case COMPONENT -> cached(i.source());
                });
        cached.put(c.id(), result);
        return result;
    }

    /** The provider function's name and cachedness for a key, as its owner writes it. */
    Wiring.Provider provider(String key) {
        if (key.equals(SESSION)) {
            return new Wiring.Provider("get_session", false);
        }
        if (key.equals(REDIS)) {
            return new Wiring.Provider("get_redis", ctx.redisUrl().isPresent());
        }
        if (key.equals(PRINCIPAL)) {
            return new Wiring.Provider("get_current_principal", false);
        }
        if (key.startsWith("context:")) {
            return new Wiring.Provider("get_" + key.substring("context:".length()), false);
        }
        Component c = ctx.component(key).orElseThrow();
        return new Wiring.Provider("get_" + PyText.snake(c.name()), cached(c));
    }
}
