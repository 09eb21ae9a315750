package dev.backforge.runs.entity;

import dev.backforge.kernel.Secrets;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;

/**
 * One generation of a workflow's architecture revision. A run is ours: it follows its batch executions across stops,
 * restarts and server crashes (each restart is a new execution of the same job instance).
 */
@Entity
@Table(name = "bf_run", indexes = {
        @Index(name = "bf_run_workflow", columnList = "workflowId"),
        @Index(name = "bf_run_status", columnList = "status"),
        @Index(name = "bf_run_created", columnList = "createdAt")})
public class Run {

    @Id
    @Column(length = 36)
    private String id;

    @Column(nullable = false, length = 100)
    private String workflowId;

    @Column(nullable = false)
    private Long revisionId;

    @Column(nullable = false, length = 200)
    private String architectureId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private RunStatus status;

    @Column(length = 100)
    private String exitStatus;

    @Column(nullable = false, length = 20)
    private String generator;

    private int itemCount;

    @Column(nullable = false, length = 20)
    private String verificationPolicy;

    /** The model settings as JSON (no key: keys never leave the server's environment). */
    @Column(length = 2000)
    private String llmSettings;

    private int parallelism;

    @Column(name = "run_trigger", length = 100)
    private String trigger;

    private Long currentExecutionId;

    private int totalComponents;
    private int levels;

    @Column(nullable = false)
    private OffsetDateTime createdAt;
    private OffsetDateTime startedAt;
    private OffsetDateTime endedAt;

    @Column(length = 2000)
    private String failureCause;

    /** The run whose output this one equals, when nothing changed since it. */
    @Column(name = "same_as", length = 36)
    private String sameAs;

    @Column(name = "conflict_style", length = 20)
    private String conflictStyle;

    private long promptTokens;
    private long completionTokens;

    /** The instance executing the run; none while it waits in the queue. */
    @Column(length = 36)
    private String owner;

    protected Run() {
    }

    public Run(String id, String workflowId, Long revisionId, String architectureId, RunOptions options,
            String trigger, OffsetDateTime createdAt) {
        this.id = id;
        this.workflowId = workflowId;
        this.revisionId = revisionId;
        this.architectureId = architectureId;
        this.generator = options.generator();
        this.itemCount = options.itemCount();
        this.verificationPolicy = options.verificationPolicy();
        this.llmSettings = options.llm() == null ? null : LlmSettingsJson.write(options.llm());
        this.parallelism = options.parallelism();
        this.conflictStyle = options.conflicts();
        this.trigger = trigger;
        this.status = RunStatus.QUEUED;
        this.createdAt = createdAt;
    }

    /** Makes an execution of this run's job instance the current one (RunExecution keeps them all). */
    public void follow(long executionId) {
        currentExecutionId = executionId;
        if (status == RunStatus.QUEUED || !status.isActive()) {
            status = RunStatus.STARTING;
        }
        endedAt = null;
        failureCause = null;
    }

    public void started(int components, int levels, OffsetDateTime at) {
        this.totalComponents = components;
        this.levels = levels;
        if (startedAt == null) {
            startedAt = at;
        }
    }

    public void ended(RunStatus status, String exitStatus, String failureCause, OffsetDateTime at) {
        this.status = status;
        this.exitStatus = exitStatus;
        if (failureCause != null) {
            this.failureCause = limited(failureCause);
        }
        this.endedAt = at;
    }

    public void cause(String failureCause) {
        this.failureCause = failureCause == null ? null : limited(failureCause);
    }

    public void status(RunStatus status) {
        this.status = status;
    }

    public void addTokens(long prompt, long completion) {
        promptTokens += prompt;
        completionTokens += completion;
    }

    public String id() {
        return id;
    }
    public String workflowId() {
        return workflowId;
    }
    public Long revisionId() {
        return revisionId;
    }
    public String architectureId() {
        return architectureId;
    }
    public RunStatus status() {
        return status;
    }
    public String exitStatus() {
        return exitStatus;
    }
    public RunOptions options() {
        return new RunOptions(generator, itemCount, verificationPolicy,
                llmSettings == null ? null : LlmSettingsJson.read(llmSettings), Math.max(1, parallelism),
                conflictStyle == null ? RunOptions.BESIDE : conflictStyle);
    }
    public String trigger() {
        return trigger;
    }
    public Long currentExecutionId() {
        return currentExecutionId;
    }
    public int totalComponents() {
        return totalComponents;
    }
    public int levels() {
        return levels;
    }
    public OffsetDateTime createdAt() {
        return createdAt;
    }
    public OffsetDateTime startedAt() {
        return startedAt;
    }
    public OffsetDateTime endedAt() {
        return endedAt;
    }
    public String failureCause() {
        return failureCause;
    }
    public long promptTokens() {
        return promptTokens;
    }
    public long completionTokens() {
        return completionTokens;
    }
    public String owner() {
        return owner;
    }

    /** A cause as stored and shown: credentials taken out (it may quote a model server), at most 2,000 characters. */
    static String limited(String cause) {
        String clean = Secrets.scrub(cause);
        return clean.length() > 2000 ? clean.substring(0, 2000) : clean;
    }

    public String sameAs() {
        return sameAs;
    }

    public void sameAs(String runId) {
        this.sameAs = runId;
    }
}
