package dev.backforge.runs.control;

import dev.backforge.cluster.control.InstanceStore;
import dev.backforge.cluster.control.Membership;
import dev.backforge.cluster.entity.ClusterTick;
import dev.backforge.cluster.entity.InstanceFenced;
import dev.backforge.output.control.AtomicFiles;
import dev.backforge.output.control.PublishedTree;
import dev.backforge.runs.entity.Run;
import dev.backforge.runs.entity.RunStatus;
import jakarta.annotation.Priority;
import jakarta.batch.runtime.BatchStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Takes over the runs of instances that are gone. On every heartbeat, each active run whose owner is not alive is
 * claimed by a conditional update on its owner and execution (one instance wins); the winner tidies the run's folder
 * and published tree, marks the dead execution FAILED in the job repository (otherwise restart is refused) and,
 * unless {@code backforge.recovery.auto-restart=false}, restarts it from its last checkpoint. A run whose owner is
 * alive is never touched, so an instance booting beside busy peers changes nothing.
 */
@ApplicationScoped
public class RunFailover {

    private static final Logger LOG = Logger.getLogger(RunFailover.class.getName());
    private static final Set<BatchStatus> LEFT_RUNNING = EnumSet.of(BatchStatus.STARTING, BatchStatus.STARTED,
            BatchStatus.STOPPING);
    /** An execution this old that no run follows was started by an instance that died before recording it. */
    private static final long ORPHAN_AGE_SECONDS = 120;

    @Inject
    RunStore store;

    @Inject
    RunEnds ends;

    @Inject
    RunClaims claims;

    @Inject
    Jobs jobs;

    @Inject
    JobRepositoryRepair repair;

    @Inject
    RunActions actions;

    @Inject
    RunDispatch dispatch;

    @Inject
    Workspace workspace;

    @Inject
    InstanceStore instances;

    @Inject
    Membership membership;

    @Inject
    @ConfigProperty(name = "backforge.recovery.auto-restart", defaultValue = "true")
    boolean autoRestart;

    private final Instant bootedAt = Instant.now();

    void onTick(@Observes @Priority(Interceptor.Priority.APPLICATION) ClusterTick tick) {
        Set<String> alive = instances.alive();
        List<Run> orphans = new ArrayList<>(claims.orphaned(alive));
        orphans.addAll(claims.ownedBy(null));
        for (Run run : orphans) {
            try {
                if (claims.takeOver(run.id(), run.owner(), run.currentExecutionId(), tick.instanceId())) {
                    LOG.warning(() -> "run " + run.id() + " was left by instance " + run.owner()
                            + ", which is gone; this instance takes it over");
                    tidyFolders(run);
                    recover(run);
                }
            } catch (RuntimeException | IOException e) {
                // one run the batch runtime will not show us (another application's tag) must not stop the rest
                LOG.log(Level.WARNING, "run " + run.id() + " was not taken over: " + e, e);
            }
        }
        try {
            endOrphanExecutions();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "could not look for executions left running", e);
        }
    }

    /** Declared gone while alive: what this JVM still executes under the old identity belongs to others now. */
    void onFenced(@Observes InstanceFenced fenced) {
        for (long execution : jobs.running()) {
            try {
                jobs.stop(execution);
            } catch (RuntimeException e) {
                LOG.fine(() -> "execution " + execution + " could not be stopped: " + e);
            }
        }
    }

    /** A run's folder and its workflow's published tree hold what was committed, no temporary file. */
    private void tidyFolders(Run run) throws IOException {
        AtomicFiles.sweep(workspace.runOutput(run.workflowId(), run.id()));
        new PublishedTree(workspace.published(run.workflowId())).recover();
    }

    private void recover(Run run) {
        List<Long> executions = store.executions(run.id());
        Long execution = run.currentExecutionId() != null ? run.currentExecutionId()
                : executions.isEmpty() ? null : executions.get(executions.size() - 1);
        if (execution == null) {
            // claimed but never started: the owner died between the two
            LOG.info(() -> "starting run " + run.id() + ", which was claimed but never started");
            dispatch.start(run);
            return;
        }
        if (jobs.running().contains(execution)) {
            // this JVM runs it under an identity it had before it was fenced
            return;
        }
        BatchStatus status = jobs.execution(execution).getBatchStatus();
        boolean restartPending = run.currentExecutionId() == null;
        if (LEFT_RUNNING.contains(status)) {
            LOG.warning(() -> "run " + run.id() + ": execution " + execution + " was left " + status
                    + " by an instance that is gone; marking it failed");
            repair.markFailed(execution);
        } else if (!restartPending) {
            // the job ended but the store missed it (the owner died in between): take the repository's word
            store.ended(run.id(), RunStatus.of(status), status.name(), run.failureCause());
            ends.ended(run.id());
            return;
        }
        store.releaseClaim(run.id(), execution, "the instance running it stopped (execution " + execution + ")");
        if (autoRestart && status != BatchStatus.STOPPING && run.status() != RunStatus.STOPPING) {
            try {
                Run restarted = actions.restartFrom(run.id(), execution);
                LOG.info(() -> "run " + run.id() + " restarted as execution " + restarted.currentExecutionId());
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "run " + run.id() + " could not be restarted", e);
            }
        }
    }

    /**
     * Executions a dead instance left running that no run follows (it died between starting one and recording it):
     * ended as FAILED, so none stays running forever. Only old enough ones: a live peer records its own at once.
     */
    private void endOrphanExecutions() {
        Instant before = membership.exclusiveStore() ? bootedAt : Instant.now().minusSeconds(ORPHAN_AGE_SECONDS);
        Set<Long> running = jobs.running();
        Set<Long> followed = claims.currentExecutions();
        for (long execution : repair.leftRunning(Jobs.JOB, before)) {
            if (!running.contains(execution) && !followed.contains(execution)) {
                LOG.info(() -> "execution " + execution + " was left running by an instance that stopped; "
                        + "marking it failed");
                repair.markFailed(execution);
            }
        }
    }
}
