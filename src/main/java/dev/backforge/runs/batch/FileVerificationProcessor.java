package dev.backforge.runs.batch;

import dev.backforge.runs.control.RunVerify;
import dev.backforge.runs.entity.ComponentResult;
import jakarta.batch.api.chunk.ItemProcessor;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** Step verify, processor: runs the verifier on the file as written. */
@Dependent
@Named("FileVerificationProcessor")
public class FileVerificationProcessor implements ItemProcessor {

    @Inject
    JobContext job;

    @Inject
    RunVerify verify;

    @Override
    public Object processItem(Object item) {
        ComponentResult r = (ComponentResult) item;
        return new VerifiedFile(r.position(), verify.verify(RunIds.of(job), r));
    }
}
