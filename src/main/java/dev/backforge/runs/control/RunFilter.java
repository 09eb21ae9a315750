package dev.backforge.runs.control;

import dev.backforge.runs.entity.RunStatus;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The runs list's filters: workflow, status, created from / to. Each is optional. */
public record RunFilter(String workflowId, RunStatus status, OffsetDateTime from, OffsetDateTime to) {

    <T> TypedQuery<T> apply(EntityManager em, String select, String order, Class<T> type) {
        List<String> where = new ArrayList<>();
        Map<String, Object> params = new LinkedHashMap<>();
        if (workflowId != null) {
            where.add("r.workflowId = :workflow");
            params.put("workflow", workflowId);
        }
        if (status != null) {
            where.add("r.status = :status");
            params.put("status", status);
        }
        if (from != null) {
            where.add("r.createdAt >= :from");
            params.put("from", from);
        }
        if (to != null) {
            where.add("r.createdAt < :to");
            params.put("to", to);
        }
        String jpql = select + (where.isEmpty() ? "" : " where " + String.join(" and ", where)) + order;
        TypedQuery<T> q = em.createQuery(jpql, type);
        params.forEach(q::setParameter);
        return q;
    }
}
