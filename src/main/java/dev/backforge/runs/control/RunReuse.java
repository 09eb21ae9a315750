package dev.backforge.runs.control;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.backforge.generation.control.Fingerprints;
import dev.backforge.generation.control.GenerationContext;
import dev.backforge.generation.llm.control.LlmGenerator;
import dev.backforge.http.JsonBodies;
import dev.backforge.kernel.Hashes;
import dev.backforge.output.control.PublishedTree;
import dev.backforge.output.entity.GeneratedFile;
import dev.backforge.output.entity.TokenUsage;
import dev.backforge.pipeline.control.Pipeline;
import dev.backforge.planning.entity.PlannedComponent;
import dev.backforge.runs.entity.ComponentResult;
import dev.backforge.runs.entity.ComponentState;
import dev.backforge.runs.entity.Run;
import dev.backforge.runs.entity.RunOptions;
import dev.backforge.runs.entity.RunStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Incremental generation: which components of a run can take their file from the run before it (same fingerprint,
 * the earlier file intact on disk), which are regenerated, which are new, and which left the architecture. The run
 * before is the one whose output is published, else the workflow's latest completed run.
 */
@ApplicationScoped
public class RunReuse {

    public static final String NEW = "new";
    public static final String REGENERATED = "regenerated";
    public static final String REUSED = "reused";

    /** Where one component's file comes from. */
    public record Origin(String fingerprint, String origin, String from) {
    }

    /** Every planned component's origin, by id, and the ids of the components the previous run had and this lacks. */
    public record Changes(Optional<String> since, Map<String, Origin> origins, List<String> removed) {

        public long count(String origin) {
            return origins.values().stream().filter(o -> o.origin().equals(origin)).count();
        }

        public boolean none() {
            return since.isPresent() && removed.isEmpty() && count(REUSED) == origins.size();
        }

        public String json() {
            ObjectNode n = JsonBodies.MAPPER.createObjectNode();
            n.put("since", since.orElse(null));
            n.put("reused", count(REUSED));
            n.put("regenerated", count(REGENERATED));
            n.put("new", count(NEW));
            removed.forEach(n.putArray("removed")::add);
            return JsonBodies.write(n);
        }
    }

    @Inject
    RunStore store;

    @Inject
    RunContexts contexts;

    @Inject
    Workspace workspace;

    @Inject
    Pipeline pipeline;

    public Changes changes(Run run) {
        return changes(run.workflowId(), contexts.of(run.revisionId()), run.options(), previous(run));
    }

    /** The same for a run that is not launched (a dry run): what it would reuse of {@code previous}. */
    public Changes changes(String workflowId, GenerationContext context, RunOptions options, Optional<Run> previous) {
        Map<String, String> fingerprints = Fingerprints.of(context, generator(options, context));
        Map<String, ComponentResult> before = previous.map(p -> store.results(p.id()).stream()
                .collect(Collectors.toMap(ComponentResult::componentId, Function.identity(), (a, b) -> a,
                        LinkedHashMap::new)))
                .orElse(new LinkedHashMap<>());
        Map<String, Origin> origins = new LinkedHashMap<>();
        for (PlannedComponent p : context.plan().components()) {
            String fingerprint = fingerprints.get(p.id());
            ComponentResult r = before.remove(p.id());
            if (r == null) {
                origins.put(p.id(), new Origin(fingerprint, NEW, null));
            } else if (fingerprint.equals(r.fingerprint()) && r.state() == ComponentState.GENERATED
                    && intact(workflowId, source(r), r)) {
                origins.put(p.id(), new Origin(fingerprint, REUSED, source(r)));
            } else {
                origins.put(p.id(), new Origin(fingerprint, REGENERATED, null));
            }
        }
        return new Changes(previous.map(Run::id), origins, new ArrayList<>(before.keySet()));
    }

    /**
     * A reused component's file as the run before made it, at no token cost now. Fails when the earlier file or its
     * result is gone.
     */
    public GeneratedFile file(String workflowId, String fromRunId, PlannedComponent p) throws IOException {
        ComponentResult earlier = store.result(fromRunId, p.id())
                .orElseThrow(() -> new IOException("run " + fromRunId + " has no result for " + p.id()));
        GeneratedFile f = StoredResults.file(earlier, Files.readString(workspace.runOutput(workflowId, fromRunId)
                .resolve(p.component().filePath()), StandardCharsets.UTF_8));
        return new GeneratedFile(f.path(), f.componentId(), f.content(), f.description(), f.dependenciesUsed(),
                f.implemented(), f.stubs(), TokenUsage.NONE);
    }

    /** The run this one builds on: the one whose output is published, else the latest completed one. */
    public Optional<Run> previous(Run run) {
        try {
            Optional<Run> published = new PublishedTree(workspace.published(run.workflowId())).currentLabel()
                    .filter(id -> !id.equals(run.id())).flatMap(store::find)
                    .filter(r -> r.status() == RunStatus.COMPLETED && r.createdAt().isBefore(run.createdAt()));
            return published.isPresent() ? published : store.latestCompleted(run.workflowId(), run);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The run a run launched now would build on. */
    public Optional<Run> previous(String workflowId) {
        try {
            Optional<Run> published = new PublishedTree(workspace.published(workflowId)).currentLabel()
                    .flatMap(store::find).filter(r -> r.status() == RunStatus.COMPLETED);
            return published.isPresent() ? published : store.latestCompleted(workflowId);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The run whose folder holds a result's file: the run itself, or the one it reused the file from. */
    public static String source(ComponentResult r) {
        return r.reusedFrom() != null ? r.reusedFrom() : r.runId();
    }

    private boolean intact(String workflowId, String runId, ComponentResult r) {
        Path file = workspace.runOutput(workflowId, runId).resolve(r.filePath());
        try {
            return r.sha256() != null && Files.isRegularFile(file)
                    && r.sha256().equals(Hashes.sha256(Files.readString(file)));
        } catch (IOException e) {
            return false;
        }
    }

    /** The generator, its version and every option that shapes a file. */
    String generator(RunOptions options, GenerationContext context) {
        String templates = pipeline.stacks().of(context.architecture()).templates().version();
        return options.generator() + " templates " + templates + (options.usesModel()
                ? " llm " + LlmGenerator.VERSION + " " + options.llm() : "");
    }
}
