package dev.backforge.runs.batch;

import dev.backforge.planning.entity.PlannedComponent;
import dev.backforge.runs.control.RunGeneration;
import jakarta.batch.api.chunk.AbstractItemReader;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/** Step order, reader: the planned components in generation order; the checkpoint is the next index. */
@Dependent
@Named("PlanItemReader")
public class PlanItemReader extends AbstractItemReader {

    @Inject
    JobContext job;

    @Inject
    RunGeneration runs;

    private List<PlannedComponent> planned;
    private int next;

    @Override
    public void open(Serializable checkpoint) {
        planned = runs.context(runs.run(RunIds.of(job))).plan().components();
        next = checkpoint == null ? 0 : (Integer) checkpoint;
    }

    @Override
    public Object readItem() {
        return next < planned.size() ? planned.get(next++) : null;
    }

    @Override
    public Serializable checkpointInfo() {
        return next;
    }
}
