package dev.backforge.runs.control;

import com.fasterxml.jackson.databind.JsonNode;
import dev.backforge.architecture.control.InvalidArchitectureException;
import dev.backforge.architecture.entity.Architecture;
import dev.backforge.kernel.Hashes;
import dev.backforge.kernel.Json;
import dev.backforge.kernel.Problem;
import dev.backforge.kernel.RuleViolation;
import dev.backforge.kernel.WorkflowIds;
import dev.backforge.llmclient.control.LlmConfig;
import dev.backforge.pipeline.control.Pipeline;
import dev.backforge.problems.ProblemException;
import dev.backforge.runs.entity.ArchitectureRevision;
import dev.backforge.runs.entity.Run;
import dev.backforge.runs.entity.RunOptions;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Launches a run: validates the whole request (every violation at once, nothing started when there is one), stores
 * the workflow, the revision and the run, then starts the batch job.
 */
@ApplicationScoped
public class RunLauncher {

    @Inject
    RunRegistration registration;

    @Inject
    RunDispatch dispatch;

    @Inject
    RunReuse reuse;

    @Inject
    RunStore store;

    @Inject
    RunContexts contexts;

    @Inject
    LlmConfig llm;

    @Inject
    Pipelines pipelines;

    @Inject
    Pipeline pipeline;

    @Inject
    @ConfigProperty(name = "backforge.run.item-count", defaultValue = "1")
    int defaultItemCount;

    @Inject
    @ConfigProperty(name = "backforge.run.verification-policy", defaultValue = "fail")
    String defaultPolicy;

    public long maxBodyBytes() {
        // the artifact may use the whole limit; conventions and research come on top
        return pipelines.maxBytes() * 2;
    }

    /** A launch body read and validated: the request, its artifact's bytes and the validated architecture. */
    public record Validated(LaunchRequest request, byte[] artifact, Architecture architecture) {
    }

    public Run launch(String workflowId, byte[] body, String trigger) {
        Validated v = validate(workflowId, body);
        String content = new String(v.artifact(), StandardCharsets.UTF_8);
        LaunchRequest request = v.request();
        String research = request.research() == null ? null : request.research().toString();
        Run run = registration.register(workflowId, v.architecture().architectureId(), Hashes.sha256(content),
                content, request.conventions(), research, request.options(), UUID.randomUUID().toString(), trigger);
        // the parse step would read the same bytes into the same architecture again (0.2-0.3 s for a thousand
        // components, on the run's path before its first model call)
        contexts.known(run.revisionId(), v.architecture());
        return queued(run);
    }

    /**
     * Records a new architecture revision of the workflow from a launch body without options (they belong to a run
     * or a schedule), or answers the latest one when it has the same inputs.
     */
    public ArchitectureRevision revise(String workflowId, byte[] body) {
        Validated v = validate(workflowId, body);
        if (hasOptions(body)) {
            throw invalid(422, "Invalid revision", List.of(new RuleViolation("unknown-field", "/options",
                    "a revision has no options: they belong to a run or a schedule")));
        }
        String content = new String(v.artifact(), StandardCharsets.UTF_8);
        String research = v.request().research() == null ? null : v.request().research().toString();
        return registration.revise(workflowId, v.architecture().architectureId(), Hashes.sha256(content), content,
                v.request().conventions(), research);
    }

    private static boolean hasOptions(byte[] body) {
        try {
            return Json.ARTIFACT.readTree(body).has("options");
        } catch (IOException e) {
            return false;
        }
    }

    /** Reads a launch body; every violation at once, as a problem (400 unreadable, 422 invalid). */
    public Validated validate(String workflowId, byte[] body) {
        if (!WorkflowIds.valid(workflowId)) {
            throw invalid(400, "Bad Request", List.of(new RuleViolation("workflow-id", "", WorkflowIds.RULE)));
        }
        JsonNode tree;
        try {
            tree = Json.ARTIFACT.readTree(body);
        } catch (IOException e) {
            throw invalid(400, "Malformed JSON", List.of(new RuleViolation("malformed-json", "",
                    "the body is " + Json.describe(e))));
        }
        if (tree == null || tree.isMissingNode()) {
            throw invalid(400, "Malformed JSON", List.of(new RuleViolation("malformed-json", "", "the body is empty")));
        }
        List<RuleViolation> violations = new ArrayList<>();
        LaunchRequest request = LaunchRequest.read(tree, defaults(), llm, violations);
        if (request == null) {
            throw invalid(422, "Invalid launch request", violations);
        }
        byte[] architectureBytes = request.architecture().toString().getBytes(StandardCharsets.UTF_8);
        try {
            return new Validated(request, architectureBytes, pipeline.parse().validate(architectureBytes));
        } catch (InvalidArchitectureException e) {
            throw invalid(e.malformed() ? 400 : 422, "Invalid architecture artifact",
                    LaunchRequest.inBody(e.violations()));
        }
    }

    /**
     * The defaults a launch starts from: with a model configured, hybrid (templates where they suffice, the model for
     * the rest), else the templates.
     */
    public RunOptions defaults() {
        return new RunOptions(llm.configured() ? "hybrid" : "template", defaultItemCount, defaultPolicy);
    }

    /** Reads launch options (as a schedule stores them); violations have pointers under /options. */
    public RunOptions options(JsonNode options, List<RuleViolation> out) {
        return LaunchRequest.options(options, defaults(), llm, out);
    }

    /**
     * A run of the workflow's latest revision, as a schedule launches it; with {@code onlyWhenChanged}, none (empty)
     * when nothing changed since the workflow's last run or a run of it is still going.
     */
    public Optional<Run> launchScheduled(String workflowId, String optionsJson, String trigger,
                                         boolean onlyWhenChanged) {
        var revision = registration.latestRevision(workflowId).orElseThrow(() -> new IllegalStateException(
                "workflow " + workflowId + " has no architecture revision to regenerate"));
        List<RuleViolation> violations = new ArrayList<>();
        JsonNode optionsNode;
        try {
            optionsNode = optionsJson == null ? null : Json.ARTIFACT.readTree(optionsJson);
        } catch (IOException e) {
            throw new IllegalStateException("the schedule's options are unreadable", e);
        }
        RunOptions options = options(optionsNode, violations);
        if (!violations.isEmpty()) {
            throw new IllegalStateException("the schedule's options are no longer valid: " + violations);
        }
        // a run still going has not published yet: comparing with the run before it would launch the same work twice
        if (onlyWhenChanged && (store.active().stream().anyMatch(r -> r.workflowId().equals(workflowId))
                || reuse.changes(workflowId, contexts.of(revision.id()), options, reuse.previous(workflowId)).none())) {
            return Optional.empty();
        }
        Run run = registration.registerFor(revision, options, UUID.randomUUID().toString(), trigger);
        return Optional.of(queued(run));
    }

    /** A stored run waits in the queue; this instance starts it at once when it has room. */
    private Run queued(Run run) {
        dispatch.dispatch();
        return store.get(run.id());
    }

    private static ProblemException invalid(int status, String title, List<RuleViolation> violations) {
        return new ProblemException(Problem.invalid(status, title, violations));
    }

}
