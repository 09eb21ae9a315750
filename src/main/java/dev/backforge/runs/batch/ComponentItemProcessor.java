package dev.backforge.runs.batch;

import dev.backforge.generation.control.GenerationException;
import dev.backforge.runs.control.RunGeneration;
import jakarta.batch.api.chunk.ItemProcessor;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** Step generate, processor: asks the core for one component's file and its verification. */
@Dependent
@Named("ComponentItemProcessor")
public class ComponentItemProcessor implements ItemProcessor {

    @Inject
    JobContext job;

    @Inject
    RunGeneration runs;

    @Override
    public Object processItem(Object item) throws GenerationException {
        int position = (Integer) item;
        return new GeneratedComponent(position, runs.generate(RunIds.of(job), position, job.getExecutionId()));
    }
}
