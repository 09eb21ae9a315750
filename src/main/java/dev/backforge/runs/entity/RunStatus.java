package dev.backforge.runs.entity;

import jakarta.batch.runtime.BatchStatus;
import java.util.List;

/** Where a run is; mirrors the batch status of its current execution, plus QUEUED before the first one starts. */
public enum RunStatus {
    QUEUED, STARTING, STARTED, STOPPING, STOPPED, FAILED, COMPLETED, ABANDONED;

    /** The statuses of a run that has not ended. */
    public static final List<RunStatus> ACTIVE = List.of(QUEUED, STARTING, STARTED, STOPPING);

    public boolean isActive() {
        return ACTIVE.contains(this);
    }

    public static RunStatus of(BatchStatus status) {
        return valueOf(status.name());
    }
}
