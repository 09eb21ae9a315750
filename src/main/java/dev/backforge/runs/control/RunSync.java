package dev.backforge.runs.control;

import dev.backforge.runs.entity.Run;
import dev.backforge.runs.entity.RunStatus;
import jakarta.annotation.Resource;
import jakarta.batch.runtime.BatchStatus;
import jakarta.batch.runtime.JobExecution;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.EnumSet;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Brings a run's stored status in line with its current execution. The batch runtime sets an execution's final
 * status only after the job listeners have run, so the end of a job is recorded from the repository once it says
 * so: polled from just after the job ends, and checked again whenever an active run is read.
 */
@ApplicationScoped
public class RunSync {

    private static final Logger LOG = Logger.getLogger(RunSync.class.getName());
    private static final long MAX_DELAY_MILLIS = 250;
    private static final Set<BatchStatus> FINAL = EnumSet.of(BatchStatus.COMPLETED, BatchStatus.FAILED,
            BatchStatus.STOPPED, BatchStatus.ABANDONED);

    @Inject
    RunStore store;

    @Inject
    Jobs jobs;

    @Inject
    RunDispatch dispatch;

    @Inject
    RunEnds ends;

    @Resource
    ManagedScheduledExecutorService scheduler;

    /** The run, with its status updated if its execution has ended since it was stored. */
    public Run sync(Run run) {
        if (!run.status().isActive() || run.currentExecutionId() == null) {
            return run;
        }
        JobExecution execution = jobs.find(run.currentExecutionId()).orElse(null);
        if (execution == null) {
            return run;
        }
        BatchStatus status = execution.getBatchStatus();
        if (FINAL.contains(status)) {
            // conditional: a restart may have replaced the current execution since the run was read
            ended(run.id(), run.currentExecutionId(), status, execution.getExitStatus());
            return store.get(run.id());
        }
        if (status == BatchStatus.STARTED && run.status() == RunStatus.STARTING) {
            store.executionStarted(run.id());
            return store.get(run.id());
        }
        return run;
    }

    /** Called as a job ends: records its final status once the repository has it. */
    public void whenEnded(String runId, long executionId) {
        poll(runId, executionId, 0);
    }

    /** Records the execution's end (conditional: a restart may have replaced it) and tells whoever waits for it. */
    private void ended(String runId, long executionId, BatchStatus status, String exitStatus) {
        if (store.executionEnded(runId, executionId, RunStatus.of(status), exitStatus)) {
            ends.ended(runId);
        }
    }

    /**
     * The runtime writes the final status right after the listeners return, so the first look comes soon and the
     * later ones back off: a run's end is recorded, and a queued run dispatched, within milliseconds, not a quarter
     * second later.
     */
    static long delayMillis(int attempt) {
        return Math.min(MAX_DELAY_MILLIS, 10L << Math.min(attempt, 5));
    }

    private void poll(String runId, long executionId, int attempt) {
        scheduler.schedule((Runnable) () -> {
            try {
                BatchStatus status = jobs.find(executionId).map(JobExecution::getBatchStatus).orElse(null);
                if (status == null) {
                    return;
                }
                if (FINAL.contains(status)) {
                    ended(runId, executionId, status, jobs.execution(executionId).getExitStatus());
                    // the run's end frees room on this instance for a queued one
                    dispatch.dispatch();
                } else if (attempt < 240) {
                    poll(runId, executionId, attempt + 1);
                }
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "could not record the end of run " + runId, e);
            }
        }, delayMillis(attempt), TimeUnit.MILLISECONDS);
    }
}
