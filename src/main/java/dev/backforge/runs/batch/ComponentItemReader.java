package dev.backforge.runs.batch;

import dev.backforge.runs.control.RunGeneration;
import jakarta.batch.api.chunk.AbstractItemReader;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/**
 * Step generate, reader: the plan positions not yet committed, in order. Committed results are the source of truth
 * (they commit with the checkpoint), so a restart after a crash resumes right after the last committed component
 * and never generates a committed one again.
 */
@Dependent
@Named("ComponentItemReader")
public class ComponentItemReader extends AbstractItemReader {

    @Inject
    JobContext job;

    @Inject
    RunGeneration runs;

    private List<Integer> positions;
    private int next;
    private int lastRead = -1;
    private int committedBefore;

    @Override
    public void open(Serializable checkpoint) {
        positions = runs.toGenerate(RunIds.of(job));
        committedBefore = checkpoint instanceof GenerationCheckpoint c ? c.committed() : 0;
        next = 0;
    }

    @Override
    public Object readItem() {
        if (next >= positions.size()) {
            return null;
        }
        lastRead = positions.get(next++);
        return lastRead;
    }

    @Override
    public Serializable checkpointInfo() {
        return new GenerationCheckpoint(lastRead, committedBefore + next);
    }
}
