package dev.backforge.runs.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;

/**
 * That a component's generation began, written in its own transaction before the work: it survives the rollback of
 * a chunk that a crash interrupted, so the number of attempts is known even for work that never committed.
 */
@Entity
@Table(name = "bf_generation_attempt", indexes = @Index(name = "bf_attempt_run", columnList = "runId,componentId"))
@SequenceGenerator(name = "bf_attempt_seq", sequenceName = "bf_attempt_seq", allocationSize = 50)
public class GenerationAttempt {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "bf_attempt_seq")
    private Long id;

    @Column(nullable = false, length = 36)
    private String runId;

    @Column(nullable = false, length = 200)
    private String componentId;

    private long executionId;

    @Column(nullable = false)
    private OffsetDateTime startedAt;

    protected GenerationAttempt() {
    }

    public GenerationAttempt(String runId, String componentId, long executionId, OffsetDateTime startedAt) {
        this.runId = runId;
        this.componentId = componentId;
        this.executionId = executionId;
        this.startedAt = startedAt;
    }
}
