package dev.backforge.runs.batch;

import dev.backforge.runs.control.RunVerify;
import dev.backforge.verification.entity.Finding;
import jakarta.batch.api.chunk.AbstractItemWriter;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

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
        Map<Integer, List<Finding>> files = new LinkedHashMap<>();
        for (Object item : items) {
            VerifiedFile v = (VerifiedFile) item;
            files.put(v.position(), v.findings());
        }
        verify.record(RunIds.of(job), files);
    }
}
