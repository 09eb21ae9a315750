package dev.backforge.runs.batch;

import dev.backforge.planning.entity.PlannedComponent;
import dev.backforge.runs.control.RunPlanning;
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
    RunPlanning planning;

    private List<PlannedComponent> planned;
    private int next;

    @Override
    public void open(Serializable checkpoint) {
        planned = planning.plan(RunIds.of(job));
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
