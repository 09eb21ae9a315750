package dev.backforge.runs.control;

import dev.backforge.kernel.StoreTime;
import dev.backforge.runs.entity.ArchitectureRevision;
import dev.backforge.runs.entity.ComponentResult;
import dev.backforge.runs.entity.GeneratedRecord;
import dev.backforge.runs.entity.GenerationAttempt;
import dev.backforge.runs.entity.Run;
import dev.backforge.runs.entity.RunExecution;
import dev.backforge.runs.entity.RunStatus;
import dev.backforge.runs.entity.Workflow;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The JPA store of workflows, revisions, runs and component results. Methods join the caller's transaction (a
 * chunk's, when a batch artifact calls), except where a write must outlive a rollback.
 */
@Stateless
public class RunStore {

    @PersistenceContext(unitName = "backforge")
    EntityManager em;

    /** Now, to the microsecond the store keeps: a time answered before and after a read back is the same. */
    static OffsetDateTime now() {
        return StoreTime.now();
    }

    public Workflow workflow(String id) {
        Workflow w = em.find(Workflow.class, id);
        if (w == null) {
            w = new Workflow(id, now());
            em.persist(w);
        }
        return w;
    }

    /** The revision with this content hash, or a new one: resubmitting an artifact does not duplicate it. */
    /**
     * The workflow's revision with these inputs: its latest one if that has them, else a new one, so that the latest
     * revision is always the architecture last sent (a workflow moved back to an earlier artifact included).
     */
    public ArchitectureRevision revision(String workflowId, String architectureId, String hash, String content,
                                         String conventions, String research) {
        Optional<ArchitectureRevision> latest = latestRevision(workflowId);
        boolean sameInputs = latest.isPresent() && latest.get().contentHash().equals(hash)
                && Objects.equals(latest.get().conventions(), conventions)
                && Objects.equals(latest.get().research(), research);
        if (sameInputs) {
            return latest.get();
        }
        ArchitectureRevision r = new ArchitectureRevision(workflowId, architectureId, hash, content, conventions,
                research, now());
        em.persist(r);
        return r;
    }

    public Optional<ArchitectureRevision> latestRevision(String workflowId) {
        return em.createQuery("select r from ArchitectureRevision r where r.workflowId = :w order by r.id desc",
                ArchitectureRevision.class).setParameter("w", workflowId).setMaxResults(1).getResultList().stream()
                .findFirst();
    }

    public ArchitectureRevision revision(Long id) {
        return em.find(ArchitectureRevision.class, id);
    }

    public void create(Run run) {
        em.persist(run);
    }

    public Optional<Run> find(String runId) {
        return Optional.ofNullable(em.find(Run.class, runId));
    }

    public Run get(String runId) {
        Run run = em.find(Run.class, runId);
        if (run == null) {
            throw new IllegalStateException("no run " + runId);
        }
        return run;
    }

    public void follow(String runId, long executionId, String instanceId) {
        get(runId).follow(executionId);
        if (executions(runId).stream().noneMatch(e -> e == executionId)) {
            em.persist(new RunExecution(runId, executionId, instanceId, now()));
        }
    }

    /** The run's executions with the instance each ran on, oldest first. */
    public List<RunExecution> executionHistory(String runId) {
        return em.createQuery("select e from RunExecution e where e.runId = :r order by e.createdAt, e.id",
                RunExecution.class)
                .setParameter("r", runId).getResultList();
    }

    /** The run's executions, oldest first. */
    public List<Long> executions(String runId) {
        // by time: ids come from each instance's own block of the sequence, so they do not follow time
        return em.createQuery("select e.executionId from RunExecution e where e.runId = :r order by e.createdAt, e.id",
                Long.class).setParameter("r", runId).getResultList();
    }

