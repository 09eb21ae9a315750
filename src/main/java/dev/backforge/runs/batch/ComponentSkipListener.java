package dev.backforge.runs.batch;

import dev.backforge.runs.control.ModelWindow;
import dev.backforge.runs.control.RunGenerate;
import jakarta.batch.api.chunk.listener.SkipProcessListener;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * A component the generator could not produce is recorded as failed with its cause, in the chunk's transaction;
 * the others go on. The step then ends COMPONENTS_FAILED and a restart retries the failed ones.
 */
@Dependent
@Named("ComponentSkipListener")
public class ComponentSkipListener implements SkipProcessListener {

    @Inject
    JobContext job;

    @Inject
    RunGenerate generate;

    @Override
    public void onSkipProcessItem(Object item, Exception ex) {
        String cause = ex.getMessage() == null ? ex.toString() : ex.getMessage();
        for (int position : ((ModelWindow.Ready) item).unit().positions()) {
            generate.failed(RunIds.of(job), position, cause, job.getExecutionId());
        }
    }
}
