package dev.backforge.runs.control;

import dev.backforge.output.control.AtomicFiles;
import dev.backforge.output.control.PublishedTree;
import dev.backforge.runs.entity.Run;
import dev.backforge.runs.entity.RunStatus;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.batch.runtime.BatchStatus;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.inject.Inject;
import java.io.IOException;
import java.util.Date;
import java.util.EnumSet;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * At boot, finds runs whose execution a dead server left STARTING/STARTED/STOPPING, marks them failed (in the job
 * repository and in the store) and, unless turned off, restarts them: they resume at the last committed component.
 * Runs a few seconds after deployment, when the batch runtime is ready to take restarts.
 */
@Singleton
@Startup
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class CrashRecovery {

    private static final Logger LOG = Logger.getLogger(CrashRecovery.class.getName());
    private static final Set<BatchStatus> LEFT_RUNNING = EnumSet.of(BatchStatus.STARTING, BatchStatus.STARTED,
            BatchStatus.STOPPING);

    @Inject
    RunStore store;

    @Inject
    Jobs jobs;

    @Inject
    JobRepositoryRepair repair;

    @Inject
    RunActions actions;

    @Inject
    RunLauncher launcher;

    @Inject
    Workspace workspace;

    /** Off on every server but one when several share a store: recovery cannot yet tell a peer's run from a dead one. */
    @Inject
    @ConfigProperty(name = "backforge.recovery.enabled", defaultValue = "true")
    boolean enabled;

    @Inject
    @ConfigProperty(name = "backforge.recovery.auto-restart", defaultValue = "true")
    boolean autoRestart;

    @Inject
    @ConfigProperty(name = "backforge.recovery.delay-seconds", defaultValue = "3")
    int delaySeconds;

    @Resource
    ManagedScheduledExecutorService scheduler;

    /** Executions created after this moment belong to this server, whatever the repository says. */
    private Date bootedAt;

    @PostConstruct
    void schedule() {
        bootedAt = new Date();
        if (!enabled) {
            LOG.info("crash recovery is off (backforge.recovery.enabled=false)");
            return;
        }
        scheduler.schedule((Runnable) this::recover, delaySeconds, TimeUnit.SECONDS);
    }

    void recover() {
        try {
            Set<Long> running = jobs.running();
            for (Run run : store.active()) {
                try {
                    tidyFolders(run);
                    recover(run, running);
                } catch (RuntimeException | IOException e) {
                    // one run the batch runtime will not show us (another application's tag) must not stop the rest
                    LOG.log(Level.WARNING, "run " + run.id() + " was not recovered: " + e, e);
                }
            }
            endOrphans(jobs.running());
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, "crash recovery failed", e);
        }
    }

    /** A run's folder and its workflow's published tree hold what was committed, no temporary file. */
    private void tidyFolders(Run run) throws IOException {
        if (run.createdAt().toInstant().isBefore(bootedAt.toInstant())) {
            AtomicFiles.sweep(workspace.runOutput(run.workflowId(), run.id()));
            new PublishedTree(workspace.published(run.workflowId())).recover();
        }
    }

    /**
     * Executions a dead server left running that no run follows any more (the server died between starting one and
     * recording it, or between a restart and its record): ended as FAILED, so none stays running forever.
     */
    private void endOrphans(Set<Long> running) {
        for (long execution : repair.leftRunning(Jobs.JOB, bootedAt.toInstant())) {
            if (!running.contains(execution)) {
                LOG.info(() -> "execution " + execution
                        + " was left running by a server that stopped; marking it failed");
                repair.markFailed(execution);
            }
        }
    }

    private void recover(Run run, Set<Long> running) {
        Long execution = run.currentExecutionId();
        if (!run.createdAt().toInstant().isBefore(bootedAt.toInstant())) {
            // launched on this server: its launcher is starting it, or has
            return;
        }
        if (execution == null) {
            // stored but never started: the server died between the two
            LOG.info(() -> "starting run " + run.id() + ", which was stored but never started");
            launcher.start(run);
            return;
        }
        var jobExecution = jobs.execution(execution);
        BatchStatus status = jobExecution.getBatchStatus();
        if (running.contains(execution) || !jobExecution.getCreateTime().before(bootedAt)) {
            return;
        }
        if (!LEFT_RUNNING.contains(status)) {
            // the job ended but the store missed it (the server died in between): take the repository's word
            store.ended(run.id(), RunStatus.of(status), status.name(), run.failureCause());
            return;
        }
        LOG.warning(() -> "run " + run.id() + ": execution " + execution + " was left " + status
                + " by a server that stopped; marking it failed");
        repair.markFailed(execution);
        store.ended(run.id(), RunStatus.FAILED, "FAILED", "the server stopped during the run (execution "
                + execution + ")");
        if (autoRestart && status != BatchStatus.STOPPING) {
            try {
                Run restarted = actions.restartFrom(run.id(), execution);
                LOG.info(() -> "run " + run.id() + " restarted as execution " + restarted.currentExecutionId());
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "run " + run.id() + " could not be restarted", e);
            }
        }
    }
}
