package dev.backforge.stacks.typescript;

import dev.backforge.architecture.control.ArchitectureLimits;
import dev.backforge.architecture.control.InvalidArchitectureException;
import dev.backforge.generation.control.GenerationContext;
import dev.backforge.output.entity.ComponentOutcome;
import dev.backforge.pipeline.control.Pipeline;
import dev.backforge.stacks.TargetStacks;
import dev.backforge.stacks.python.PythonFastApiStack;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A second target stack behind the seam: the registry picks it by the artifact's stack; nothing else changes. */
class TypescriptSpikeTest {

    static final String ARTIFACT = """
            {"architecture_id": "TS-1", "stack": {"language": "typescript", "framework": "express"},
             "components": [{"id": "E", "name": "ShopErrors", "type": "exception", "assigned_to": "backend",
               "file_path": "src/errors.ts",
               "exceptions": [{"name": "ShopError", "base": "Error", "message": "Shop failed"},
                              {"name": "NotFoundError", "base": "ShopError", "message": "Not found", "http_status": 404}]}]}
            """;

    @Test
    void theRegistryChoosesTheStackOfTheArtifact() throws Exception {
        Pipeline pipeline = new Pipeline(new TargetStacks(List.of(new PythonFastApiStack(),
                new TypescriptSpikeStack())), ArchitectureLimits.DEFAULT);
        Pipeline.Result result = pipeline.run(ARTIFACT.getBytes(StandardCharsets.UTF_8), "ts", 1,
                new LinkedHashMap<>(), new Pipeline.Listener() {
                    @Override
                    public void planned(GenerationContext context) {
                    }

                    @Override
                    public void generated(int position, ComponentOutcome outcome) {
                    }
                });
        String errors = new String(result.files().get("src/errors.ts"), StandardCharsets.UTF_8);
        assertTrue(errors.contains("export class NotFoundError extends ShopError {"), errors);
        assertTrue(errors.contains("readonly httpStatus: number | undefined = 404;"), errors);
        assertEquals(0, result.manifest().errors());
    }

    @Test
    void aStackNoGeneratorSupportsIsRefusedAtTheStack() {
        var e = org.junit.jupiter.api.Assertions.assertThrows(InvalidArchitectureException.class,
                () -> TargetStacks.STANDARD.reader().read(ARTIFACT.getBytes(StandardCharsets.UTF_8)));
        assertEquals("unsupported-stack", e.violations().get(0).rule());
        assertEquals("/stack", e.violations().get(0).pointer());
    }
}
