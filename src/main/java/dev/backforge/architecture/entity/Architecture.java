package dev.backforge.architecture.entity;

import java.util.List;
import java.util.Optional;

/** An architecture artifact, version 1 (docs/architecture-artifact.md), as validated and parsed. */
public record Architecture(
                           String architectureId,
                           String name,
                           String description,
                           String version,
                           Stack stack,
                           String packageRoot,
                           List<Component> components) {

    public Architecture {
        stack = stack == null ? Stack.DEFAULT : stack;
        components = Lists.of(components);
    }

    /** The components Backforge generates: those assigned to the backend. */
    public List<Component> backendComponents() {
        return components.stream().filter(Component::isBackend).toList();
    }

    public Optional<Component> component(String id) {
        return components.stream().filter(c -> c.id().equals(id)).findFirst();
    }
}
