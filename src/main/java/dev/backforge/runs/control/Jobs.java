package dev.backforge.runs.control;

import jakarta.batch.operations.JobOperator;
import jakarta.batch.operations.JobSecurityException;
import jakarta.batch.operations.NoSuchJobException;
import jakarta.batch.operations.NoSuchJobExecutionException;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.batch.runtime.JobExecution;
import jakarta.batch.runtime.StepExecution;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;

/** The batch runtime, seen from runs: the job {@code backend-codegen} and its executions. */
@ApplicationScoped
public class Jobs {

    public static final String JOB = "backend-codegen";

    private JobOperator operator() {
        return BatchRuntime.getJobOperator();
    }

    /** Job parameters carry only the run id and the chunk size: never a secret, never the artifact. */
    private static Properties parameters(String runId, int itemCount) {
        Properties p = new Properties();
        p.setProperty("runId", runId);
        p.setProperty("itemCount", String.valueOf(itemCount));
        return p;
    }

    public long start(String runId, int itemCount) {
        return operator().start(JOB, parameters(runId, itemCount));
    }

    public long restart(long executionId, String runId, int itemCount) {
        return operator().restart(executionId, parameters(runId, itemCount));
    }

    public void stop(long executionId) {
        operator().stop(executionId);
    }

    public void abandon(long executionId) {
        operator().abandon(executionId);
    }

    public JobExecution execution(long executionId) {
        return operator().getJobExecution(executionId);
    }

    /**
     * The execution, or empty when the batch runtime will not show it: gone, or started by another application
     * (its tag differs) on a store that several deployments share.
     */
    public Optional<JobExecution> find(long executionId) {
        try {
            return Optional.ofNullable(operator().getJobExecution(executionId));
        } catch (JobSecurityException | NoSuchJobExecutionException e) {
            return Optional.empty();
        }
    }

    public List<StepExecution> steps(long executionId) {
        try {
            return operator().getStepExecutions(executionId);
        } catch (JobSecurityException | NoSuchJobExecutionException e) {
            return List.of();
        }
    }

    /** Executions this server is really running (the repository may say STARTED for ones a crash ended). */
    public Set<Long> running() {
        try {
            return new HashSet<>(operator().getRunningExecutions(JOB));
        } catch (NoSuchJobException e) {
            return Set.of();
        }
    }
}
