package dev.backforge.runs.control;

import dev.backforge.runs.entity.ArchitectureRevision;
import dev.backforge.runs.entity.Run;
import dev.backforge.runs.entity.RunOptions;
import dev.backforge.runs.entity.RunStatus;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.Optional;

/** The transactions around a launch: everything is stored and committed before the job may look for it. */
@Stateless
public class RunRegistration {

    @Inject
    RunStore store;

    public Run register(String workflowId, String architectureId, String hash, String content, String conventions,
                        String research, RunOptions options, String runId, String trigger) {
        store.workflow(workflowId);
        ArchitectureRevision revision = store.revision(workflowId, architectureId, hash, content, conventions,
                research);
        Run run = new Run(runId, workflowId, revision.id(), architectureId, options, trigger, RunStore.now());
        store.create(run);
        return run;
    }

    /** Records the workflow's architecture without a run: the next scheduled run takes it. */
    public ArchitectureRevision revise(String workflowId, String architectureId, String hash, String content,
                                       String conventions, String research) {
        store.workflow(workflowId);
        return store.revision(workflowId, architectureId, hash, content, conventions, research);
    }

    public Optional<ArchitectureRevision> latestRevision(String workflowId) {
        return store.latestRevision(workflowId);
    }

    public Run registerFor(ArchitectureRevision revision, RunOptions options, String runId, String trigger) {
        Run run = new Run(runId, revision.workflowId(), revision.id(), revision.architectureId(), options, trigger,
                RunStore.now());
        store.create(run);
        return run;
    }

    public Run follow(String runId, long executionId, String instanceId) {
        store.follow(runId, executionId, instanceId);
        return store.get(runId);
    }

    public void failed(String runId, String cause) {
        store.ended(runId, RunStatus.FAILED, "FAILED", cause);
    }
}
