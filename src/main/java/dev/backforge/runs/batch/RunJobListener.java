package dev.backforge.runs.batch;

import dev.backforge.runs.control.RunGeneration;
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
    RunGeneration runs;

    @Override
    public void beforeJob() {
        runs.jobStarted(RunIds.of(job));
    }

    @Override
    public void afterJob() {
        runs.jobEnded(RunIds.of(job), job.getExecutionId());
    }
}
