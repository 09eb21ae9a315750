package dev.backforge.runs.control;

import dev.backforge.architecture.entity.Component;
import dev.backforge.generation.control.GenerationContext;
import dev.backforge.kernel.Hashes;
import dev.backforge.pipeline.control.Pipeline;
import dev.backforge.runs.entity.ComponentResult;
import dev.backforge.runs.entity.ComponentState;
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
import java.util.List;

/**
 * Step verify of a run: each committed file as it is on disk. A missing or changed file is an error; a file the
 * model's repair loop already verified keeps those findings (they were made on these very bytes); every other file
 * is verified here, once.
 */
@ApplicationScoped
public class RunVerify {

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

    /** Reader: the committed components, in plan order. */
    public List<ComponentResult> generated(String runId) {
        return store.results(runId).stream().filter(r -> r.state() == ComponentState.GENERATED).toList();
    }

    /** Processor. */
    public List<Finding> verify(String runId, ComponentResult result) {
        progress.fire(new RunProgress(runId, RunProgress.Stage.FILE_VERIFIED, result.filePath()));
        Run run = store.get(runId);
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
        } else {
            List<Finding> known = StoredResults.findings(result.findings());
            if (known != null) {
                return known;
            }
        }
        GenerationContext context = contexts.of(run.revisionId());
        Component component = context.plan().get(result.position()).component();
        findings.addAll(pipeline.verify().verify(context, component, content));
        return findings;
    }

    /** Writer. */
    public void record(String runId, int position, List<Finding> findings) {
        long errors = findings.stream().filter(Finding::isError).count();
        store.verified(runId, position, (int) errors, (int) (findings.size() - errors),
                StoredResults.findingsJson(findings));
    }
}
