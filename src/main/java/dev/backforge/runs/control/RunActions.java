package dev.backforge.runs.control;

import dev.backforge.cluster.control.InstanceStore;
import dev.backforge.cluster.control.Membership;
import dev.backforge.problems.ProblemException;
import dev.backforge.runs.entity.Run;
import dev.backforge.runs.entity.RunStatus;
import jakarta.batch.runtime.BatchStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Stop, restart and abandon, each only when the run's current execution allows it (409 otherwise). A restart is
 * claimed in the store first, so that it is issued once even when requests race.
 */
@ApplicationScoped
public class RunActions {

    private static final Logger LOG = Logger.getLogger(RunActions.class.getName());

    @Inject
    RunStore store;

    @Inject
    RunEnds ends;

    @Inject
    RunClaims claims;

    @Inject
    RunRegistration registration;

    @Inject
    Jobs jobs;

    @Inject
    Membership membership;

    @Inject
    InstanceStore instances;

    /** What may be done with a run now. */
    public List<String> allowed(Run run) {
        List<String> actions = new ArrayList<>();
        if (run.status() == RunStatus.QUEUED) {
            // waiting for an instance with room: it may be taken out of the queue
            actions.add("abandon");
            return actions;
        }
        BatchStatus status = batchStatus(run);
        if (status == null) {
            return actions;
        }
        switch (status) {
            case STARTING, STARTED -> actions.add("stop");
            case STOPPED, FAILED -> {
                actions.add("restart");
                actions.add("abandon");
            }
            default -> {
            }
        }
        return actions;
    }

    BatchStatus batchStatus(Run run) {
        if (run.currentExecutionId() == null) {
            return null;
        }
        BatchStatus status = jobs.find(run.currentExecutionId()).map(e -> e.getBatchStatus()).orElse(null);
        if (status == null) {
            return null;
        }
        // an execution the repository calls running that neither this server nor the live instance owning the run
        // runs is a crash leftover
        boolean stale = (status == BatchStatus.STARTING || status == BatchStatus.STARTED)
                && !jobs.running().contains(run.currentExecutionId()) && !runsElsewhere(run);
        return stale ? null : status;
    }

    private boolean runsElsewhere(Run run) {
        return run.owner() != null && !run.owner().equals(membership.id()) && instances.alive().contains(run.owner());
    }

    /** Stops the run here, or asks the instance executing it to (it stops what it owns that is STOPPING). */
    public Run stop(String runId) {
        Run run = find(runId);
        require(run, "stop");
        if (!runsElsewhere(run)) {
            jobs.stop(run.currentExecutionId());
        }
        store.status(runId, RunStatus.STOPPING);
        return find(runId);
    }

    public Run restart(String runId) {
        Run run = find(runId);
        require(run, "restart");
        long from = run.currentExecutionId();
        if (run.status() != RunStatus.FAILED && run.status() != RunStatus.STOPPED) {
            // the store has not caught up with the job's end yet: record it, then claim
            store.status(runId, RunStatus.of(jobs.execution(from).getBatchStatus()));
        }
        return restartFrom(runId, from);
    }

    /** Restarts from an execution known to be over; used by the API and by crash recovery. */
    public Run restartFrom(String runId, long fromExecution) {
        if (!store.claimRestart(runId, fromExecution, membership.id())) {
            throw ProblemException.conflict("run " + runId + " is already being restarted or is not restartable");
        }
        Run run = find(runId);
        try {
            long execution = jobs.restart(fromExecution, runId, run.options().itemCount());
            return registration.follow(runId, execution, membership.id());
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "restart of run " + runId + " failed", e);
            store.releaseClaim(runId, fromExecution, "restart failed: " + e.getMessage());
            throw ProblemException.conflict("run " + runId + " could not be restarted: " + e.getMessage());
        }
    }

    public Run abandon(String runId) {
        Run run = find(runId);
        require(run, "abandon");
        if (run.status() == RunStatus.QUEUED) {
            if (!claims.abandonQueued(runId)) {
                throw ProblemException.conflict("run " + runId + " has just been started by an instance; stop it");
            }
            ends.ended(runId);
            return find(runId);
        }
        jobs.abandon(run.currentExecutionId());
        store.ended(runId, RunStatus.ABANDONED, "ABANDONED", run.failureCause());
        ends.ended(runId);
        return find(runId);
    }

    private void require(Run run, String action) {
        List<String> allowed = allowed(run);
        if (!allowed.contains(action)) {
            throw ProblemException.conflict("cannot " + action + " run " + run.id() + " while it is "
                    + run.status() + (allowed.isEmpty() ? "" : "; allowed now: " + String.join(", ", allowed)));
        }
    }

    private Run find(String runId) {
        return store.find(runId).orElseThrow(() -> ProblemException.notFound("no run " + runId));
    }
}
