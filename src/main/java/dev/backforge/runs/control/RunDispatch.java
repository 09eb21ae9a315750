package dev.backforge.runs.control;

import dev.backforge.cluster.control.Membership;
import dev.backforge.cluster.entity.ClusterTick;
import dev.backforge.runs.entity.Run;
import dev.backforge.runs.entity.RunStatus;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Runs wait in the store as QUEUED; every instance claims the oldest while it has free capacity (its configured
 * number of concurrent runs) and starts them here. It looks when a run is launched through it, when one of its runs
 * has ended, and on every heartbeat, so a run launched anywhere starts wherever there is room.
 */
@ApplicationScoped
public class RunDispatch {

    private static final Logger LOG = Logger.getLogger(RunDispatch.class.getName());

    @Inject
    RunStore store;

    @Inject
    RunClaims claims;

    @Inject
    RunRegistration registration;

    @Inject
    Jobs jobs;

    @Inject
    RunEnds ends;

    @Inject
    Membership membership;

    /** Claims queued runs while this instance has room, oldest first, and starts each. */
    public synchronized void dispatch() {
        String me = membership.id();
        long free = membership.capacity() - claims.owned(me);
        for (; free > 0; free--) {
            Optional<String> claimed = claims.claimQueued(me);
            if (claimed.isEmpty()) {
                return;
            }
            try {
                start(store.get(claimed.get()));
            } catch (RuntimeException e) {
                // recorded on the run by start; the next queued run may still start
            }
        }
    }

    void onTick(@Observes @Priority(Interceptor.Priority.APPLICATION + 100) ClusterTick tick) {
        stopRequested(tick.instanceId());
        dispatch();
    }

    /** Starts the job of a stored run here; a failure to start ends the run as failed with its cause. */
    public Run start(Run run) {
        try {
            long execution = jobs.start(run.id(), run.options().itemCount());
            return registration.follow(run.id(), execution, membership.id());
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, "could not start run " + run.id(), e);
            registration.failed(run.id(), "the batch job could not be started: " + e.getMessage());
            ends.ended(run.id());
            throw e;
        }
    }

    /** A stop asked through another instance marks the run STOPPING; the instance executing it stops it. */
    private void stopRequested(String me) {
        Set<Long> running = jobs.running();
        for (Run run : claims.ownedBy(me)) {
            if (run.status() == RunStatus.STOPPING && run.currentExecutionId() != null
                    && running.contains(run.currentExecutionId())) {
                try {
                    jobs.stop(run.currentExecutionId());
                } catch (RuntimeException e) {
                    LOG.fine(() -> "run " + run.id() + " is stopping already: " + e);
                }
            }
        }
    }
}