    /**
     * Claims the right to restart a run from the given execution: succeeds for one caller only, so a restart is
     * never issued twice, whether two requests race or recovery and a user do.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public boolean claimRestart(String runId, long fromExecution, String instanceId) {
        // the current execution is cleared until the new one is followed: a late status update for the old
        // execution then matches nothing; the instance restarting it owns it
        int updated = em.createQuery("update Run r set r.status = :starting, r.currentExecutionId = null, "
                + "r.owner = :me where r.id = :id and r.currentExecutionId = :exec and r.status in :restartable")
                .setParameter("starting", RunStatus.STARTING).setParameter("id", runId).setParameter("me", instanceId)
                .setParameter("exec", fromExecution)
                .setParameter("restartable", List.of(RunStatus.FAILED, RunStatus.STOPPED))
                .executeUpdate();
        return updated == 1;
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void releaseClaim(String runId, long fromExecution, String cause) {
        Run run = get(runId);
        run.follow(fromExecution);
        run.ended(RunStatus.FAILED, "FAILED", cause, now());
    }

    /** Records the end of an execution, if it is still the run's current one and the run still looks active. */
    public boolean executionEnded(String runId, long executionId, RunStatus status, String exitStatus) {
        return em.createQuery("update Run r set r.status = :status, r.exitStatus = :exit, r.endedAt = :now "
                + "where r.id = :id and r.currentExecutionId = :exec and r.status in :active")
                .setParameter("status", status).setParameter("exit", exitStatus).setParameter("now", now())
                .setParameter("id", runId).setParameter("exec", executionId)
                .setParameter("active", RunStatus.ACTIVE).executeUpdate() == 1;
    }

    /** A started execution makes a queued or starting run STARTED; a stopping one stays STOPPING. */
    public void executionStarted(String runId) {
        em.createQuery("update Run r set r.status = :started where r.id = :id and r.status in :before")
                .setParameter("started", RunStatus.STARTED).setParameter("id", runId)
                .setParameter("before", List.of(RunStatus.QUEUED, RunStatus.STARTING)).executeUpdate();
    }

    public void started(String runId, int components, int levels) {
        get(runId).started(components, levels, now());
    }

    public void status(String runId, RunStatus status) {
        get(runId).status(status);
    }

    public void ended(String runId, RunStatus status, String exitStatus, String cause) {
        get(runId).ended(status, exitStatus, cause, now());
    }

    public List<Run> list(RunFilter filter, int offset, int limit) {
        TypedQuery<Run> q = filter.apply(em, "select r from Run r", " order by r.createdAt desc, r.id", Run.class);
        return q.setFirstResult(offset).setMaxResults(limit).getResultList();
    }

    public long count(RunFilter filter) {
        return filter.apply(em, "select count(r) from Run r", "", Long.class).getSingleResult();
    }

    /** The workflow's newest completed run created before {@code run}, if any. */
    public Optional<Run> latestCompleted(String workflowId, Run run) {
        return em.createQuery("select r from Run r where r.workflowId = :w and r.status = :s and r.id <> :id "
                + "and r.createdAt <= :at order by r.createdAt desc", Run.class).setParameter("w", workflowId)
                .setParameter("s", RunStatus.COMPLETED).setParameter("id", run.id())
                .setParameter("at", run.createdAt()).setMaxResults(1).getResultList().stream().findFirst();
    }

    /** The workflow's newest completed run. */
    public Optional<Run> latestCompleted(String workflowId) {
        return em.createQuery("select r from Run r where r.workflowId = :w and r.status = :s "
                + "order by r.createdAt desc", Run.class).setParameter("w", workflowId)
                .setParameter("s", RunStatus.COMPLETED).setMaxResults(1).getResultList().stream().findFirst();
    }

    public List<Run> active() {
        return em.createQuery("select r from Run r where r.status in :active", Run.class)
                .setParameter("active", RunStatus.ACTIVE).getResultList();
    }

    public List<ComponentResult> results(String runId) {
        return em.createQuery("select c from ComponentResult c where c.runId = :r order by c.position",
                ComponentResult.class).setParameter("r", runId).getResultList();
    }

