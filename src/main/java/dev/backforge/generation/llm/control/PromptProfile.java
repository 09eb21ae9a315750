package dev.backforge.generation.llm.control;

import dev.backforge.architecture.entity.Component;
import dev.backforge.generation.control.GenerationContext;
import java.util.List;

/** What a prompt says that depends on the target stack: the instructions, the code's language, interfaces. */
public interface PromptProfile {

    /** The system instructions: the stack's rules for every file, and the answer's JSON shape. */
    String system();

    /** The language name of the code fences ({@code python}). */
    String language();

    /** What a component offers to the components that use it, as declarations without bodies. */
    String sketch(GenerationContext context, Component component);

    /** The constructor a class component gets ({@code name: Type}), which every generator of the stack keeps. */
    List<String> constructorParameters(GenerationContext context, Component component);
}
