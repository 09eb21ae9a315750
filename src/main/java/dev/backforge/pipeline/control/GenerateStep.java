package dev.backforge.pipeline.control;

import dev.backforge.generation.control.GenerationContext;
import dev.backforge.generation.control.GenerationException;
import dev.backforge.output.entity.GeneratedFile;
import dev.backforge.planning.entity.PlannedComponent;
import dev.backforge.stacks.TargetStacks;

/** Step generate: one component's file from its stack's templates, at the component's own path. */
public final class GenerateStep {

    private final TargetStacks stacks;

    public GenerateStep(TargetStacks stacks) {
        this.stacks = stacks;
    }

    public GeneratedFile generate(GenerationContext context, PlannedComponent planned) throws GenerationException {
        GeneratedFile file = stacks.of(context.architecture()).templates().generate(context, planned);
        if (!file.path().equals(planned.component().filePath())) {
            throw new GenerationException(planned.id() + ": the generator wrote " + file.path()
                    + " instead of the component's own file_path " + planned.component().filePath());
        }
        return file;
    }
}