    public long resultCount(String runId) {
        return em.createQuery("select count(c) from ComponentResult c where c.runId = :r", Long.class)
                .setParameter("r", runId).getSingleResult();
    }

    public Map<String, Long> generatedCounts(List<String> runIds) {
        Map<String, Long> counts = new HashMap<>();
        if (runIds.isEmpty()) {
            return counts;
        }
        em.createQuery("select c.runId, count(c) from ComponentResult c where c.runId in :ids and c.state = "
                + "dev.backforge.runs.entity.ComponentState.GENERATED group by c.runId", Object[].class)
                .setParameter("ids", runIds).getResultList()
                .forEach(row -> counts.put((String) row[0], (Long) row[1]));
        return counts;
    }

    public Optional<ComponentResult> result(String runId, int position) {
        return em.createQuery("select c from ComponentResult c where c.runId = :r and c.position = :p",
                ComponentResult.class).setParameter("r", runId).setParameter("p", position).getResultList()
                .stream().findFirst();
    }

    /** One component's result in a run, by the component's id (index on the run, then few rows to look at). */
    public Optional<ComponentResult> result(String runId, String componentId) {
        return em.createQuery("select c from ComponentResult c where c.runId = :r and c.componentId = :c",
                ComponentResult.class).setParameter("r", runId).setParameter("c", componentId).getResultList()
                .stream().findFirst();
    }

    public void add(List<ComponentResult> results) {
        results.forEach(em::persist);
    }

    public void generated(String runId, int position, GeneratedRecord record) {
        ComponentResult r = result(runId, position).orElseThrow();
        r.generated(record, now());
        get(runId).addTokens(record.promptTokens(), record.completionTokens());
    }

    /** A component that got no file, with the attempt, in the caller's (the chunk's) transaction. */
    public void failed(String runId, int position, String failure, long executionId) {
        ComponentResult r = result(runId, position).orElseThrow();
        r.failed(failure, 0, now());
        attempted(runId, r.componentId(), executionId);
    }

    /** The findings of a chunk's files, by plan position: their rows read in one query, not one each. */
    public void verified(String runId, Map<Integer, VerifiedRecord> files) {
        if (files.isEmpty()) {
            return;
        }
        Map<Integer, ComponentResult> rows = new HashMap<>();
        em.createQuery("select c from ComponentResult c where c.runId = :r and c.position in :p",
                ComponentResult.class).setParameter("r", runId).setParameter("p", files.keySet()).getResultList()
                .forEach(row -> rows.put(row.position(), row));
        files.forEach((position, v) -> {
            ComponentResult row = rows.get(position);
            if (row == null) {
                throw new IllegalStateException("run " + runId + " has no component at position " + position);
            }
            row.verified(v.errors(), v.warnings(), v.findings());
        });
    }

    /** What verification found in one file: counts and the findings as JSON. */
    public record VerifiedRecord(int errors, int warnings, String findings) {
    }

    /** An attempt found after the chunk that made it rolled back: in its own transaction, before the work goes on. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void attempt(String runId, String componentId, long executionId) {
        em.persist(new GenerationAttempt(runId, componentId, executionId, now()));
    }

    /** An attempt that commits with its component's result (or failure), in the chunk's transaction. */
    public void attempted(String runId, String componentId, long executionId) {
        em.persist(new GenerationAttempt(runId, componentId, executionId, now()));
    }

    public Map<String, Long> attempts(String runId) {
        Map<String, Long> attempts = new HashMap<>();
        em.createQuery("select a.componentId, count(a) from GenerationAttempt a where a.runId = :r "
                + "group by a.componentId", Object[].class).setParameter("r", runId).getResultList()
                .forEach(row -> attempts.put((String) row[0], (Long) row[1]));
        return attempts;
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void failureCause(String runId, String cause) {
        get(runId).cause(cause);
    }
}
