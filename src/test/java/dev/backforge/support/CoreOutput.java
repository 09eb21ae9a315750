package dev.backforge.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.backforge.generation.control.GenerationContext;
import dev.backforge.output.entity.ComponentOutcome;
import dev.backforge.pipeline.control.Pipeline;
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
        Pipeline.Result run = Pipeline.standard().run(artifact, workflowId, 2, new LinkedHashMap<>(),
                new Pipeline.Listener() {
                    @Override
                    public void planned(GenerationContext context) {
                    }

                    @Override
                    public void generated(int position, ComponentOutcome outcome) {
                    }
                });
        Map<String, String> files = new LinkedHashMap<>();
        run.outcomes().forEach(o -> files.put(o.file().path(), o.file().content()));
        run.project().forEach(o -> files.put(o.file().path(), o.file().content()));
        // through text, as a client reads it: numbers then compare by value, not by node class
        return new Result(files, withoutTimings(Server.JSON.readTree(run.manifest().text())));
    }

    /** The manifest without what only a server's run adds: timings, what publishing did and what changed. */
    public static JsonNode withoutTimings(JsonNode manifest) {
        ObjectNode copy = manifest.deepCopy();
        ((ObjectNode) copy.get("metadata")).remove(List.of("timings", "publish", "changes"));
        return copy;
    }
}
