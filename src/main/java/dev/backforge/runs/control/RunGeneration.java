package dev.backforge.runs.control;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import dev.backforge.architecture.control.Json;
import dev.backforge.architecture.entity.Component;
import dev.backforge.artifacts.control.AtomicFiles;
import dev.backforge.artifacts.control.Hashes;
import dev.backforge.artifacts.control.ManifestWriter;
import dev.backforge.artifacts.control.PublishedTree;
import dev.backforge.artifacts.entity.ComponentOutcome;
import dev.backforge.generation.control.ComponentGeneration;
import dev.backforge.generation.control.GenerationContext;
import dev.backforge.generation.control.GenerationException;
import dev.backforge.generation.entity.GeneratedFile;
import dev.backforge.generation.entity.Stub;
import dev.backforge.generation.entity.TokenUsage;
import dev.backforge.generation.template.python.TemplateGenerator;
import dev.backforge.planning.entity.Plan;
import dev.backforge.planning.entity.PlannedComponent;
import dev.backforge.runs.entity.ComponentResult;
import dev.backforge.runs.entity.ComponentState;
import dev.backforge.runs.entity.GeneratedRecord;
import dev.backforge.runs.entity.Run;
import dev.backforge.verification.entity.Finding;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the steps of the job do, apart from the batch plumbing: plan a run, generate and commit one component,
 * re-verify a written file, write and publish the manifest. The batch artifacts call these and nothing else.
 */
@ApplicationScoped
public class RunGeneration {

    @Inject
    RunStore store;

    @Inject
    RunContexts contexts;

    @Inject
    Workspace workspace;

    @Inject
    RunSync sync;

    @Inject
    ModelGeneration models;

    @Inject
    dev.backforge.operations.control.RunMetrics metrics;

    @jakarta.annotation.Resource
    jakarta.enterprise.concurrent.ManagedExecutorService executor;

    @Inject
    Event<RunProgress> progress;

    private final ComponentGeneration generation = new ComponentGeneration(new TemplateGenerator());

    public Run run(String runId) {
        return store.get(runId);
    }

    public GenerationContext context(Run run) {
        return contexts.of(run.revisionId());
    }

    /** Step parse: the stored revision is valid and planned; the run learns its size. */
    public Plan prepare(String runId) {
        Run run = store.get(runId);
        Plan plan = context(run).plan();
        store.started(runId, plan.size(), plan.levels());
        return plan;
    }

    /** Step order: the component rows of the plan, created once (a restarted order step finds them there). */
    public List<ComponentResult> pending(String runId, List<PlannedComponent> planned) {
        List<ComponentResult> rows = new ArrayList<>();
        for (PlannedComponent p : planned) {
            if (store.result(runId, p.position()).isEmpty()) {
                Component c = p.component();
                rows.add(new ComponentResult(runId, p.position(), c.id(), c.type(), p.level(), c.filePath()));
            }
        }
        return rows;
    }

    public void addResults(List<ComponentResult> rows) {
        store.add(rows);
    }

    /** The positions still to generate, in plan order. */
    public List<Integer> toGenerate(String runId) {
        return store.results(runId).stream().filter(r -> r.state() != ComponentState.GENERATED)
                .map(ComponentResult::position).toList();
    }

    /** Step generate, reader: the work units of what is not committed yet, deterministic for the same state. */
    public List<WorkUnit> units(String runId) throws IOException {
        Run run = store.get(runId);
        // a crash between writing a file and renaming it leaves a temporary file: the folder holds what committed
        AtomicFiles.sweep(workspace.runOutput(run.workflowId(), runId));
        return models.units(context(run), run.options(), toGenerate(runId));
    }

    /**
     * Step generate, processor: one work unit generated and verified, in memory. Model batches of the unit run at the
     * same time; a component that gets no file is reported with its cause, the others go on.
     */
    public UnitOutcome generate(String runId, WorkUnit unit, long executionId) {
        Run run = store.get(runId);
        GenerationContext context = context(run);
        for (int position : unit.positions()) {
            store.attempt(runId, context.plan().get(position).id(), executionId);
        }
        Map<Integer, ComponentOutcome> outcomes = new java.util.TreeMap<>();
        Map<Integer, String> failures = new java.util.TreeMap<>();
        List<java.util.concurrent.Future<UnitOutcome>> running = new ArrayList<>();
        for (WorkUnit.Batch batch : unit.batches()) {
            if (batch.model()) {
                running.add(executor.submit(() -> modelBatch(run, context, batch)));
            } else {
                templateBatch(context, batch, outcomes, failures);
            }
        }
        for (var future : running) {
            try {
                UnitOutcome o = future.get();
                outcomes.putAll(o.outcomes());
                failures.putAll(o.failures());
            } catch (java.util.concurrent.ExecutionException e) {
                throw new IllegalStateException("a model batch failed: " + e.getCause().getMessage(), e.getCause());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted", e);
            }
        }
        progress.fire(new RunProgress(runId, RunProgress.Stage.UNIT_GENERATED, String.valueOf(unit.positions().get(0))));
        return new UnitOutcome(outcomes, failures);
    }

