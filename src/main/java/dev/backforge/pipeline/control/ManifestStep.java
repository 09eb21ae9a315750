package dev.backforge.pipeline.control;

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
        var manifest = ManifestWriter.build(new ManifestWriter.Input(architectureId, workflowId, generator,
                generatorVersion, outcomes, project, timings));
        var verification = manifest.get("metadata").get("verification");
        return new Manifest(ManifestWriter.render(manifest), verification.get("errors").asLong(),
                verification.get("warnings").asLong());
    }
}
