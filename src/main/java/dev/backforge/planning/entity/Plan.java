package dev.backforge.planning.entity;

import java.util.List;

/** The backend components in the order they are generated, each with its dependency level. */
public record Plan(List<PlannedComponent> components) {

    public Plan {
        components = List.copyOf(components);
    }

    public int size() {
        return components.size();
    }

    public PlannedComponent get(int position) {
        return components.get(position);
    }

    public int levels() {
        return components.stream().mapToInt(PlannedComponent::level).max().orElse(0);
    }
}
