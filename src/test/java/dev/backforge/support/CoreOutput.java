package dev.backforge.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.backforge.architecture.control.ArchitectureReader;
import dev.backforge.artifacts.control.ManifestWriter;
import dev.backforge.artifacts.entity.ComponentOutcome;
import dev.backforge.generation.control.ComponentGeneration;
import dev.backforge.generation.control.GenerationContext;
import dev.backforge.generation.template.python.TemplateGenerator;
import dev.backforge.planning.control.Planner;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** What the generation core alone produces for an artifact: the reference a server run must match. */
public final class CoreOutput {

    private CoreOutput() {
    }

    public record Result(Map<String, String> files, JsonNode manifest) {
    }

    public static Result of(byte[] artifact, String workflowId) throws Exception {
        var architecture = new ArchitectureReader().read(artifact);
        var plan = new Planner().plan(architecture);
        var context = GenerationContext.of(architecture, plan);
        var generation = new ComponentGeneration(new TemplateGenerator());
        List<ComponentOutcome> outcomes = new ArrayList<>();
        Map<String, String> files = new LinkedHashMap<>();
        for (var planned : plan.components()) {
            ComponentOutcome o = generation.run(context, planned);
            outcomes.add(o);
            files.put(o.file().path(), o.file().content());
        }
        ObjectNode manifest = ManifestWriter.build(new ManifestWriter.Input(architecture.architectureId(), workflowId,
                TemplateGenerator.NAME, TemplateGenerator.VERSION, outcomes, Map.of()));
        // through text, as a client reads it: numbers then compare by value, not by node class
        return new Result(files, withoutTimings(Server.JSON.readTree(ManifestWriter.render(manifest))));
    }

    public static JsonNode withoutTimings(JsonNode manifest) {
        ObjectNode copy = manifest.deepCopy();
        ((ObjectNode) copy.get("metadata")).remove("timings");
        return copy;
    }
}
