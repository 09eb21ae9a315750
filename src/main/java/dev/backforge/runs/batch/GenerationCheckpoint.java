package dev.backforge.runs.batch;

import java.io.Serializable;

/**
 * The generate step's checkpoint: the plan position of the last committed component. It is committed in the same
 * transaction as that component's result, so the two never disagree after a crash.
 */
public final class GenerationCheckpoint implements Serializable {

    private static final long serialVersionUID = 1L;

    private final int lastCommittedPosition;
    private final int committed;

    public GenerationCheckpoint(int lastCommittedPosition, int committed) {
        this.lastCommittedPosition = lastCommittedPosition;
        this.committed = committed;
    }

    public int lastCommittedPosition() {
        return lastCommittedPosition;
    }

    /** Components committed by this step so far, over all its executions. */
    public int committed() {
        return committed;
    }

    @Override
    public String toString() {
        return "GenerationCheckpoint[position=" + lastCommittedPosition + ", committed=" + committed + "]";
    }
}
