package dev.backforge.schedules.control;

import dev.backforge.runs.control.RunLauncher;
import dev.backforge.runs.entity.Run;
import dev.backforge.schedules.entity.Schedule;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Fires one due time of a schedule: claims it in the store, then launches a run of the latest revision (none when
 * the schedule runs only on changes and nothing changed).
 */
@ApplicationScoped
public class ScheduleFiring {

    private static final Logger LOG = Logger.getLogger(ScheduleFiring.class.getName());

    @Inject
    ScheduleStore store;

    @Inject
    RunLauncher launcher;

    /** Returns the run launched, or empty when another server fired this due time or the schedule changed. */
    public Optional<Run> fire(String id, OffsetDateTime due) {
        Optional<Schedule> schedule = store.find(id);
        if (schedule.isEmpty() || !schedule.get().enabled()) {
            return Optional.empty();
        }
        Schedule s = schedule.get();
        CronSchedule cron = CronSchedule.parse(s.cron(), s.timeZone());
        Instant from = due.toInstant().isAfter(Instant.now()) ? due.toInstant() : Instant.now();
        OffsetDateTime next = cron.after(from).orElse(null);
        if (!store.claim(id, due, next)) {
            return Optional.empty();
        }
        try {
            Optional<Run> run = launcher.launchScheduled(s.workflowId(), s.options(), "schedule@" + due,
                    s.onlyWhenChanged());
            if (run.isEmpty()) {
                store.fired(id, s.lastRunId(), "no changes for " + due + " (or a run still going): no run");
                LOG.info(() -> "schedule " + id + " fired for " + due + ": no changes, no run");
                return run;
            }
            store.fired(id, run.get().id(), "launched run " + run.get().id() + " for " + due);
            LOG.info(() -> "schedule " + id + " fired for " + due + ": run " + run.get().id());
            return run;
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "schedule " + id + " fired for " + due + " but could not launch", e);
            store.fired(id, null, "could not launch for " + due + ": " + e.getMessage());
            return Optional.empty();
        }
    }

    /** Moves a missed due time forward without a run (catch-up turned off). */
    public void skip(String id, OffsetDateTime due, Instant now) {
        store.find(id).ifPresent(s -> store.claim(id, due,
                CronSchedule.parse(s.cron(), s.timeZone()).after(now).orElse(null)));
    }
}
