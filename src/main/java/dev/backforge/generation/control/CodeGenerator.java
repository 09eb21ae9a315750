package dev.backforge.generation.control;

import dev.backforge.output.entity.GeneratedFile;
import dev.backforge.planning.entity.PlannedComponent;

/**
 * Writes the file of one component. Implementations: the deterministic template generator and the LLM generator;
 * both are held to the same verifier.
 */
public interface CodeGenerator {

    String name();

    String version();

    GeneratedFile generate(GenerationContext context, PlannedComponent component) throws GenerationException;
}
