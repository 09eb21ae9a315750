package dev.backforge.llmclient.control;

import dev.backforge.generation.llm.entity.LlmResponse;
import dev.backforge.llmclient.entity.CachedAnswer;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** The durable answer cache. Writes commit in their own transaction, outside the chunk's, as soon as an answer comes. */
@Stateless
public class AnswerCache {

    /** Keys per IN list: well within what H2 and PostgreSQL take in one statement. */
    private static final int KEYS_PER_QUERY = 500;

    @PersistenceContext(unitName = "backforge")
    EntityManager em;

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public Optional<LlmResponse> get(String workflowId, String key) {
        return em.createQuery("select a from CachedAnswer a where a.workflowId = :w and a.cacheKey = :k",
                CachedAnswer.class).setParameter("w", workflowId).setParameter("k", key).getResultList()
                .stream().findFirst()
                .map(a -> new LlmResponse(a.text(), a.promptTokens(), a.completionTokens(), a.truncated()));
    }

    /** Which of the keys the workflow holds answers for. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public Set<String> known(String workflowId, Collection<String> keys) {
        List<String> all = List.copyOf(keys);
        Set<String> known = new HashSet<>();
        for (int from = 0; from < all.size(); from += KEYS_PER_QUERY) {
            known.addAll(em.createQuery("select a.cacheKey from CachedAnswer a where a.workflowId = :w "
                    + "and a.cacheKey in :keys", String.class).setParameter("w", workflowId)
                    .setParameter("keys", all.subList(from, Math.min(all.size(), from + KEYS_PER_QUERY)))
                    .getResultList());
        }
        return known;
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void put(String workflowId, String key, LlmResponse response) {
        em.persist(new CachedAnswer(workflowId, key, response.text(), response.promptTokens(),
                response.completionTokens(), response.truncated(), OffsetDateTime.now(ZoneOffset.UTC)));
    }
}
