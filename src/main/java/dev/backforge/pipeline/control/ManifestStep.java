package dev.backforge.pipeline.control;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.backforge.output.control.ManifestWriter;
import dev.backforge.output.entity.ComponentOutcome;
import java.util.List;
import java.util.Map;

/** Step manifest: the manifest of a generation, as text, and its count of verification errors. */
public final class ManifestStep {

    /** The manifest's text and what it counted. */
    public record Manifest(String text, long errors, long warnings) {
    }

    public Manifest write(String architectureId, String workflowId, String generator, String generatorVersion,
                          List<ComponentOutcome> outcomes, List<ComponentOutcome> project, Map<String, Long> timings) {
        return write(architectureId, workflowId, generator, generatorVersion, outcomes, project, timings, Map.of());
    }

    /** The same, with further sections of {@code metadata} (what changed since the run before, what publishing did). */
    public Manifest write(String architectureId, String workflowId, String generator, String generatorVersion,
                          List<ComponentOutcome> outcomes, List<ComponentOutcome> project, Map<String, Long> timings,
                          Map<String, JsonNode> sections) {
        var manifest = ManifestWriter.build(new ManifestWriter.Input(architectureId, workflowId, generator,
                generatorVersion, outcomes, project, timings));
        sections.forEach(((ObjectNode) manifest.get("metadata"))::set);
        var verification = manifest.get("metadata").get("verification");
        return new Manifest(ManifestWriter.render(manifest), verification.get("errors").asLong(),
                verification.get("warnings").asLong());
    }
}