    private void templateBatch(GenerationContext context, WorkUnit.Batch batch, Map<Integer, ComponentOutcome> outcomes,
                               Map<Integer, String> failures) {
        for (int position : batch.positions()) {
            try {
                outcomes.put(position, generation.run(context, context.plan().get(position)));
            } catch (GenerationException e) {
                failures.put(position, e.getMessage());
            }
        }
    }

    private UnitOutcome modelBatch(Run run, GenerationContext context, WorkUnit.Batch batch) {
        List<PlannedComponent> planned = batch.positions().stream().map(p -> context.plan().get(p)).toList();
        dev.backforge.generation.llm.LlmGenerator.BatchResult result;
        try {
            result = models.generator(run, context, generation).generate(context, planned, batch.drafts());
        } catch (RuntimeException e) {
            // whatever went wrong with the batch is its components' failure, not the step's
            Map<Integer, String> failed = new java.util.TreeMap<>();
            batch.positions().forEach(p -> failed.put(p, "the batch failed: " + e));
            return new UnitOutcome(Map.of(), failed);
        }
        Map<Integer, ComponentOutcome> outcomes = new java.util.TreeMap<>();
        Map<Integer, String> failures = new java.util.TreeMap<>();
        for (ComponentOutcome o : result.outcomes()) {
            planned.stream().filter(p -> p.id().equals(o.component().id())).findFirst()
                    .ifPresent(p -> outcomes.put(p.position(), o));
        }
        result.failures().forEach((id, cause) -> planned.stream().filter(p -> p.id().equals(id)).findFirst()
                .ifPresent(p -> failures.put(p.position(), cause)));
        return new UnitOutcome(outcomes, failures);
    }

    /** Step generate, writer: each file on disk (atomically) and its result, or the failure, in the chunk's transaction. */
    public void commit(String runId, UnitOutcome unit) throws IOException {
        Path output = workspace.runOutput(store.get(runId).workflowId(), runId);
        for (var e : unit.outcomes().entrySet()) {
            commit(runId, output, e.getKey(), e.getValue());
        }
        unit.failures().forEach((position, cause) -> failed(runId, position, cause));
    }

    private void commit(String runId, Path output, int position, ComponentOutcome o) throws IOException {
        AtomicFiles.write(output, o.file().path(), o.file().content());
        GeneratedFile f = o.file();
        long errors = o.findings().stream().filter(Finding::isError).count();
        store.generated(runId, position, new GeneratedRecord(Hashes.sha256(f.content()), f.lineCount(),
                f.implemented().size(), f.stubs().size(), (int) errors, (int) (o.findings().size() - errors),
                o.millis(), f.tokens().prompt(), f.tokens().completion(), findingsJson(o.findings()),
                stubsJson(f.stubs()), f.description(), Json.OUTPUT.valueToTree(f.dependenciesUsed()).toString(),
                Json.OUTPUT.valueToTree(f.implemented()).toString()));
        metrics.generated(f.tokens().prompt(), f.tokens().completion());
    }

    public void failed(String runId, int position, String cause) {
        store.failed(runId, position, cause, 0);
    }

    /** Components of the run that could not be generated, with their causes. */
    public List<ComponentResult> failures(String runId) {
        return store.results(runId).stream().filter(r -> r.state() == ComponentState.FAILED).toList();
    }

    public List<ComponentResult> generated(String runId) {
        return store.results(runId).stream().filter(r -> r.state() == ComponentState.GENERATED).toList();
    }

    public void cause(String runId, String cause) {
        store.failureCause(runId, cause);
    }

    public void stepStarted(String runId, String step) {
        progress.fire(new RunProgress(runId, RunProgress.Stage.STEP_STARTED, step));
    }

    public void jobStarted(String runId) {
        store.executionStarted(runId);
    }

    public void jobEnded(String runId, long executionId) {
        sync.whenEnded(runId, executionId);
    }

