package dev.backforge.runs.control;

import dev.backforge.architecture.entity.Component;
import dev.backforge.generation.control.GenerationContext;
import dev.backforge.kernel.Hashes;
import dev.backforge.pipeline.control.Pipeline;
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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Step verify of a run: each committed file as it is on disk. A missing or changed file is an error; a file verified
 * as it was generated (templates ahead of the reader, a model's repair loop) keeps those findings, as they were made
 * on these very bytes; every other file (one copied from the run before, one changed since) is verified here, once.
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

    @Inject
    CoreWorkers cores;

    /**
     * Reader: the committed files after the given plan position, in plan order, verified ahead on the cores
     * ({@link CoreWorkers}, at most {@link CoreWorkers#AHEAD} at once).
     */
    public VerifyAhead ahead(String runId, int after) {
        Run run = store.get(runId);
        Path output = workspace.runOutput(run.workflowId(), runId);
        GenerationContext context = contexts.of(run.revisionId());
        List<VerifyAhead.Committed> files = store.results(runId).stream()
                .filter(r -> r.state() == ComponentState.GENERATED && r.position() > after)
                .map(r -> new VerifyAhead.Committed(r.position(), r.filePath(), r.sha256(), r.findings())).toList();
        return new VerifyAhead(files, CoreWorkers.AHEAD, cores.executor(), file -> verify(output, context, file));
    }

    /** Processor: a file's findings, as the batch thread takes it. */
    public List<Finding> taken(String runId, VerifyAhead.Verified file) {
        progress.fire(new RunProgress(runId, RunProgress.Stage.FILE_VERIFIED, file.path()));
        return file.findings();
    }

    /** One file as it is on disk; reads only, so it runs on any thread. */
    private List<Finding> verify(Path output, GenerationContext context, VerifyAhead.Committed file) {
        List<Finding> findings = new ArrayList<>();
        String content;
        try {
            content = Files.readString(output.resolve(file.path()), StandardCharsets.UTF_8);
        } catch (IOException e) {
            findings.add(new Finding(file.path(), 0, "file-missing", Finding.Severity.ERROR,
                    "the generated file cannot be read: " + e.getMessage()));
            return findings;
        }
        if (!Hashes.sha256(content).equals(file.sha256())) {
            findings.add(new Finding(file.path(), 0, "file-changed", Finding.Severity.ERROR,
                    "the file on disk is not the one that was generated and committed"));
        } else {
            List<Finding> known = StoredResults.findings(file.findings());
            if (known != null) {
                return known;
            }
        }
        Component component = context.plan().get(file.position()).component();
        findings.addAll(pipeline.verify().verify(context, component, content));
        return findings;
    }

    /** Writer: a chunk's findings, by plan position. */
    public void record(String runId, Map<Integer, List<Finding>> files) {
        Map<Integer, RunStore.VerifiedRecord> records = new LinkedHashMap<>();
        files.forEach((position, findings) -> {
            long errors = findings.stream().filter(Finding::isError).count();
            records.put(position, new RunStore.VerifiedRecord((int) errors, (int) (findings.size() - errors),
                    StoredResults.findingsJson(findings)));
        });
        store.verified(runId, records);
    }
}
