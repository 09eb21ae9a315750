package dev.backforge.cluster.control;

import dev.backforge.cluster.entity.Instance;
import dev.backforge.cluster.entity.InstanceState;
import dev.backforge.kernel.StoreTime;
import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.sql.DataSource;

/**
 * Instances in the store. Every change of state is a conditional update from ALIVE, so of two servers that decide
 * an instance is gone, one ends it; an instance learns it was declared gone when its own heartbeat matches nothing.
 */
@Stateless
public class InstanceStore {

    @PersistenceContext(unitName = "backforge")
    EntityManager em;

    @Resource(lookup = "jdbc/backforge")
    DataSource dataSource;

    static OffsetDateTime now() {
        return StoreTime.now();
    }

    public void register(Instance instance) {
        em.persist(instance);
    }

    /** False when the instance is no longer alive in the store: others may have taken its runs. */
    public boolean heartbeat(String id) {
        return em.createQuery("update Instance i set i.heartbeatAt = :now where i.id = :id and i.state = :alive")
                .setParameter("now", now()).setParameter("id", id).setParameter("alive", InstanceState.ALIVE)
                .executeUpdate() == 1;
    }

    public boolean end(String id, InstanceState state, String reason) {
        return em.createQuery("update Instance i set i.state = :state, i.endedAt = :now, i.endReason = :reason "
                + "where i.id = :id and i.state = :alive").setParameter("state", state).setParameter("now", now())
                .setParameter("reason", reason).setParameter("id", id).setParameter("alive", InstanceState.ALIVE)
                .executeUpdate() == 1;
    }

    /** Ends the alive instances other than {@code except} with this name, or all of them when name is empty. */
    public int replace(Optional<String> name, String except, String reason) {
        var update = em.createQuery("update Instance i set i.state = :dead, i.endedAt = :now, i.endReason = "
                + ":reason where i.state = :alive and i.id <> :except"
                + (name.isPresent() ? " and i.name = :name" : ""))
                .setParameter("dead", InstanceState.DEAD).setParameter("now", now()).setParameter("reason", reason)
                .setParameter("alive", InstanceState.ALIVE).setParameter("except", except);
        name.ifPresent(n -> update.setParameter("name", n));
        return update.executeUpdate();
    }

    /** Declares dead every alive instance whose last heartbeat is older than the cutoff. */
    public int expire(OffsetDateTime cutoff) {
        return em.createQuery("update Instance i set i.state = :dead, i.endedAt = :now, i.endReason = :reason "
                + "where i.state = :alive and i.heartbeatAt < :cutoff").setParameter("dead", InstanceState.DEAD)
                .setParameter("now", now()).setParameter("reason", "no heartbeat since before " + cutoff)
                .setParameter("alive", InstanceState.ALIVE).setParameter("cutoff", cutoff).executeUpdate();
    }

    public Set<String> alive() {
        return new HashSet<>(em.createQuery("select i.id from Instance i where i.state = :alive", String.class)
                .setParameter("alive", InstanceState.ALIVE).getResultList());
    }

    /** Every instance's name by its id. */
    public Map<String, String> names() {
        Map<String, String> names = new HashMap<>();
        em.createQuery("select i.id, i.name from Instance i", Object[].class).getResultList()
                .forEach(row -> names.put((String) row[0], (String) row[1]));
        return names;
    }

    /** Alive instances first, then the most recently started. */
    public List<Instance> list(int limit) {
        return em.createQuery("select i from Instance i order by case when i.state = :alive then 0 else 1 end, "
                + "i.startedAt desc", Instance.class).setParameter("alive", InstanceState.ALIVE)
                .setMaxResults(limit).getResultList();
    }

    /** An embedded store (H2 in this JVM) admits one server: every instance it remembers as alive is gone. */
    public boolean embedded() {
        try (Connection c = dataSource.getConnection()) {
            return c.getMetaData().getDatabaseProductName().toUpperCase(Locale.ROOT).contains("H2");
        } catch (SQLException e) {
            return false;
        }
    }
}
