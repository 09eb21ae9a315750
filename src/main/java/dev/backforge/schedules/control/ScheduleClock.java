package dev.backforge.schedules.control;

import dev.backforge.schedules.entity.Schedule;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Times schedules with the platform's managed scheduled executor: one task per schedule, armed for its next fire
 * time. Every server arms the same due times; the store's claim lets one of them fire. A periodic resync picks up
 * schedules that another server created or changed. At boot, a fire missed while no server ran fires once
 * (backforge.schedules.catch-up, default true), then the schedule continues from now.
 */
@ApplicationScoped
public class ScheduleClock {

    private static final Logger LOG = Logger.getLogger(ScheduleClock.class.getName());

    @Resource
    ManagedScheduledExecutorService executor;

    @Inject
    ScheduleStore store;

    @Inject
    ScheduleFiring firing;

    @Inject
    @ConfigProperty(name = "backforge.schedules.catch-up", defaultValue = "true")
    boolean catchUp;

    @Inject
    @ConfigProperty(name = "backforge.schedules.resync-seconds", defaultValue = "15")
    int resyncSeconds;

    private final Map<String, Armed> armed = new ConcurrentHashMap<>();
    private ScheduledFuture<?> resync;

    private record Armed(OffsetDateTime due, ScheduledFuture<?> task) {
    }

    void start(@Observes @Initialized(ApplicationScoped.class) Object started) {
        Instant boot = Instant.now();
        for (Schedule s : store.all()) {
            if (s.enabled() && s.nextFireAt() != null && s.nextFireAt().toInstant().isBefore(boot)) {
                missed(s, boot);
            }
        }
        resync();
        resync = executor.scheduleWithFixedDelay(this::resync, resyncSeconds, resyncSeconds, TimeUnit.SECONDS);
    }

    private void missed(Schedule s, Instant boot) {
        if (catchUp) {
            LOG.info(() -> "schedule " + s.id() + " missed " + s.nextFireAt() + " while no server ran; firing once");
            firing.fire(s.id(), s.nextFireAt());
        } else {
            firing.skip(s.id(), s.nextFireAt(), boot);
        }
    }

    /** Arms every enabled schedule for its stored next fire time; disarms deleted or disabled ones. */
    public void resync() {
        try {
            Map<String, Schedule> current = new HashMap<>();
            store.all().forEach(s -> current.put(s.id(), s));
            armed.keySet().stream().filter(id -> !current.containsKey(id) || !current.get(id).enabled()).toList()
                    .forEach(this::disarm);
            current.values().stream().filter(Schedule::enabled).forEach(this::arm);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "schedule resync failed", e);
        }
    }

    /** (Re)arms one schedule for its stored next fire time, unless it is armed for that time already. */
    public void arm(Schedule s) {
        if (!s.enabled() || s.nextFireAt() == null) {
            disarm(s.id());
            return;
        }
        Armed existing = armed.get(s.id());
        if (existing != null && existing.due().isEqual(s.nextFireAt()) && !existing.task().isDone()) {
            return;
        }
        disarm(s.id());
        OffsetDateTime due = s.nextFireAt();
        long delay = Math.max(0, Duration.between(Instant.now(), due.toInstant()).toMillis());
        ScheduledFuture<?> task = executor.schedule((Runnable) () -> fire(s.id(), due), delay, TimeUnit.MILLISECONDS);
        armed.put(s.id(), new Armed(due, task));
    }

    public void disarm(String id) {
        Armed a = armed.remove(id);
        if (a != null) {
            a.task().cancel(false);
        }
    }

    private void fire(String id, OffsetDateTime due) {
        try {
            firing.fire(id, due);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "schedule " + id + " could not fire for " + due, e);
        } finally {
            armed.remove(id);
            store.find(id).ifPresent(this::arm);
        }
    }

    @PreDestroy
    void stop() {
        if (resync != null) {
            resync.cancel(false);
        }
        armed.keySet().forEach(this::disarm);
    }
}
