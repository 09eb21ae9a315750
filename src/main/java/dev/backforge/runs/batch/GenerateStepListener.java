package dev.backforge.runs.batch;

import dev.backforge.runs.control.RunLifecycle;
import dev.backforge.runs.entity.ComponentResult;
import jakarta.batch.api.listener.AbstractStepListener;
import jakarta.batch.runtime.context.JobContext;
import jakarta.batch.runtime.context.StepContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/**
 * After the generate step: if any component failed, the step's exit status says so and the job stops there with
 * generate as its restart point, so that nothing incomplete is verified or published.
 */
@Dependent
@Named("GenerateStepListener")
public class GenerateStepListener extends AbstractStepListener {

    static final String COMPONENTS_FAILED = "COMPONENTS_FAILED";

    @Inject
    JobContext job;

    @Inject
    StepContext step;

    @Inject
    RunLifecycle lifecycle;

    @Override
    public void afterStep() throws Exception {
        if (step.getException() != null) {
            return;
        }
        String runId = RunIds.of(job);
        List<ComponentResult> failed = lifecycle.failures(runId);
        if (!failed.isEmpty()) {
            ComponentResult first = failed.get(0);
            lifecycle.cause(runId, failed.size() + " component(s) failed; first " + first.componentId() + ": "
                    + first.failure());
            step.setExitStatus(COMPONENTS_FAILED);
        }
    }
}
