package dev.backforge.runs.batch;

import dev.backforge.runs.control.RunLifecycle;
import jakarta.batch.api.Decider;
import jakarta.batch.runtime.StepExecution;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** After order: a run with nothing changed since the run before ends here, as NO_CHANGES, having written nothing. */
@Dependent
@Named("ChangesDecider")
public class ChangesDecider implements Decider {

    static final String NO_CHANGES = "NO_CHANGES";

    @Inject
    JobContext job;

    @Inject
    RunLifecycle lifecycle;

    @Override
    public String decide(StepExecution[] executions) {
        return lifecycle.run(RunIds.of(job)).sameAs() != null ? NO_CHANGES : "CHANGED";
    }
}
