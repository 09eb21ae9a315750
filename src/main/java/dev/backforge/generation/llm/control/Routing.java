package dev.backforge.generation.llm.control;

import dev.backforge.architecture.entity.ComponentType;
import java.util.EnumSet;
import java.util.Set;

/**
 * Which generator writes which component type. {@code template}: all by templates. {@code llm}: all by the model.
 * {@code hybrid} (the default with a model): templates for the types they determine completely; the model for
 * services, utilities and api modules, and only where the template's draft still has stubs.
 */
public record Routing(String mode, Set<ComponentType> llmTypes) {

    public static final Set<ComponentType> HYBRID_DEFAULT = EnumSet.of(ComponentType.SERVICE, ComponentType.UTILITY,
            ComponentType.API);

    public static Routing of(String mode) {
        return switch (mode) {
            case "llm" -> new Routing(mode, EnumSet.allOf(ComponentType.class));
            case "hybrid" -> new Routing(mode, HYBRID_DEFAULT);
            default -> new Routing("template", EnumSet.noneOf(ComponentType.class));
        };
    }

    public boolean usesModel() {
        return !llmTypes.isEmpty();
    }

    public boolean byModel(ComponentType type) {
        return llmTypes.contains(type);
    }

    /** In hybrid mode the model completes drafts; in llm mode it writes from the specification alone. */
    public boolean withDrafts() {
        return mode.equals("hybrid");
    }
}
