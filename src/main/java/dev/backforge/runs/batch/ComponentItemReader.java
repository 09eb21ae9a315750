package dev.backforge.runs.batch;

import dev.backforge.runs.control.RunGenerate;
import dev.backforge.runs.control.WorkUnit;
import jakarta.batch.api.chunk.AbstractItemReader;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/**
 * Step generate, reader: work units over the plan positions not yet committed. Committed results are the source of
 * truth (they commit with the checkpoint), so a restart after a crash resumes right after the last committed unit,
 * never generates a committed component again, and forms the same units (and so the same prompts) as before.
 */
@Dependent
@Named("ComponentItemReader")
public class ComponentItemReader extends AbstractItemReader {

    @Inject
    JobContext job;

    @Inject
    RunGenerate generate;

    private List<WorkUnit> units;
    private int next;
    private int lastRead = -1;
    private int committedBefore;

    @Override
    public void open(Serializable checkpoint) throws Exception {
        units = generate.units(RunIds.of(job));
        committedBefore = checkpoint instanceof GenerationCheckpoint c ? c.committed() : 0;
        next = 0;
    }

    @Override
    public Object readItem() {
        if (next >= units.size()) {
            return null;
        }
        WorkUnit unit = units.get(next++);
        lastRead = unit.last();
        return unit;
    }

    @Override
    public Serializable checkpointInfo() {
        return new GenerationCheckpoint(lastRead, committedBefore + next);
    }
}
