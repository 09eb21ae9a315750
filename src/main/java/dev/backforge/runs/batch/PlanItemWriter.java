package dev.backforge.runs.batch;

import dev.backforge.planning.entity.PlannedComponent;
import dev.backforge.runs.control.RunPlanning;
import jakarta.batch.api.chunk.AbstractItemWriter;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/** Step order, writer: hands the planned components to the store as pending results. */
@Dependent
@Named("PlanItemWriter")
public class PlanItemWriter extends AbstractItemWriter {

    @Inject
    JobContext job;

    @Inject
    RunPlanning planning;

    @Override
    public void writeItems(List<Object> items) {
        String runId = RunIds.of(job);
        planning.store(runId, items.stream().map(PlannedComponent.class::cast).toList());
    }
}
