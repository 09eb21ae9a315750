package dev.backforge.runs.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;
import java.time.OffsetDateTime;

/** One batch execution of a run: the first start, then each restart. */
@Entity
@Table(name = "bf_run_execution", uniqueConstraints = @UniqueConstraint(name = "bf_run_execution_id", columnNames = "executionId"), indexes = @Index(name = "bf_run_execution_run", columnList = "runId"))
@SequenceGenerator(name = "bf_run_execution_seq", sequenceName = "bf_run_execution_seq", allocationSize = 10)
public class RunExecution {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "bf_run_execution_seq")
    private Long id;

    @Column(nullable = false, length = 36)
    private String runId;

    private long executionId;

    @Column(nullable = false)
    private OffsetDateTime createdAt;

    /** The instance that ran it. */
    @Column(length = 36)
    private String instanceId;

    protected RunExecution() {
    }

    public RunExecution(String runId, long executionId, String instanceId, OffsetDateTime createdAt) {
        this.runId = runId;
        this.executionId = executionId;
        this.instanceId = instanceId;
        this.createdAt = createdAt;
    }

    public long executionId() {
        return executionId;
    }

    public String instanceId() {
        return instanceId;
    }

    public OffsetDateTime createdAt() {
        return createdAt;
    }
}
