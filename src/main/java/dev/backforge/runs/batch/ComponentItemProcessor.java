package dev.backforge.runs.batch;

import dev.backforge.runs.control.RunGenerate;
import dev.backforge.runs.control.WorkUnit;
import jakarta.batch.api.chunk.ItemProcessor;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** Step generate, processor: asks the core for the unit's files and their verification. */
@Dependent
@Named("ComponentItemProcessor")
public class ComponentItemProcessor implements ItemProcessor {

    @Inject
    JobContext job;

    @Inject
    RunGenerate generate;

    @Override
    public Object processItem(Object item) {
        WorkUnit unit = (WorkUnit) item;
        return new GeneratedComponent(unit, generate.generate(RunIds.of(job), unit, job.getExecutionId()));
    }
}
