package dev.backforge.schedules.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;

/**
 * A recurring regeneration of a workflow's latest architecture revision: a cron expression in a time zone, the run
 * options, and when it fires next. {@code nextFireAt} is also the claim token: a server fires a due time only by
 * moving it forward, so two servers sharing the store fire it once.
 */
@Entity
@Table(name = "bf_schedule")
public class Schedule {

    @Id
    @Column(length = 36)
    private String id;

    @Column(nullable = false, length = 100)
    private String workflowId;

    @Column(nullable = false, length = 200)
    private String cron;

    @Column(nullable = false, length = 60)
    private String timeZone;

    @Lob
    private String options;

    private boolean enabled;

    @Column(name = "only_when_changed", nullable = false)
    private boolean onlyWhenChanged;

    private OffsetDateTime nextFireAt;
    private OffsetDateTime lastFireAt;

    @Column(length = 36)
    private String lastRunId;

    @Column(length = 500)
    private String lastOutcome;

    @Column(nullable = false)
    private OffsetDateTime createdAt;

    private OffsetDateTime updatedAt;

    protected Schedule() {
    }

    public Schedule(String id, String workflowId, String cron, String timeZone, String options, boolean enabled,
            OffsetDateTime nextFireAt, OffsetDateTime createdAt) {
        this.id = id;
        this.workflowId = workflowId;
        this.cron = cron;
        this.timeZone = timeZone;
        this.options = options;
        this.enabled = enabled;
        this.nextFireAt = nextFireAt;
        this.createdAt = createdAt;
        this.updatedAt = createdAt;
    }

    public void change(String cron, String timeZone, String options, boolean enabled, OffsetDateTime nextFireAt,
                       OffsetDateTime at) {
        this.cron = cron;
        this.timeZone = timeZone;
        this.options = options;
        this.enabled = enabled;
        this.nextFireAt = nextFireAt;
        this.updatedAt = at;
    }

    /** Fires no run when nothing changed since the workflow's last run (the outcome says so instead). */
    public void onlyWhenChanged(boolean value) {
        this.onlyWhenChanged = value;
    }

    public void fired(String runId, String outcome) {
        this.lastRunId = runId;
        this.lastOutcome = outcome == null || outcome.length() <= 500 ? outcome : outcome.substring(0, 500);
    }

    public String id() {
        return id;
    }
    public String workflowId() {
        return workflowId;
    }
    public String cron() {
        return cron;
    }
    public String timeZone() {
        return timeZone;
    }
    public String options() {
        return options;
    }
    public boolean enabled() {
        return enabled;
    }

    public boolean onlyWhenChanged() {
        return onlyWhenChanged;
    }
    public OffsetDateTime nextFireAt() {
        return nextFireAt;
    }
    public OffsetDateTime lastFireAt() {
        return lastFireAt;
    }
    public String lastRunId() {
        return lastRunId;
    }
    public String lastOutcome() {
        return lastOutcome;
    }
    public OffsetDateTime createdAt() {
        return createdAt;
    }
    public OffsetDateTime updatedAt() {
        return updatedAt;
    }
}
