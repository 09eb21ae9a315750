package dev.backforge.runs.batch;

import dev.backforge.runs.control.RunLifecycle;
import jakarta.batch.api.listener.AbstractStepListener;
import jakarta.batch.runtime.context.JobContext;
import jakarta.batch.runtime.context.StepContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * Tells the run that a step starts, and records why a step failed, in words for the console: the exception's
 * message, not its stack trace.
 */
@Dependent
@Named("StepListener")
public class StepListener extends AbstractStepListener {

    @Inject
    JobContext job;

    @Inject
    StepContext step;

    @Inject
    RunLifecycle lifecycle;

    @Override
    public void beforeStep() {
        lifecycle.stepStarted(RunIds.of(job), step.getStepName());
    }

    @Override
    public void afterStep() {
        Exception e = step.getException();
        if (e != null) {
            Throwable root = e;
            while (root.getCause() != null && root.getCause() != root) {
                root = root.getCause();
            }
            String message = root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
            lifecycle.cause(RunIds.of(job), "step " + step.getStepName() + " failed: " + message);
        }
    }
}
