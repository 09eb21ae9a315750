package dev.backforge.runs.control;

import dev.backforge.runs.entity.ComponentResult;
import dev.backforge.runs.entity.ComponentState;
import dev.backforge.runs.entity.Run;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.util.List;

/** What the job's listeners tell a run: the job started or ended, a step started, why a step failed. */
@ApplicationScoped
public class RunLifecycle {

    @Inject
    RunStore store;

    @Inject
    RunSync sync;

    @Inject
    Event<RunProgress> progress;

    public Run run(String runId) {
        return store.get(runId);
    }

    public void jobStarted(String runId) {
        store.executionStarted(runId);
    }

    public void jobEnded(String runId, long executionId) {
        sync.whenEnded(runId, executionId);
    }

    public void stepStarted(String runId, String step) {
        progress.fire(new RunProgress(runId, RunProgress.Stage.STEP_STARTED, step));
    }

    /** Why the run failed, in words for the console. */
    public void cause(String runId, String cause) {
        store.failureCause(runId, cause);
    }

    /** Components of the run that could not be generated, with their causes. */
    public List<ComponentResult> failures(String runId) {
        return store.results(runId).stream().filter(r -> r.state() == ComponentState.FAILED).toList();
    }
}
