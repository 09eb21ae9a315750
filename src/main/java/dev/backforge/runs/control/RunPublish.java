package dev.backforge.runs.control;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.backforge.generation.control.GenerationContext;
import dev.backforge.generation.llm.control.LlmGenerator;
import dev.backforge.http.JsonBodies;
import dev.backforge.output.control.AtomicFiles;
import dev.backforge.output.control.PublishedTree;
import dev.backforge.output.control.TreeFiles;
import dev.backforge.output.control.TreeMerge;
import dev.backforge.output.entity.ComponentOutcome;
import dev.backforge.pipeline.control.ManifestStep;
import dev.backforge.pipeline.control.Pipeline;
import dev.backforge.runs.entity.ComponentResult;
import dev.backforge.runs.entity.ComponentState;
import dev.backforge.runs.entity.Run;
import dev.backforge.runs.entity.RunOptions;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
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
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;

/**
 * Step manifest of a run: manifest.json beside the run's files from what the steps recorded, then the files
 * published to the workflow's tree, merged three ways with what people changed there since the last publish (see
 * {@link TreeMerge}), unless the run's policy fails it on verification errors.
 */
@ApplicationScoped
public class RunPublish {

    /** What the step found: verification errors, and files where a person's edit and the new output conflict. */
    public record Published(long errors, int conflicts) {
    }

    @Inject
    RunStore store;

    @Inject
    RunReports reports;

    @Inject
    RunContexts contexts;

    @Inject
    RunOwnership ownership;

    @Inject
    Workspace workspace;

    @Inject
    Pipeline pipeline;

    @Inject
    Event<RunProgress> progress;

    @Resource
    ManagedExecutorService executor;

    public Published manifest(String runId) throws IOException {
        Run run = store.get(runId);
        GenerationContext context = contexts.of(run.revisionId());
        Path output = workspace.runOutput(run.workflowId(), runId);
        List<ComponentResult> generated = store.results(runId).stream()
                .filter(r -> r.state() == ComponentState.GENERATED).toList();
        // the chunks wrote these without waiting for the disk: they reach it while the cores make the project
        Future<Void> componentsForced = forced(output, generated.stream().map(ComponentResult::filePath).toList());
        List<ComponentOutcome> outcomes = new ArrayList<>();
        long millis = 0;
        for (ComponentResult r : generated) {
            String content = Files.readString(output.resolve(r.filePath()), StandardCharsets.UTF_8);
            outcomes.add(new ComponentOutcome(context.plan().get(r.position()).component(),
                    StoredResults.file(r, content), StoredResults.findings(r.findings()), r.durationMillis()));
            millis += r.durationMillis();
        }
        // the project around the components is made from them, so it is made here, once they are all committed
        List<ComponentOutcome> project = pipeline.project(context, outcomes);
        Map<String, byte[]> projectFiles = new LinkedHashMap<>();
        for (ComponentOutcome o : project) {
            byte[] bytes = o.file().content().getBytes(StandardCharsets.UTF_8);
            projectFiles.put(o.file().path(), bytes);
            AtomicFiles.writeUnforced(output, o.file().path(), bytes);
        }
        Future<Void> projectForced = forced(output, List.copyOf(projectFiles.keySet()));
        Map<String, byte[]> ours = new LinkedHashMap<>();
        for (ComponentOutcome o : outcomes) {
            ours.put(o.file().path(), o.file().content().getBytes(StandardCharsets.UTF_8));
        }
        ours.putAll(projectFiles);
        PublishedTree tree = new PublishedTree(workspace.published(run.workflowId()));
        if (tree.currentLabel().filter(runId::equals).isPresent()) {
            // published already, before a crash ended the step: the tree and its manifest say what was done
            awaitAll(componentsForced, projectForced);
            return again(run, tree);
        }
        TreeMerge.Plan merge = merge(run.workflowId(), run.options().conflicts(), ours);
        ManifestStep.Manifest manifest = manifest(run, context, outcomes, project, millis, merge);
        AtomicFiles.write(output, "manifest.json", manifest.text());
        // the run's folder is the next merge's base: whole on disk before the step can end or anything is published
        awaitAll(componentsForced, projectForced);
        if (manifest.errors() > 0 && run.options().failOnVerificationErrors()) {
            return new Published(manifest.errors(), 0);
        }
        ownership.check(runId);
        Map<String, byte[]> writes = new LinkedHashMap<>(merge.writes());
        writes.put("manifest.json", manifest.text().getBytes(StandardCharsets.UTF_8));
        tree.publish(runId, writes, merge.deletes(),
                path -> progress.fire(new RunProgress(runId, RunProgress.Stage.FILE_PUBLISHED, path)));
        reports.publishReport(runId, JsonBodies.write(report(merge)));
        return new Published(manifest.errors(), merge.paths(TreeMerge.Outcome.CONFLICT).size());
    }

