package dev.backforge.runs.batch;

import dev.backforge.runs.control.RunLifecycle;
import jakarta.batch.api.listener.AbstractJobListener;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** Keeps the run's status in the store in step with its execution, for listing and filtering. */
@Dependent
@Named("RunJobListener")
public class RunJobListener extends AbstractJobListener {

    @Inject
    JobContext job;

    @Inject
    RunLifecycle lifecycle;

    @Override
    public void beforeJob() {
        lifecycle.jobStarted(RunIds.of(job));
    }

    @Override
    public void afterJob() {
        lifecycle.jobEnded(RunIds.of(job), job.getExecutionId());
    }
}
