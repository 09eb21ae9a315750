package dev.backforge.llmclient.control;

import dev.backforge.kernel.StoreTime;
import dev.backforge.llmclient.entity.RateGrant;
import dev.backforge.llmclient.entity.RateKey;
import jakarta.annotation.Resource;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * The shared per-minute budget of a provider key, in the store: every instance asks here before a call. A grant
 * locks the key's row, counts the grants of the last 60 seconds and adds one if there is room, so instances take
 * turns and the sum of their calls stays within the limit in any minute.
 */
@Stateless
public class RateLedger {

    static final long RETRY_MILLIS = 20;
    /**
     * The minute a limit counts, and a second more: a request reaches the provider a little after its grant, so
     * grants a minute apart could otherwise arrive within one minute there.
     */
    static final Duration WINDOW = Duration.ofSeconds(61);

    @PersistenceContext(unitName = "backforge")
    EntityManager em;

    @Resource
    SessionContext context;

    private static OffsetDateTime now() {
        return StoreTime.now();
    }

    /** Grants one request now (0), or says how many milliseconds to wait before asking again. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public long tryGrant(String key, int perMinute) {
        OffsetDateTime now = now();
        if (perMinute <= 0) {
            RateKey k = em.find(RateKey.class, key);
            return k == null ? 0 : waitFor(now, k.pausedUntil());
        }
        RateKey k = lock(key);
        if (k == null) {
            return RETRY_MILLIS;
        }
        long paused = waitFor(now, k.pausedUntil());
        if (paused > 0) {
            return paused;
        }
        OffsetDateTime from = now.minus(WINDOW);
        em.createQuery("delete from RateGrant g where g.providerKey = :k and g.grantedAt <= :from")
                .setParameter("k", key).setParameter("from", from).executeUpdate();
        List<OffsetDateTime> granted = em.createQuery("select g.grantedAt from RateGrant g where g.providerKey = :k "
                + "and g.grantedAt > :from order by g.grantedAt", OffsetDateTime.class).setParameter("k", key)
                .setParameter("from", from).getResultList();
        if (granted.size() >= perMinute) {
            // room comes back when the grant that filled the minute is a minute old
            return waitFor(now, granted.get(granted.size() - perMinute).plus(WINDOW));
        }
        em.persist(new RateGrant(key, now));
        return 0;
    }

    /** Every instance waits until then before its next call under this key. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public boolean pause(String key, long millis) {
        RateKey k = lock(key);
        if (k != null) {
            k.pauseUntil(now().plus(Duration.ofMillis(millis)));
        }
        return k != null;
    }

    /**
     * The key's row, locked; made on first use. Two instances making it at once: one insert fails, its transaction
     * is only marked for rollback (no exception leaves this bean), and null tells the caller to ask again.
     */
    private RateKey lock(String key) {
        RateKey k = em.find(RateKey.class, key, LockModeType.PESSIMISTIC_WRITE);
        if (k != null) {
            return k;
        }
        try {
            k = new RateKey(key);
            em.persist(k);
            em.flush();
            return k;
        } catch (PersistenceException e) {
            context.setRollbackOnly();
            return null;
        }
    }

    private static long waitFor(OffsetDateTime now, OffsetDateTime until) {
        return until == null || !until.isAfter(now) ? 0 : Duration.between(now, until).toMillis() + 1;
    }
}
