package dev.backforge.runs.batch;

import dev.backforge.runs.control.RunVerify;
import dev.backforge.runs.entity.ComponentResult;
import jakarta.batch.api.chunk.AbstractItemReader;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/** Step verify, reader: the committed components' files; the checkpoint is the last verified plan position. */
@Dependent
@Named("FileItemReader")
public class FileItemReader extends AbstractItemReader {

    @Inject
    JobContext job;

    @Inject
    RunVerify verify;

    private List<ComponentResult> files;
    private int next;
    private int lastRead = -1;

    @Override
    public void open(Serializable checkpoint) {
        int after = checkpoint == null ? -1 : (Integer) checkpoint;
        files = verify.generated(RunIds.of(job)).stream().filter(r -> r.position() > after).toList();
        lastRead = after;
    }

    @Override
    public Object readItem() {
        if (next >= files.size()) {
            return null;
        }
        ComponentResult r = files.get(next++);
        lastRead = r.position();
        return r;
    }

    @Override
    public Serializable checkpointInfo() {
        return lastRead;
    }
}
