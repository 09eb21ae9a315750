package dev.backforge.runs.control;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Who is waiting here for a run to end (a client's long poll of its status), told once this instance has stored
 * the end (the job's end found by RunSync, an abandon, a failover, a job that could not start), or when their time
 * is up: a run that ends on another instance tells no one here.
 */
@ApplicationScoped
public class RunEnds {

    private final Map<String, Set<Runnable>> waiting = new ConcurrentHashMap<>();

    @Resource(lookup = "java:comp/DefaultManagedScheduledExecutorService")
    ScheduledExecutorService scheduler;

    /**
     * {@code then} runs once, on a container thread: when the run's end is stored here or after {@code atMost},
     * whichever comes first. The caller checks the run again after this returns, since it may have ended just
     * before; the answer runs {@code then} at once in that case, and never again.
     */
    public Runnable await(String runId, Duration atMost, Runnable then) {
        AtomicBoolean done = new AtomicBoolean();
        Runnable once = () -> {
            if (done.compareAndSet(false, true)) {
                then.run();
            }
        };
        AtomicReference<Future<?>> timeout = new AtomicReference<>();
        Runnable atEnd = () -> {
            Future<?> pending = timeout.get();
            if (pending != null) {
                pending.cancel(false);
            }
            once.run();
        };
        add(runId, atEnd);
        timeout.set(scheduler.schedule(() -> {
            remove(runId, atEnd);
            once.run();
        }, atMost.toMillis(), TimeUnit.MILLISECONDS));
        return () -> {
            remove(runId, atEnd);
            atEnd.run();
        };
    }

    /** The run's end is stored: everyone waiting for it is told, on the caller's thread. */
    void ended(String runId) {
        Set<Runnable> all = waiting.remove(runId);
        if (all != null) {
            all.forEach(Runnable::run);
        }
    }

    private void add(String runId, Runnable r) {
        waiting.compute(runId, (id, set) -> {
            Set<Runnable> all = set == null ? ConcurrentHashMap.newKeySet() : set;
            all.add(r);
            return all;
        });
    }

    private void remove(String runId, Runnable r) {
        waiting.computeIfPresent(runId, (id, set) -> {
            set.remove(r);
            return set.isEmpty() ? null : set;
        });
    }
}
