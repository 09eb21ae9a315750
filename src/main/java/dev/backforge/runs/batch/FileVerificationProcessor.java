package dev.backforge.runs.batch;

import dev.backforge.runs.control.RunVerify;
import dev.backforge.runs.control.VerifyAhead;
import jakarta.batch.api.chunk.ItemProcessor;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** Step verify, processor: a file's findings on its bytes as written (the reader had them verified ahead). */
@Dependent
@Named("FileVerificationProcessor")
public class FileVerificationProcessor implements ItemProcessor {

    @Inject
    JobContext job;

    @Inject
    RunVerify verify;

    @Override
    public Object processItem(Object item) {
        VerifyAhead.Verified file = (VerifyAhead.Verified) item;
        return new VerifiedFile(file.position(), verify.taken(RunIds.of(job), file));
    }
}
