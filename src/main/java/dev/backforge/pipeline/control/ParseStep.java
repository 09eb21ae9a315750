package dev.backforge.pipeline.control;

import dev.backforge.architecture.control.ArchitectureLimits;
import dev.backforge.architecture.control.InvalidArchitectureException;
import dev.backforge.architecture.entity.Architecture;
import dev.backforge.stacks.TargetStacks;

/**
 * Step parse: an artifact's bytes become a validated architecture, or every violation is reported at once. An
 * artifact stored after it passed is read back without checking it again.
 */
public final class ParseStep {

    private final TargetStacks stacks;
    private final ArchitectureLimits limits;

    public ParseStep(TargetStacks stacks, ArchitectureLimits limits) {
        this.stacks = stacks;
        this.limits = limits;
    }

    public Architecture validate(byte[] artifact) throws InvalidArchitectureException {
        return stacks.reader(limits).read(artifact);
    }

    /** An artifact this step validated before (a stored revision): read, not judged again. */
    public Architecture validated(byte[] artifact) {
        return stacks.reader(limits).readValidated(artifact);
    }
}
