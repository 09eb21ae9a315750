package dev.backforge.runs.control;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.backforge.generation.control.GenerationContext;
import dev.backforge.generation.control.GenerationException;
import dev.backforge.http.JsonBodies;
import dev.backforge.kernel.Json;
import dev.backforge.kernel.Problem;
import dev.backforge.kernel.RuleViolation;
import dev.backforge.kernel.WorkflowIds;
import dev.backforge.output.control.PublishedTree;
import dev.backforge.output.control.TreeFiles;
import dev.backforge.output.control.TreeMerge;
import dev.backforge.output.entity.ComponentOutcome;
import dev.backforge.pipeline.control.Pipeline;
import dev.backforge.planning.entity.PlannedComponent;
import dev.backforge.problems.ProblemException;
import dev.backforge.runs.entity.Run;
import dev.backforge.runs.entity.RunOptions;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A dry run: what a run of this artifact would do now, without writing anything. Components reused, regenerated,
 * new and removed come from the fingerprints; the files' fate from merging the would-be output with the published
 * tree, as publishing will. Template output is made in memory to know it; what a model would write cannot be known
 * beforehand, so its components and the files made from them are reported as needing the model.
 */
@ApplicationScoped
public class RunPlans {

    @Inject
    RunReuse reuse;

    @Inject
    RunPublish publish;

    @Inject
    Workspace workspace;

    @Inject
    Pipeline pipeline;

    @Inject
    RunLauncher launcher;

    @Inject
    RunRegistration registration;

    @Inject
    RunContexts contexts;

    /**
     * The plan for a launch body ({@code {architecture, conventions?, research?, options?}}), or for the workflow's
     * latest revision when the body has no architecture ({@code {options?}} or nothing; no options means those of
     * the workflow's last run).
     */
    public ObjectNode plan(String workflowId, byte[] body) throws IOException {
        if (!WorkflowIds.valid(workflowId)) {
            throw new ProblemException(Problem.badParameter("workflowId", WorkflowIds.RULE));
        }
        JsonNode tree = body.length == 0 ? null : readOrNull(body);
        if (tree != null && tree.has("architecture")) {
            RunLauncher.Validated v = launcher.validate(workflowId, body);
            return plan(workflowId, contexts.of(v), v.request().options());
        }
        var revision = registration.latestRevision(workflowId).orElseThrow(() -> ProblemException.notFound(
                "workflow " + workflowId + " has no architecture yet: send one as {\"architecture\": ...}"));
        // the workflow's drift: without options, a run like its last one (the generator a launch defaults to may
        // differ, and would make everything look changed)
        JsonNode given = tree == null ? null : tree.get("options");
        List<RuleViolation> violations = new ArrayList<>();
        RunOptions options = given == null ? reuse.previous(workflowId).map(Run::options)
                .orElseGet(() -> launcher.options(null, violations)) : launcher.options(given, violations);
        if (!violations.isEmpty()) {
            throw new ProblemException(Problem.invalid(422, "Invalid options", violations));
        }
        return plan(workflowId, contexts.of(revision.id()), options);
    }

    private static JsonNode readOrNull(byte[] bytes) {
        try {
            return Json.ARTIFACT.readTree(bytes);
        } catch (IOException e) {
            throw ProblemException.badRequest("the body is " + Json.describe(e));
        }
    }

    public ObjectNode plan(String workflowId, GenerationContext context, RunOptions options) throws IOException {
        Optional<Run> previous = reuse.previous(workflowId);
        RunReuse.Changes changes = reuse.changes(workflowId, context, options, previous);
        ObjectNode answer = JsonBodies.MAPPER.createObjectNode();
        answer.put("workflow_id", workflowId);
        answer.put("since", changes.since().orElse(null));
        answer.put("no_changes", changes.none());
        ObjectNode components = answer.putObject("components");
        for (String origin : List.of(RunReuse.REUSED, RunReuse.REGENERATED, RunReuse.NEW)) {
            var ids = components.putArray(origin);
            changes.origins().forEach((id, o) -> {
                if (o.origin().equals(origin)) {
                    ids.add(id);
                }
            });
        }
        changes.removed().forEach(components.putArray("removed")::add);
        if (changes.none()) {
            // the run would end at once and publish nothing
            answer.set("files", JsonBodies.MAPPER.createObjectNode().put("unchanged", countPublished(workflowId)));
            return answer;
        }
        if (options.usesModel() && changes.count(RunReuse.REUSED) < changes.origins().size()) {
            answer.put("files_predicted", false);
            answer.put("reason", "the model writes the regenerated components; what it writes is known only then");
            return answer;
        }
        List<ComponentOutcome> outcomes = outcomes(workflowId, context, changes);
        Map<String, byte[]> ours = new LinkedHashMap<>();
        outcomes.forEach(o -> ours.put(o.file().path(), o.file().content().getBytes(StandardCharsets.UTF_8)));
        pipeline.project(context, outcomes).forEach(o -> ours.put(o.file().path(),
                o.file().content().getBytes(StandardCharsets.UTF_8)));
        TreeMerge.Plan merge = publish.merge(workflowId, options.conflicts(), ours);
        answer.put("files_predicted", true);
        answer.set("files", RunPublish.report(merge));
        return answer;
    }

    /** Each component's file as the run would have it: taken from the run before, or made by the templates now. */
    private List<ComponentOutcome> outcomes(String workflowId, GenerationContext context, RunReuse.Changes changes)
            throws IOException {
        List<ComponentOutcome> out = new ArrayList<>();
        for (PlannedComponent p : context.plan().components()) {
            RunReuse.Origin origin = changes.origins().get(p.id());
            if (origin.origin().equals(RunReuse.REUSED)) {
                out.add(new ComponentOutcome(p.component(), reuse.file(workflowId, origin.from(), p), List.of(), 0));
            } else {
                try {
                    out.add(pipeline.generateAndVerify(context, p));
                } catch (GenerationException e) {
                    throw new IllegalStateException(p.id() + " cannot be generated: " + e.getMessage(), e);
                }
            }
        }
        return out;
    }

    private long countPublished(String workflowId) throws IOException {
        return TreeFiles.list(new PublishedTree(workspace.published(workflowId)).current()).size();
    }
}