    /**
     * The new output against the workflow's published tree and what the last publish wrote there (the folder of
     * the run the tree was published by). Reads only: a dry run asks the same.
     */
    public TreeMerge.Plan merge(String workflowId, String conflicts, Map<String, byte[]> ours) throws IOException {
        PublishedTree tree = new PublishedTree(workspace.published(workflowId));
        Optional<Path> base = tree.currentLabel().map(label -> workspace.runOutput(workflowId, label))
                .filter(Files::isDirectory);
        Map<String, byte[]> baseFiles = new LinkedHashMap<>(TreeFiles.read(base));
        baseFiles.remove("manifest.json");
        TreeMerge.Conflicts style = RunOptions.MARKERS.equals(conflicts)
                ? TreeMerge.Conflicts.MARKERS : TreeMerge.Conflicts.BESIDE;
        return TreeMerge.plan(baseFiles, tree.current(), ours, style);
    }

    /** The files forced to disk (and their folders' entries) on a thread of the container's, while this one works. */
    private Future<Void> forced(Path output, List<String> relatives) {
        return executor.submit(() -> {
            AtomicFiles.forceAll(output, relatives);
            return null;
        });
    }

    private static void awaitAll(Future<?>... forcing) throws IOException {
        for (Future<?> f : forcing) {
            try {
                f.get();
            } catch (ExecutionException e) {
                throw e.getCause() instanceof IOException io ? io : new IOException("forcing files failed", e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException("interrupted while forcing files to disk", e);
            }
        }
    }

    private ManifestStep.Manifest manifest(Run run, GenerationContext context, List<ComponentOutcome> outcomes,
                                           List<ComponentOutcome> project, long millis, TreeMerge.Plan merge) {
        Map<String, Long> timings = new LinkedHashMap<>();
        timings.put("generate_and_verify_ms", millis);
        String generator = run.options().generator();
        String version = generator.equals("template")
                ? pipeline.stacks().of(context.architecture()).templates().version() : LlmGenerator.VERSION;
        Map<String, JsonNode> sections = new LinkedHashMap<>();
        sections.put("publish", report(merge));
        String changes = reports.of(run.id()).changes();
        if (changes != null) {
            sections.put("changes", read(changes));
        }
        return pipeline.manifest().write(run.architectureId(), run.workflowId(), generator, version, outcomes,
                project, timings, sections);
    }

    private Published again(Run run, PublishedTree tree) throws IOException {
        Path manifest = tree.current().orElseThrow().resolve("manifest.json");
        JsonNode metadata = read(Files.readString(manifest)).path("metadata");
        reports.publishReport(run.id(), metadata.path("publish").toString());
        return new Published(metadata.path("verification").path("errors").asLong(),
                metadata.path("publish").path("conflicts").size());
    }

    /**
     * What publishing did, by outcome: the paths new, replaced, merged, in conflict, deleted, kept (a person's file
     * whose component is gone) and left deleted (a person deleted it); files already as they should be are counted.
     */
    static ObjectNode report(TreeMerge.Plan merge) {
        ObjectNode n = JsonBodies.MAPPER.createObjectNode();
        for (TreeMerge.Outcome outcome : TreeMerge.Outcome.values()) {
            List<String> paths = merge.paths(outcome);
            switch (outcome) {
                case UNCHANGED -> n.put("unchanged", paths.size());
                case CONFLICT -> paths.forEach(n.putArray("conflicts")::add);
                default -> {
                    var list = n.putArray(outcome.name().toLowerCase(Locale.ROOT));
                    paths.forEach(list::add);
                }
            }
        }
        return n;
    }

    private static JsonNode read(String json) {
        try {
            return JsonBodies.MAPPER.readTree(json);
        } catch (IOException e) {
            return JsonBodies.MAPPER.createObjectNode();
        }
    }
}
