package dev.backforge.runs.control;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.backforge.cluster.control.InstanceStore;
import dev.backforge.http.JsonBodies;
import dev.backforge.runs.entity.ComponentResult;
import dev.backforge.runs.entity.ComponentState;
import dev.backforge.runs.entity.Run;
import dev.backforge.runs.entity.RunExecution;
import dev.backforge.runs.entity.RunReport;
import jakarta.batch.runtime.BatchStatus;
import jakarta.batch.runtime.Metric;
import jakarta.batch.runtime.StepExecution;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.file.Files;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The JSON representations of runs: a summary for lists, the whole story for one run. */
@ApplicationScoped
public class RunViews {

    @Inject
    InstanceStore instances;

    private volatile Map<String, String> names;
    private volatile long namesRead;

    @Inject
    RunStore store;

    @Inject
    RunReports reports;

    @Inject
    Jobs jobs;

    @Inject
    RunActions actions;

    @Inject
    Workspace workspace;

    public ObjectNode summary(Run run, long generated) {
        ObjectNode n = JsonBodies.MAPPER.createObjectNode();
        n.put("id", run.id());
        n.put("workflow_id", run.workflowId());
        n.put("architecture_id", run.architectureId());
        n.put("revision_id", run.revisionId());
        n.put("status", run.status().name());
        n.put("exit_status", run.exitStatus());
        n.put("generator", run.options().generator());
        n.put("item_count", run.options().itemCount());
        n.put("verification_policy", run.options().verificationPolicy());
        n.put("trigger", run.trigger());
        n.put("created_at", JsonBodies.iso(run.createdAt()));
        n.put("started_at", JsonBodies.iso(run.startedAt()));
        n.put("ended_at", JsonBodies.iso(run.endedAt()));
        Long duration = duration(run);
        if (duration == null) {
            n.putNull("duration_ms");
        } else {
            n.put("duration_ms", duration);
        }
        ObjectNode progress = n.putObject("progress");
        progress.put("total", run.totalComponents());
        progress.put("generated", generated);
        progress.put("percent", run.totalComponents() == 0 ? 0 : Math.round(100.0 * generated / run.totalComponents()));
        n.putObject("tokens").put("prompt", run.promptTokens()).put("completion", run.completionTokens())
                .put("total", run.promptTokens() + run.completionTokens());
        n.put("failure_cause", run.failureCause());
        instance(n, run.owner(), instanceNames());
        n.put("href", "/api/v1/runs/" + run.id());
        return n;
    }

    /** The instance as its id and name, or null (a queued run has none, an older store's runs neither). */
    private static void instance(ObjectNode n, String instanceId, Map<String, String> names) {
        if (instanceId == null) {
            n.putNull("instance");
        } else {
            n.putObject("instance").put("id", instanceId).put("name", names.get(instanceId));
        }
    }

    /** Instance names, read at most once a second: a page of runs names the same few instances. */
    private Map<String, String> instanceNames() {
        long now = System.nanoTime();
        if (names == null || now - namesRead > 1_000_000_000L) {
            names = instances.names();
            namesRead = now;
        }
        return names;
    }

    /**
     * The summary and the step the current execution is in (null before its first), for clients that poll: the
     * detail builds every component's entry, 425 KB and 25-30 ms of the server's time per request for a thousand.
     */
    public ObjectNode status(Run run) {
        ObjectNode n = summary(run, store.generatedCounts(List.of(run.id())).getOrDefault(run.id(), 0L));
        String step = null;
        if (run.currentExecutionId() != null) {
            for (StepExecution s : jobs.steps(run.currentExecutionId())) {
                step = s.getStepName();
            }
        }
        n.put("step", step);
        return n;
    }

    public ObjectNode detail(Run run) {
        List<ComponentResult> results = store.results(run.id());
        long generated = results.stream().filter(r -> r.state() == ComponentState.GENERATED).count();
        long failed = results.stream().filter(r -> r.state() == ComponentState.FAILED).count();
        ObjectNode n = summary(run, generated);
        ((ObjectNode) n.get("progress")).put("failed", failed);
        if (run.currentExecutionId() != null) {
            n.put("current_execution_id", run.currentExecutionId());
            jobs.find(run.currentExecutionId()).ifPresent(execution -> {
                n.put("batch_status", execution.getBatchStatus().name());
                n.put("batch_exit_status", execution.getExitStatus());
            });
        }
        ArrayNode executions = n.putArray("executions");
        ArrayNode history = n.putArray("execution_history");
        Map<String, String> names = instanceNames();
        List<Long> executionIds = new ArrayList<>();
        for (RunExecution e : store.executionHistory(run.id())) {
            executionIds.add(e.executionId());
            executions.add(e.executionId());
            ObjectNode h = history.addObject().put("execution_id", e.executionId())
                    .put("created_at", JsonBodies.iso(e.createdAt()));
            instance(h, e.instanceId(), names);
        }
        ArrayNode steps = n.putArray("steps");
        for (Long id : executionIds) {
            for (StepExecution s : jobs.steps(id)) {
                steps.add(live(step(id, s), s, results));
            }
        }
        Map<String, Long> attempts = store.attempts(run.id());
        ArrayNode components = n.putArray("components");
        for (ComponentResult r : results) {
            components.add(component(r, attempts.getOrDefault(r.componentId(), 0L)));
        }
        ArrayNode allowed = n.putArray("actions");
        actions.allowed(run).forEach(allowed::add);
        RunReport report = reports.of(run.id());
        n.set("changes", json(report.changes()));
        n.set("publish", json(report.publishReport()));
        ObjectNode output = n.putObject("output");
        // relative to the workspace: the API does not show the server's file system
        output.put("run_folder", workspace.relative(folder(run)));
        if (run.sameAs() != null) {
            output.put("same_as", run.sameAs());
        }
        output.put("published_folder", workspace.relative(workspace.published(run.workflowId())));
        if (Files.isRegularFile(folder(run).resolve("manifest.json"))) {
            // only once the last step wrote it: a link to a manifest that is not there helps nobody
            output.put("manifest", "/api/v1/runs/" + run.id() + "/manifest");
        }
        return n;
    }

