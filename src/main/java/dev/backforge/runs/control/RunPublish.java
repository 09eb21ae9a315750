package dev.backforge.runs.control;

import dev.backforge.generation.control.GenerationContext;
import dev.backforge.generation.llm.control.LlmGenerator;
import dev.backforge.output.control.AtomicFiles;
import dev.backforge.output.entity.ComponentOutcome;
import dev.backforge.pipeline.control.ManifestStep;
import dev.backforge.pipeline.control.Pipeline;
import dev.backforge.runs.entity.ComponentResult;
import dev.backforge.runs.entity.ComponentState;
import dev.backforge.runs.entity.Run;
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
 * Step manifest of a run: manifest.json beside the run's files from what the steps recorded, then the files
 * published to the workflow's tree, unless the run's policy fails it on verification errors.
 */
@ApplicationScoped
public class RunPublish {

    @Inject
    RunStore store;

    @Inject
    RunContexts contexts;

    @Inject
    Workspace workspace;

    @Inject
    Pipeline pipeline;

    @Inject
    Event<RunProgress> progress;

    /** Returns the number of verification errors. */
    public long manifest(String runId) throws IOException {
        Run run = store.get(runId);
        GenerationContext context = contexts.of(run.revisionId());
        Path output = workspace.runOutput(run.workflowId(), runId);
        List<ComponentOutcome> outcomes = new ArrayList<>();
        long millis = 0;
        for (ComponentResult r : store.results(runId)) {
            if (r.state() == ComponentState.GENERATED) {
                String content = Files.readString(output.resolve(r.filePath()), StandardCharsets.UTF_8);
                outcomes.add(new ComponentOutcome(context.plan().get(r.position()).component(),
                        StoredResults.file(r, content), StoredResults.findings(r.findings()), r.durationMillis()));
                millis += r.durationMillis();
            }
        }
        Map<String, Long> timings = new LinkedHashMap<>();
        timings.put("generate_and_verify_ms", millis);
        String generator = run.options().generator();
        String version = generator.equals("template")
                ? pipeline.stacks().of(context.architecture()).templates().version() : LlmGenerator.VERSION;
        // the project around the components is made from them, so it is made here, once they are all committed
        List<ComponentOutcome> project = pipeline.project(context, outcomes);
        for (ComponentOutcome o : project) {
            AtomicFiles.write(output, o.file().path(), o.file().content());
        }
        ManifestStep.Manifest manifest = pipeline.manifest().write(run.architectureId(), run.workflowId(), generator,
                version, outcomes, project, timings);
        AtomicFiles.write(output, "manifest.json", manifest.text());
        if (manifest.errors() == 0 || !run.options().failOnVerificationErrors()) {
            Map<String, byte[]> files = new LinkedHashMap<>();
            for (ComponentOutcome o : outcomes) {
                files.put(o.file().path(), o.file().content().getBytes(StandardCharsets.UTF_8));
            }
            for (ComponentOutcome o : project) {
                files.put(o.file().path(), o.file().content().getBytes(StandardCharsets.UTF_8));
            }
            files.put("manifest.json", manifest.text().getBytes(StandardCharsets.UTF_8));
            pipeline.publish().publish(workspace.published(run.workflowId()), runId, files,
                    path -> progress.fire(new RunProgress(runId, RunProgress.Stage.FILE_PUBLISHED, path)));
        }
        return manifest.errors();
    }
}
