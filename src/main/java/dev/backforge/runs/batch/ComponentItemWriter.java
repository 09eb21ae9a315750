package dev.backforge.runs.batch;

import dev.backforge.runs.control.RunGenerate;
import jakarta.batch.api.chunk.AbstractItemWriter;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/** Step generate, writer: hands each unit's files and failures on to be written and recorded. */
@Dependent
@Named("ComponentItemWriter")
public class ComponentItemWriter extends AbstractItemWriter {

    @Inject
    JobContext job;

    @Inject
    RunGenerate generate;

    @Override
    public void writeItems(List<Object> items) throws Exception {
        String runId = RunIds.of(job);
        for (Object item : items) {
            generate.commit(runId, ((GeneratedComponent) item).outcome(), job.getExecutionId());
        }
    }
}
