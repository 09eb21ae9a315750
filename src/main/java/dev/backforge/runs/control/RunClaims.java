package dev.backforge.runs.control;

import dev.backforge.runs.entity.Run;
import dev.backforge.runs.entity.RunStatus;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Who executes which run, in the store: the queue's claims, the takeover of a gone instance's runs and the fence on
 * a run's writes. Every change of owner is a conditional update, so of instances racing for a run one has it.
 */
@Stateless
public class RunClaims {

    @PersistenceContext(unitName = "backforge")
    EntityManager em;

    /** The executions active runs follow. */
    public Set<Long> currentExecutions() {
        return new HashSet<>(em.createQuery("select r.currentExecutionId from Run r where r.status in :active and "
                + "r.currentExecutionId is not null", Long.class).setParameter("active", RunStatus.ACTIVE)
                .getResultList());
    }

    /** Takes a run out of the queue, unless an instance has claimed it meanwhile. */
    public boolean abandonQueued(String runId) {
        return em.createQuery("update Run r set r.status = :abandoned, r.exitStatus = 'ABANDONED', r.endedAt = :now "
                + "where r.id = :id and r.status = :queued and r.owner is null")
                .setParameter("abandoned", RunStatus.ABANDONED).setParameter("now", RunStore.now())
                .setParameter("id", runId)
                .setParameter("queued", RunStatus.QUEUED).executeUpdate() == 1;
    }

    /**
     * Claims the oldest queued run for this instance: the run is STARTING and owned by it, or empty when none is
     * queued. Of instances racing for a run, the conditional update lets one have it.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public Optional<String> claimQueued(String instanceId) {
        List<String> oldest = em.createQuery("select r.id from Run r where r.status = :queued and r.owner is null "
                + "order by r.createdAt, r.id", String.class).setParameter("queued", RunStatus.QUEUED)
                .setMaxResults(8).getResultList();
        for (String runId : oldest) {
            int claimed = em.createQuery("update Run r set r.owner = :me, r.status = :starting where r.id = :id "
                    + "and r.status = :queued and r.owner is null").setParameter("me", instanceId)
                    .setParameter("starting", RunStatus.STARTING).setParameter("id", runId)
                    .setParameter("queued", RunStatus.QUEUED).executeUpdate();
            if (claimed == 1) {
                return Optional.of(runId);
            }
        }
        return Optional.empty();
    }

    /** How many runs this instance executes or is starting. */
    public long owned(String instanceId) {
        return em.createQuery("select count(r) from Run r where r.owner = :me and r.status in :active", Long.class)
                .setParameter("me", instanceId).setParameter("active", RunStatus.ACTIVE).getSingleResult();
    }

    /** Active runs owned by an instance that is not among the alive ones. */
    public List<Run> orphaned(Set<String> alive) {
        return em.createQuery("select r from Run r where r.status in :active and r.owner is not null", Run.class)
                .setParameter("active", RunStatus.ACTIVE).getResultStream().filter(r -> !alive.contains(r.owner()))
                .toList();
    }

    /** Active runs owned by this instance, or, for null, those no instance owns that are not queued (older stores). */
    public List<Run> ownedBy(String instanceId) {
        if (instanceId == null) {
            return em.createQuery("select r from Run r where r.status in :active and r.status <> :queued and "
                    + "r.owner is null", Run.class).setParameter("active", RunStatus.ACTIVE)
                    .setParameter("queued", RunStatus.QUEUED).getResultList();
        }
        return em.createQuery("select r from Run r where r.status in :active and r.owner = :owner", Run.class)
                .setParameter("active", RunStatus.ACTIVE).setParameter("owner", instanceId).getResultList();
    }

    /**
     * Takes a run over from an instance that is gone, fenced by the owner and the execution it was following: of
     * instances racing for it, one has it, and a late write of the old owner no longer matches (see {@link #fence}).
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public boolean takeOver(String runId, String fromOwner, Long execution, String instanceId) {
        var update = em.createQuery("update Run r set r.owner = :me where r.id = :id and r.status in :active and "
                + (fromOwner == null ? "r.owner is null" : "r.owner = :from") + " and "
                + (execution == null ? "r.currentExecutionId is null" : "r.currentExecutionId = :exec"))
                .setParameter("me", instanceId).setParameter("id", runId).setParameter("active", RunStatus.ACTIVE);
        if (fromOwner != null) {
            update.setParameter("from", fromOwner);
        }
        if (execution != null) {
            update.setParameter("exec", execution);
        }
        return update.executeUpdate() == 1;
    }

    /**
     * In the caller's transaction: true while the run is still this instance's. A commit of a run taken over by
     * another instance (this one was declared gone) must not happen; the row lock orders it after the takeover.
     */
    public boolean fence(String runId, String instanceId) {
        return em.createQuery("update Run r set r.owner = :me where r.id = :id and r.owner = :me")
                .setParameter("me", instanceId).setParameter("id", runId).executeUpdate() == 1;
    }
}
