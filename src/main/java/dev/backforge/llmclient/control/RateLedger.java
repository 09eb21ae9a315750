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
 * The shared per-minute budgets of a provider key, in the store: every instance asks here before a call. A grant
 * locks the key's row, reads the grants of the last 60 seconds (their count and tokens) and adds one if there is room,
 * so instances take turns and the sum of their calls and tokens stays within the limits in any minute.
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

    /** A grant (wait 0, with the grant's id when one was recorded), or how many milliseconds to wait first. */
    public record Admission(long waitMillis, Long grant) {
    }

    /** Admits one request of about so many tokens now, or says how long to wait before asking again. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public Admission tryGrant(String key, int perMinute, long tokensPerMinute, long tokens) {
        OffsetDateTime now = now();
        if (perMinute <= 0 && tokensPerMinute <= 0) {
            RateKey k = em.find(RateKey.class, key);
            return new Admission(k == null ? 0 : waitFor(now, k.pausedUntil()), null);
        }
        RateKey k = lock(key);
        if (k == null) {
            return new Admission(RETRY_MILLIS, null);
        }
        long paused = waitFor(now, k.pausedUntil());
        if (paused > 0) {
            return new Admission(paused, null);
        }
        OffsetDateTime from = now.minus(WINDOW);
        em.createQuery("delete from RateGrant g where g.providerKey = :k and g.grantedAt <= :from")
                .setParameter("k", key).setParameter("from", from).executeUpdate();
        List<RateWindow.Grant> granted = em.createQuery("select g.grantedAt, g.tokens from RateGrant g "
                + "where g.providerKey = :k and g.grantedAt > :from order by g.grantedAt", Object[].class)
                .setParameter("k", key).setParameter("from", from).getResultStream()
                .map(row -> new RateWindow.Grant((OffsetDateTime) row[0], ((Number) row[1]).longValue())).toList();
        OffsetDateTime room = RateWindow.roomAt(granted, perMinute, tokensPerMinute, tokens, WINDOW);
        if (room != null) {
            return new Admission(Math.max(1, waitFor(now, room)), null);
        }
        RateGrant grant = new RateGrant(key, now, tokens);
        em.persist(grant);
        return new Admission(0, grant.id());
    }

    /** The answer said how many tokens the request used: the grant holds those from now on. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void settle(long grant, long tokens) {
        em.createQuery("update RateGrant g set g.tokens = :t where g.id = :id").setParameter("t", tokens)
                .setParameter("id", grant).executeUpdate();
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
