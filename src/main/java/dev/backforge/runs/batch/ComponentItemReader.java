package dev.backforge.runs.batch;

import dev.backforge.runs.control.ModelWindow;
import dev.backforge.runs.control.RunGenerate;
import jakarta.batch.api.chunk.AbstractItemReader;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;

/**
 * Step generate, reader: work units over the plan positions not yet committed, in the order they become ready (model
 * units run ahead in the window). Committed results are the source of truth (they commit with the checkpoint), so a
 * restart after a crash never generates a committed component again and forms the same units (and so the same
 * prompts) for the rest as before.
 */
@Dependent
@Named("ComponentItemReader")
public class ComponentItemReader extends AbstractItemReader {

    @Inject
    JobContext job;

    @Inject
    RunGenerate generate;

    private ModelWindow window;
    private int read;
    private int lastRead = -1;
    private int committedBefore;

    @Override
    public void open(Serializable checkpoint) throws Exception {
        window = generate.window(RunIds.of(job), job.getExecutionId());
        committedBefore = checkpoint instanceof GenerationCheckpoint c ? c.committed() : 0;
        read = 0;
    }

    @Override
    public Object readItem() {
        ModelWindow.Ready ready = window.next().orElse(null);
        if (ready != null) {
            read++;
            lastRead = ready.unit().last();
        }
        return ready;
    }

    @Override
    public void close() {
        if (window != null) {
            window.close();
        }
    }

    @Override
    public Serializable checkpointInfo() {
        return new GenerationCheckpoint(lastRead, committedBefore + read);
    }
}
