package dev.backforge.stacks.python.generator;

import dev.backforge.architecture.control.Symbols;
import dev.backforge.architecture.entity.Component;
import dev.backforge.architecture.entity.ComponentType;
import dev.backforge.architecture.entity.ExceptionSpec;
import dev.backforge.architecture.entity.SettingSpec;
import dev.backforge.generation.control.GenerationContext;
import dev.backforge.planning.entity.PlannedComponent;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** The generation context seen from the Python templates: modules, names, injections, exception facts. */
final class PyContext {

    private final GenerationContext context;
    private final Set<String> localRoots;
    private final Injections injections;
    private ProviderPlan providers;
    private final Map<ComponentType, List<Component>> byType;

    PyContext(GenerationContext context) {
        this.context = context;
        this.localRoots = context.architecture().backendComponents().stream()
                .map(c -> c.module().split("\\.")[0]).collect(Collectors.toUnmodifiableSet());
        this.injections = new Injections(this);
        this.byType = context.plan().components().stream().map(PlannedComponent::component)
                .collect(Collectors.groupingBy(Component::kind, () -> new EnumMap<>(ComponentType.class),
                        Collectors.toUnmodifiableList()));
    }

    GenerationContext context() {
        return context;
    }

    Symbols symbols() {
        return context.symbols();
    }

    Injections injections() {
        return injections;
    }

    private RuntimePlan runtime;

    /** What the project needs that the artifact leaves out; decided once per architecture. */
    synchronized RuntimePlan runtime() {
        if (runtime == null) {
            runtime = new RuntimePlan(this);
        }
        return runtime;
    }

    /** Where each FastAPI provider is defined; computed once per architecture. */
    synchronized ProviderPlan providers() {
        if (providers == null) {
            providers = new ProviderPlan(this);
        }
        return providers;
    }

    PyModule module(Component c) {
        return new PyModule(c, context.symbols(), localRoots);
    }

    List<Component> dependencies(Component c) {
        return context.dependencies(c);
    }

    Optional<Component> component(String id) {
        return context.component(id).filter(Component::isBackend);
    }

    /** The backend components of one type, in generation order. */
    List<Component> backend(ComponentType type) {
        return byType.getOrDefault(type, List.of());
    }

    /** The entity component that defines the shared declarative Base: the first one in generation order. */
    Optional<Component> entityBaseOwner() {
        return backend(ComponentType.ENTITY).stream().findFirst();
    }

    /** The HTTP status of an exception: its own, else the nearest base's; empty when none is set. */
    Optional<Integer> httpStatus(String exception) {
        return symbols().httpStatus(exception);
    }

    /** How many architecture exceptions lie above this one: subclasses are caught before their bases. */
    int exceptionDepth(String exception) {
        int depth = 0;
        for (Optional<ExceptionSpec> e = symbols().exception(exception); e.isPresent();
             e = symbols().exception(e.get().baseOrDefault())) {
            depth++;
        }
        return depth;
    }

    boolean isSubclass(String exception, String base) {
        for (Optional<ExceptionSpec> e = symbols().exception(exception); e.isPresent();
             e = symbols().exception(e.get().baseOrDefault())) {
            if (e.get().name().equals(base)) {
                return true;
            }
        }
        return false;
    }

    /** The first config setting that names the Redis URL, with its config component. */
    Optional<Map.Entry<Component, SettingSpec>> redisUrl() {
        for (Component c : backend(ComponentType.CONFIG)) {
            Optional<SettingSpec> url = c.settings().stream().filter(s -> s.name().matches(".*redis.*(url|dsn).*"))
                    .findFirst();
            if (url.isPresent()) {
                return Optional.of(Map.entry(c, url.get()));
            }
        }
        return Optional.empty();
    }
}
