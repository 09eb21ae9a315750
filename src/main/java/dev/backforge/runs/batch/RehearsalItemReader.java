package dev.backforge.runs.batch;

import dev.backforge.runs.control.Rehearsal;
import dev.backforge.runs.control.ServerWarmup;
import jakarta.batch.api.chunk.AbstractItemReader;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;

/** Job backforge-warmup, reader: the rehearsal's lines for as long as the job parameter {@code millis} says. */
@Dependent
@Named("RehearsalItemReader")
public class RehearsalItemReader extends AbstractItemReader {

    @Inject
    JobContext job;

    @Inject
    Rehearsal rehearsal;

    @Inject
    ServerWarmup warmup;

    private Rehearsal.Script script;

    @Override
    public void open(Serializable checkpoint) throws Exception {
        long millis = Long.parseLong(job.getProperties().getProperty("millis", "0"));
        script = rehearsal.script(warmup.example(), millis);
    }

    @Override
    public Object readItem() throws Exception {
        return script.next().orElse(null);
    }
}
