package dev.backforge.runs.entity;

/** Where a run is; mirrors the batch status of its current execution, plus QUEUED before the first one starts. */
public enum RunStatus {
    QUEUED, STARTING, STARTED, STOPPING, STOPPED, FAILED, COMPLETED, ABANDONED;

    public boolean isActive() {
        return this == QUEUED || this == STARTING || this == STARTED || this == STOPPING;
    }

    public static RunStatus of(jakarta.batch.runtime.BatchStatus status) {
        return valueOf(status.name());
    }
}
