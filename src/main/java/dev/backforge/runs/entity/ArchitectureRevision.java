package dev.backforge.runs.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.Lob;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;

/**
 * One version of a workflow's architecture artifact, as submitted, with the hash of its bytes: the same artifact
 * submitted again is the same revision.
 */
@Entity
@Table(name = "bf_revision", indexes = @Index(name = "bf_revision_workflow_hash", columnList = "workflowId,contentHash"))
@SequenceGenerator(name = "bf_revision_seq", sequenceName = "bf_revision_seq", allocationSize = 10)
public class ArchitectureRevision {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "bf_revision_seq")
    private Long id;

    @Column(nullable = false, length = 100)
    private String workflowId;

    @Column(nullable = false, length = 200)
    private String architectureId;

    @Column(nullable = false, length = 64)
    private String contentHash;

    @Lob
    @Column(nullable = false)
    private String content;

    @Lob
    private String conventions;

    @Lob
    private String research;

    @Column(nullable = false)
    private OffsetDateTime createdAt;

    protected ArchitectureRevision() {
    }

    public ArchitectureRevision(String workflowId, String architectureId, String contentHash, String content,
            String conventions, String research, OffsetDateTime createdAt) {
        this.workflowId = workflowId;
        this.architectureId = architectureId;
        this.contentHash = contentHash;
        this.content = content;
        this.conventions = conventions;
        this.research = research;
        this.createdAt = createdAt;
    }

    public Long id() {
        return id;
    }

    public String workflowId() {
        return workflowId;
    }

    public String architectureId() {
        return architectureId;
    }

    public String contentHash() {
        return contentHash;
    }

    public String content() {
        return content;
    }

    public String conventions() {
        return conventions;
    }

    public String research() {
        return research;
    }

    public OffsetDateTime createdAt() {
        return createdAt;
    }
}
