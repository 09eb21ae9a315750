package dev.backforge.runs.batch;

import jakarta.batch.runtime.context.JobContext;

/** The run a job execution works for: its only job parameter besides the chunk size. */
final class RunIds {

    private RunIds() {
    }

    static String of(JobContext job) {
        String runId = job.getProperties().getProperty("runId");
        if (runId == null || runId.isBlank()) {
            throw new IllegalStateException("job execution " + job.getExecutionId() + " has no runId parameter");
        }
        return runId;
    }
}
