package dev.backforge.cluster.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;

/**
 * One boot of a Backforge server: its identity (the grid member's UUID when the Domain Data Grid runs, else a UUID
 * of its own), the configured name, how many runs it executes at once, and its heartbeat in the store.
 */
@Entity
@Table(name = "bf_instance")
public class Instance {

    @Id
    @Column(length = 36)
    private String id;

    @Column(nullable = false, length = 100)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private InstanceState state;

    private int capacity;

    @Column(nullable = false)
    private OffsetDateTime startedAt;

    @Column(nullable = false)
    private OffsetDateTime heartbeatAt;

    private OffsetDateTime endedAt;

    @Column(length = 200)
    private String endReason;

    protected Instance() {
    }

    public Instance(String id, String name, int capacity, OffsetDateTime at) {
        this.id = id;
        this.name = name;
        this.capacity = capacity;
        this.state = InstanceState.ALIVE;
        this.startedAt = at;
        this.heartbeatAt = at;
    }

    public String id() {
        return id;
    }

    public String name() {
        return name;
    }

    public InstanceState state() {
        return state;
    }

    public int capacity() {
        return capacity;
    }

    public OffsetDateTime startedAt() {
        return startedAt;
    }

    public OffsetDateTime heartbeatAt() {
        return heartbeatAt;
    }

    public OffsetDateTime endedAt() {
        return endedAt;
    }

    public String endReason() {
        return endReason;
    }
}