    /**
     * The batch runtime publishes a step's counts when the step ends; while generate runs, its counts are taken from
     * the components this step has committed so far, so a run at 16 of 295 does not show 0 read, 0 written.
     */
    private static ObjectNode live(ObjectNode step, StepExecution s, List<ComponentResult> results) {
        if (!"generate".equals(s.getStepName()) || s.getBatchStatus() != BatchStatus.STARTED
                || s.getStartTime() == null) {
            return step;
        }
        OffsetDateTime since = s.getStartTime().toInstant().atOffset(ZoneOffset.UTC);
        List<ComponentResult> done = results.stream().filter(r -> r.committedAt() != null
                && !r.committedAt().isBefore(since)).toList();
        long written = done.stream().filter(r -> r.state() == ComponentState.GENERATED).count();
        ObjectNode metrics = (ObjectNode) step.get("metrics");
        metrics.put("read_count", Math.max(metrics.path("read_count").asLong(), done.size()));
        metrics.put("write_count", Math.max(metrics.path("write_count").asLong(), written));
        metrics.put("process_skip_count", Math.max(metrics.path("process_skip_count").asLong(),
                done.size() - written));
        metrics.put("commit_count", Math.max(metrics.path("commit_count").asLong(),
                done.stream().map(ComponentResult::committedAt).distinct().count()));
        return step;
    }

    /** The folder of a run's files: its own, or for a run that changed nothing, that of the run it equals. */
    public java.nio.file.Path folder(Run run) {
        return workspace.runOutput(run.workflowId(), run.sameAs() != null ? run.sameAs() : run.id());
    }

    private static com.fasterxml.jackson.databind.JsonNode json(String text) {
        try {
            return text == null ? JsonBodies.MAPPER.nullNode() : JsonBodies.MAPPER.readTree(text);
        } catch (java.io.IOException e) {
            return JsonBodies.MAPPER.nullNode();
        }
    }

    private static ObjectNode step(long executionId, StepExecution s) {
        ObjectNode n = JsonBodies.MAPPER.createObjectNode();
        n.put("execution_id", executionId);
        n.put("step_execution_id", s.getStepExecutionId());
        n.put("name", s.getStepName());
        n.put("status", s.getBatchStatus() == null ? null : s.getBatchStatus().name());
        n.put("exit_status", s.getExitStatus());
        n.put("started_at", JsonBodies.iso(s.getStartTime()));
        n.put("ended_at", JsonBodies.iso(s.getEndTime()));
        ObjectNode metrics = n.putObject("metrics");
        for (Metric.MetricType type : Metric.MetricType.values()) {
            metrics.put(type.name().toLowerCase(Locale.ROOT), 0L);
        }
        if (s.getMetrics() != null) {
            for (Metric m : s.getMetrics()) {
                metrics.put(m.getType().name().toLowerCase(Locale.ROOT), m.getValue());
            }
        }
        return n;
    }

    private static ObjectNode component(ComponentResult r, long attempts) {
        ObjectNode n = JsonBodies.MAPPER.createObjectNode();
        n.put("position", r.position());
        n.put("id", r.componentId());
        n.put("type", r.type());
        n.put("level", r.level());
        n.put("file_path", r.filePath());
        n.put("state", r.state().name().toLowerCase(Locale.ROOT));
        n.put("origin", r.origin());
        n.put("attempts", attempts);
        n.put("commits", r.commits());
        n.put("duration_ms", r.durationMillis());
        n.put("lines", r.lineCount());
        n.put("implemented_methods", r.implementedMethods());
        n.put("stubbed_methods", r.stubbedMethods());
        n.putObject("findings").put("errors", r.errors()).put("warnings", r.warnings());
        n.putObject("tokens").put("prompt", r.promptTokens()).put("completion", r.completionTokens());
        n.put("sha256", r.sha256());
        n.put("failure", r.failure());
        return n;
    }

    /** The findings stored for a run's components, for the console's findings table. */
    public JsonNode findings(ComponentResult r) throws IOException {
        return r.findings() == null ? JsonBodies.MAPPER.createArrayNode() : JsonBodies.MAPPER.readTree(r.findings());
    }

    private static Long duration(Run run) {
        if (run.startedAt() == null) {
            return null;
        }
        OffsetDateTime end = run.endedAt() != null ? run.endedAt()
                : run.status().isActive() ? OffsetDateTime.now(ZoneOffset.UTC) : null;
        return end == null ? null : Duration.between(run.startedAt(), end).toMillis();
    }
}
