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
 * One attempt at a component: written with its result (or failure) in the chunk's transaction, or, for a chunk that
 * a crash cut short after writing the component's file, when the generate step next starts and finds that file. The
 * number of attempts so counts the work done again after crashes, without a transaction of its own per component.
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
