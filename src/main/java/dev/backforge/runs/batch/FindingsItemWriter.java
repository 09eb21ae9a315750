package dev.backforge.runs.batch;

import dev.backforge.runs.control.RunVerify;
import jakarta.batch.api.chunk.AbstractItemWriter;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/** Step verify, writer: hands each file's findings to the store. */
@Dependent
@Named("FindingsItemWriter")
public class FindingsItemWriter extends AbstractItemWriter {

    @Inject
    JobContext job;

    @Inject
    RunVerify verify;

    @Override
    public void writeItems(List<Object> items) {
        String runId = RunIds.of(job);
        for (Object item : items) {
            VerifiedFile v = (VerifiedFile) item;
            verify.record(runId, v.position(), v.findings());
        }
    }
}
