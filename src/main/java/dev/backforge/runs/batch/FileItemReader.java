package dev.backforge.runs.batch;

import dev.backforge.runs.control.RunVerify;
import dev.backforge.runs.control.VerifyAhead;
import jakarta.batch.api.chunk.AbstractItemReader;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;

/**
 * Step verify, reader: the committed components' files, verified ahead in plan order; the checkpoint is the last
 * plan position handed out.
 */
@Dependent
@Named("FileItemReader")
public class FileItemReader extends AbstractItemReader {

    @Inject
    JobContext job;

    @Inject
    RunVerify verify;

    private VerifyAhead files;
    private int lastRead = -1;

    @Override
    public void open(Serializable checkpoint) {
        lastRead = checkpoint == null ? -1 : (Integer) checkpoint;
        files = verify.ahead(RunIds.of(job), lastRead);
    }

    @Override
    public Object readItem() {
        VerifyAhead.Verified file = files.next().orElse(null);
        if (file != null) {
            lastRead = file.position();
        }
        return file;
    }

    @Override
    public void close() {
        if (files != null) {
            files.close();
        }
    }

    @Override
    public Serializable checkpointInfo() {
        return lastRead;
    }
}
