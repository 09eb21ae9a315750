package dev.backforge.runs.batch;

import dev.backforge.runs.control.Rehearsal;
import jakarta.batch.api.chunk.ItemProcessor;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** Job backforge-warmup, processor: a component generated and verified in memory. */
@Dependent
@Named("RehearsalItemProcessor")
public class RehearsalItemProcessor implements ItemProcessor {

    @Inject
    Rehearsal rehearsal;

    @Override
    public Object processItem(Object item) throws Exception {
        return rehearsal.perform((Rehearsal.Line) item);
    }
}
