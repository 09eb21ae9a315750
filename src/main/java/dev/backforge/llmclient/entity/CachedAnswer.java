package dev.backforge.llmclient.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;
import java.time.OffsetDateTime;

/**
 * A model's answer, kept by the hash of what determined it (provider, model, parameters, prompt) for the runs of
 * one workflow: a restarted run pays for no call twice, an unchanged architecture costs nothing.
 */
@Entity
@Table(name = "bf_llm_answer", uniqueConstraints = @UniqueConstraint(name = "bf_llm_answer_key", columnNames = {
        "workflowId", "cacheKey"}))
@SequenceGenerator(name = "bf_llm_answer_seq", sequenceName = "bf_llm_answer_seq", allocationSize = 10)
public class CachedAnswer {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "bf_llm_answer_seq")
    private Long id;

    @Column(nullable = false, length = 100)
    private String workflowId;

    @Column(nullable = false, length = 64)
    private String cacheKey;

    @Lob
    @Column(nullable = false)
    private String text;

    private long promptTokens;
    private long completionTokens;
    private boolean truncated;

    @Column(nullable = false)
    private OffsetDateTime createdAt;

    protected CachedAnswer() {
    }

    public CachedAnswer(String workflowId, String cacheKey, String text, long promptTokens, long completionTokens,
            boolean truncated, OffsetDateTime createdAt) {
        this.workflowId = workflowId;
        this.cacheKey = cacheKey;
        this.text = text;
        this.promptTokens = promptTokens;
        this.completionTokens = completionTokens;
        this.truncated = truncated;
        this.createdAt = createdAt;
    }

    public String text() {
        return text;
    }
    public long promptTokens() {
        return promptTokens;
    }
    public long completionTokens() {
        return completionTokens;
    }
    public boolean truncated() {
        return truncated;
    }
}
