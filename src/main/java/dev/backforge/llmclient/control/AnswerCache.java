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
import java.util.Optional;

/** The durable answer cache. Writes commit in their own transaction, outside the chunk's, as soon as an answer comes. */
@Stateless
public class AnswerCache {

    @PersistenceContext(unitName = "backforge")
    EntityManager em;

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public Optional<LlmResponse> get(String workflowId, String key) {
        return em.createQuery("select a from CachedAnswer a where a.workflowId = :w and a.cacheKey = :k",
                CachedAnswer.class).setParameter("w", workflowId).setParameter("k", key).getResultList()
                .stream().findFirst()
                .map(a -> new LlmResponse(a.text(), a.promptTokens(), a.completionTokens(), a.truncated()));
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void put(String workflowId, String key, LlmResponse response) {
        em.persist(new CachedAnswer(workflowId, key, response.text(), response.promptTokens(),
                response.completionTokens(), response.truncated(), OffsetDateTime.now(ZoneOffset.UTC)));
    }
}
