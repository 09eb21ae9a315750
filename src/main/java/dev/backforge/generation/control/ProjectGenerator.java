package dev.backforge.generation.control;

import dev.backforge.output.entity.GeneratedFile;
import java.util.List;

/**
 * Writes what turns a stack's component files into a project that installs, migrates, starts and tests: build
 * files, settings templates, migrations, the infrastructure the artifact leaves out, a test suite. Deterministic.
 */
public interface ProjectGenerator {

    /** @param components the components' files, in plan order */
    List<GeneratedFile> files(GenerationContext context, List<GeneratedFile> components);
}
