package dev.backforge.generation.control;

import dev.backforge.architecture.control.Symbols;
import dev.backforge.architecture.entity.Architecture;
import dev.backforge.architecture.entity.Component;
import dev.backforge.planning.entity.Plan;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What a generator may know while it writes one component: the whole validated architecture, its names, the plan,
 * and the run's optional conventions and research. Lookups by id are indexed: a large artifact asks them often.
 */
public final class GenerationContext {

    private final Architecture architecture;
    private final Symbols symbols;
    private final Plan plan;
    private final String conventions;
    private final List<ResearchPattern> research;
    private final Map<String, Component> byId = new HashMap<>();

    public GenerationContext(Architecture architecture, Symbols symbols, Plan plan, String conventions,
            List<ResearchPattern> research) {
        this.architecture = architecture;
        this.symbols = symbols;
        this.plan = plan;
        this.conventions = conventions;
        this.research = research == null ? List.of() : List.copyOf(research);
        architecture.components().forEach(c -> byId.putIfAbsent(c.id(), c));
    }

    public static GenerationContext of(Architecture architecture, Plan plan) {
        return new GenerationContext(architecture, new Symbols(architecture), plan, null, List.of());
    }

    public Architecture architecture() {
        return architecture;
    }

    public Symbols symbols() {
        return symbols;
    }

    public Plan plan() {
        return plan;
    }

    public String conventions() {
        return conventions;
    }

    public List<ResearchPattern> research() {
        return research;
    }

    public Optional<Component> component(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    /** The backend components {@code c} declares it uses, in declared order. */
    public List<Component> dependencies(Component c) {
        return c.dependencies().internal().stream().distinct()
                .map(byId::get).filter(d -> d != null && d.isBackend()).toList();
    }

    /** Research patterns that apply to a component, by its type or its id. */
    public List<ResearchPattern> researchFor(Component c) {
        return research.stream().filter(p -> p.appliesTo().contains(c.type()) || p.appliesTo().contains(c.id()))
                .toList();
    }
}
