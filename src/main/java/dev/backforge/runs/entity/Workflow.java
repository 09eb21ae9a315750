package dev.backforge.runs.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;

/** A workflow: one architecture regenerated many times. Its id is the caller's, as in the URL. */
@Entity
@Table(name = "bf_workflow")
public class Workflow {

    @Id
    @Column(length = 100)
    private String id;

    @Column(nullable = false)
    private OffsetDateTime createdAt;

    protected Workflow() {
    }

    public Workflow(String id, OffsetDateTime createdAt) {
        this.id = id;
        this.createdAt = createdAt;
    }

    public String id() {
        return id;
    }

    public OffsetDateTime createdAt() {
        return createdAt;
    }
}