    /** Step verify: the file as it is on disk, checked again (a changed or missing file is an error too). */
    public List<Finding> verifyWritten(String runId, ComponentResult result) {
        progress.fire(new RunProgress(runId, RunProgress.Stage.FILE_VERIFIED, result.filePath()));
        Run run = store.get(runId);
        GenerationContext context = context(run);
        Component component = context.plan().get(result.position()).component();
        Path file = workspace.runOutput(run.workflowId(), runId).resolve(result.filePath());
        List<Finding> findings = new ArrayList<>();
        String content;
        try {
            content = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            findings.add(new Finding(result.filePath(), 0, "file-missing", Finding.Severity.ERROR,
                    "the generated file cannot be read: " + e.getMessage()));
            return findings;
        }
        if (!Hashes.sha256(content).equals(result.sha256())) {
            findings.add(new Finding(result.filePath(), 0, "file-changed", Finding.Severity.ERROR,
                    "the file on disk is not the one that was generated and committed"));
        }
        findings.addAll(generation.verify(context, component, content));
        return findings;
    }

    public void recordVerified(String runId, int position, List<Finding> findings) {
        long errors = findings.stream().filter(Finding::isError).count();
        store.verified(runId, position, (int) errors, (int) (findings.size() - errors), findingsJson(findings));
    }

    /**
     * Step manifest: manifest.json beside the run's files; published to the workflow's artifacts folder unless the
     * run's policy fails it on verification errors. Returns the number of verification errors.
     */
    public long writeManifest(String runId) throws IOException {
        Run run = store.get(runId);
        GenerationContext context = context(run);
        Path output = workspace.runOutput(run.workflowId(), runId);
        List<ComponentOutcome> outcomes = new ArrayList<>();
        Map<String, Long> timings = new LinkedHashMap<>();
        long generateMillis = 0;
        for (ComponentResult r : store.results(runId)) {
            if (r.state() != ComponentState.GENERATED) {
                continue;
            }
            Component c = context.plan().get(r.position()).component();
            String content = Files.readString(output.resolve(r.filePath()), StandardCharsets.UTF_8);
            GeneratedFile file = new GeneratedFile(r.filePath(), r.componentId(), content, r.description(),
                    list(r.dependenciesUsed()), list(r.implementedNames()), stubs(r.componentId(), r.stubs()),
                    new TokenUsage(r.promptTokens(), r.completionTokens()));
            outcomes.add(new ComponentOutcome(c, file, findings(r.findings()), r.durationMillis()));
            generateMillis += r.durationMillis();
        }
        timings.put("generate_and_verify_ms", generateMillis);
        String generator = run.options().generator();
        var manifest = ManifestWriter.build(new ManifestWriter.Input(run.architectureId(), run.workflowId(),
                generator, generator.equals("template") ? generation.generator().version()
                : dev.backforge.generation.llm.LlmGenerator.VERSION, outcomes, timings));
        String text = ManifestWriter.render(manifest);
        AtomicFiles.write(output, "manifest.json", text);
        long errors = manifest.get("metadata").get("verification").get("errors").asLong();
        if (errors == 0 || !run.options().failOnVerificationErrors()) {
            Map<String, byte[]> files = new LinkedHashMap<>();
            for (ComponentOutcome o : outcomes) {
                files.put(o.file().path(), o.file().content().getBytes(StandardCharsets.UTF_8));
            }
            files.put("manifest.json", text.getBytes(StandardCharsets.UTF_8));
            new PublishedTree(workspace.published(run.workflowId())).publish(runId, files,
                    path -> progress.fire(new RunProgress(runId, RunProgress.Stage.FILE_PUBLISHED, path)));
        }
        return errors;
    }

    private static String findingsJson(List<Finding> findings) {
        ArrayNode array = Json.OUTPUT.createArrayNode();
        findings.forEach(f -> array.add(ManifestWriter.finding(f)));
        return array.toString();
    }

    private static String stubsJson(List<Stub> stubs) {
        ArrayNode array = Json.OUTPUT.createArrayNode();
        stubs.forEach(s -> array.addObject().put("name", s.qualifiedName()).put("reason", s.reason()));
        return array.toString();
    }

    static List<Finding> findings(String json) throws IOException {
        List<Finding> out = new ArrayList<>();
        if (json == null) {
            return out;
        }
        for (JsonNode f : Json.OUTPUT.readTree(json)) {
            out.add(new Finding(f.get("file").asText(), f.get("line").asInt(), f.get("rule").asText(),
                    Finding.Severity.valueOf(f.get("severity").asText().toUpperCase(java.util.Locale.ROOT)),
                    f.get("message").asText()));
        }
        return out;
    }

    private static List<Stub> stubs(String componentId, String json) throws IOException {
        List<Stub> out = new ArrayList<>();
        if (json != null) {
            for (JsonNode s : Json.OUTPUT.readTree(json)) {
                out.add(new Stub(componentId, s.get("name").asText(), s.get("reason").asText()));
            }
        }
        return out;
    }

    private static List<String> list(String json) throws IOException {
        return json == null ? List.of() : Json.OUTPUT.readValue(json, new TypeReference<List<String>>() { });
    }
}
