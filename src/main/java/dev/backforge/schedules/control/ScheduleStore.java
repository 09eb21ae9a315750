package dev.backforge.schedules.control;

import dev.backforge.schedules.entity.Schedule;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

/** Schedules in the JPA store; the claim of a due time is a conditional update, atomic across servers. */
@Stateless
public class ScheduleStore {

    @PersistenceContext(unitName = "backforge")
    EntityManager em;

    public void create(Schedule schedule) {
        em.persist(schedule);
    }

    public Optional<Schedule> find(String id) {
        return Optional.ofNullable(em.find(Schedule.class, id));
    }

    public List<Schedule> all() {
        return em.createQuery("select s from Schedule s order by s.createdAt, s.id", Schedule.class).getResultList();
    }

    public void delete(String id) {
        find(id).ifPresent(em::remove);
    }

    /**
     * Claims a due time: moves the next fire time from {@code due} to {@code next} if nobody did yet. Exactly one
     * caller per due time gets true, however many servers share the store.
     */
    public boolean claim(String id, OffsetDateTime due, OffsetDateTime next) {
        return em.createQuery("update Schedule s set s.nextFireAt = :next, s.lastFireAt = :due "
                + "where s.id = :id and s.nextFireAt = :due and s.enabled = true")
                .setParameter("next", next).setParameter("due", due).setParameter("id", id).executeUpdate() == 1;
    }

    public void change(String id, String cron, String zone, String options, boolean enabled,
                       boolean onlyWhenChanged, OffsetDateTime nextFireAt) {
        find(id).ifPresent(s -> {
            s.change(cron, zone, options, enabled, nextFireAt, OffsetDateTime.now(ZoneOffset.UTC));
            s.onlyWhenChanged(onlyWhenChanged);
        });
    }

    public void fired(String id, String runId, String outcome) {
        find(id).ifPresent(s -> s.fired(runId, outcome));
    }
}
