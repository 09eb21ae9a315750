package dev.backforge.generation.control;

import dev.backforge.architecture.control.Symbols;
import dev.backforge.architecture.entity.Architecture;
import dev.backforge.architecture.entity.Component;
import dev.backforge.planning.entity.Plan;
import java.util.List;
import java.util.Optional;

/**
 * What a generator may know while it writes one component: the whole validated architecture, its names, the plan,
 * and the run's optional conventions and research.
 */
public record GenerationContext(Architecture architecture, Symbols symbols, Plan plan, String conventions,
                                List<ResearchPattern> research) {

    public GenerationContext {
        research = research == null ? List.of() : List.copyOf(research);
    }

    public static GenerationContext of(Architecture architecture, Plan plan) {
        return new GenerationContext(architecture, new Symbols(architecture), plan, null, List.of());
    }

    public Optional<Component> component(String id) {
        return architecture.component(id);
    }

    /** The backend components {@code c} declares it uses, in declared order. */
    public List<Component> dependencies(Component c) {
        return c.dependencies().internal().stream().distinct()
                .map(architecture::component).flatMap(Optional::stream)
                .filter(Component::isBackend).toList();
    }

    /** Research patterns that apply to a component, by its type or its id. */
    public List<ResearchPattern> researchFor(Component c) {
        return research.stream().filter(p -> p.appliesTo().contains(c.type()) || p.appliesTo().contains(c.id()))
                .toList();
    }
}
