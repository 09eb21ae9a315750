package dev.backforge.runs.batch;

import dev.backforge.output.entity.ComponentOutcome;
import dev.backforge.runs.control.Rehearsal;
import jakarta.batch.api.chunk.AbstractItemWriter;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/** Job backforge-warmup, writer: a commit's statements in the chunk's transaction, undone there. */
@Dependent
@Named("RehearsalItemWriter")
public class RehearsalItemWriter extends AbstractItemWriter {

    @Inject
    Rehearsal rehearsal;

    @Override
    public void writeItems(List<Object> items) {
        items.forEach(item -> rehearsal.record((ComponentOutcome) item));
    }
}
