package dev.backforge.generation.llm.control;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.backforge.generation.control.GenerationContext;
import dev.backforge.generation.control.GenerationException;
import dev.backforge.generation.llm.budget.BatchPlanner;
import dev.backforge.generation.llm.entity.LlmRequest;
import dev.backforge.generation.llm.entity.LlmResponse;
import dev.backforge.generation.llm.entity.LlmSettings;
import dev.backforge.kernel.Json;
import dev.backforge.output.entity.GeneratedFile;
import dev.backforge.planning.control.Planner;
import dev.backforge.planning.entity.PlannedComponent;
import dev.backforge.stacks.TargetStacks;
import dev.backforge.stacks.python.generator.TemplateGenerator;
import dev.backforge.stacks.python.prompts.PythonPrompts;
import dev.backforge.support.Examples;
import dev.backforge.support.FakeLlm;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A batch's answer serves its components one by one later: after one component's specification changes, the model
 * is asked for that component alone, and every other component is answered from the cache.
 */
class BatchReuseTest {

    /** Small budgets so that components share prompts. */
    static final LlmSettings SETTINGS = new LlmSettings("openai", "fake", 0.0, 8192, 2_000, 6_000, 0, true);

    @TempDir
    Path dir;

    final Map<String, LlmResponse> cache = new HashMap<>();
    final List<List<String>> asked = new ArrayList<>();

    @Test
    void aChangedComponentTravelsAloneAndItsFormerBatchMatesComeFromTheCache() throws Exception {
        JsonNode artifact = Json.ARTIFACT.readTree(Files.readAllBytes(Examples.synth(30, false, dir)));
        GenerationContext first = context(artifact);
        List<List<PlannedComponent>> batches = generateAll(first);
        assertTrue(batches.stream().anyMatch(b -> b.size() > 1), "components shared prompts: " + batches);
        int calls = asked.size();
        assertEquals(batches.size(), calls);

        // the same architecture: the planner's batches, answered as wholes
        asked.clear();
        assertEquals(batches.stream().map(BatchReuseTest::ids).toList(), generateAll(first).stream()
                .map(BatchReuseTest::ids).toList());
        assertEquals(List.of(), asked, "nothing is asked twice");

        // one component in a shared batch changes: only it is sent
        String changed = batches.stream().filter(b -> b.size() > 1).findFirst().orElseThrow().get(1).id();
        ObjectNode edited = artifact.deepCopy();
        edited.get("components").forEach(c -> {
            if (c.get("id").asText().equals(changed)) {
                ((ObjectNode) c).put("description", "Revised: " + c.path("description").asText());
            }
        });
        GenerationContext second = context(edited);
        List<List<PlannedComponent>> again = generateAll(second);
        assertEquals(List.of(List.of(changed)), asked, "the model is asked for the changed component only");
        assertEquals(second.plan().components().stream().map(PlannedComponent::id).toList(), again.stream()
                .flatMap(b -> b.stream().map(PlannedComponent::id)).toList(), "every component, in plan order");
    }

    @Test
    void batchesComeOutAsTheyAreDecidedAndWithNothingCachedAreThePlanners() throws Exception {
        GenerationContext context = context(Json.ARTIFACT.readTree(Files.readAllBytes(Examples.synth(60, false, dir))));
        List<PlannedComponent> todo = context.plan().components();
        PromptWriter prompts = new PromptWriter(context, SETTINGS, new PythonPrompts());
        List<List<String>> looked = new ArrayList<>();
        ResponseCache nothing = new ResponseCache() {
            @Override
            public Optional<LlmResponse> get(String key) {
                return Optional.empty();
            }

            @Override
            public void put(String key, LlmResponse response) {
            }

            @Override
            public Set<String> known(Collection<String> keys) {
                looked.add(List.copyOf(keys));
                return Set.of();
            }
        };
        Iterator<List<PlannedComponent>> batches = BatchReuse.stream(SETTINGS, todo, Map.of(), prompts, nothing);
        List<List<String>> streamed = new ArrayList<>();
        streamed.add(ids(batches.next()));
        int lookedBeforeFirst = looked.size();
        batches.forEachRemaining(b -> streamed.add(ids(b)));
        assertTrue(streamed.size() > 4, "a run of several batches: " + streamed);
        assertTrue(lookedBeforeFirst <= 2, "the first batch was handed out after deciding " + lookedBeforeFirst
                + " of the planner's " + looked.size() + " batches");
        assertEquals(BatchPlanner.pack(SETTINGS, todo, Map.of(), b -> prompts.tokens(b, Map.of())).stream()
                .map(BatchReuseTest::ids).toList(), streamed, "nothing cached: the planner's batches, in plan order");
    }

    private List<List<PlannedComponent>> generateAll(GenerationContext context) {
        ResponseCache memory = new ResponseCache() {
            @Override
            public Optional<LlmResponse> get(String key) {
                return Optional.ofNullable(cache.get(key));
            }

            @Override
            public void put(String key, LlmResponse response) {
                cache.putIfAbsent(key, response);
            }
        };
        PromptWriter prompts = new PromptWriter(context, SETTINGS, new PythonPrompts());
        List<List<PlannedComponent>> batches = BatchReuse.batches(SETTINGS, context.plan().components(), Map.of(),
                prompts, memory);
        LlmGenerator generator = new LlmGenerator(r -> answer(context, r), memory, SETTINGS, (c, content) -> List.of(),
                p -> template(context, p), new PythonPrompts());
        for (List<PlannedComponent> b : batches) {
            LlmGenerator.BatchResult result = generator.generate(context, b, Map.of());
            assertEquals(Map.of(), result.failures());
            assertEquals(b.size(), result.outcomes().size());
        }
        return batches;
    }

    /** The model: the template's file for every component the prompt asks for. */
    private LlmResponse answer(GenerationContext context, LlmRequest request) {
        List<String> ids = FakeLlm.componentIds(request.user());
        asked.add(ids);
        ObjectNode answer = Json.OUTPUT.createObjectNode();
        var files = answer.putArray("generated_files");
        for (String id : ids) {
            PlannedComponent p = context.plan().components().stream().filter(x -> x.id().equals(id)).findFirst()
                    .orElseThrow();
            files.addObject().put("path", p.component().filePath()).put("component_id", id)
                    .put("content", template(context, p).content());
        }
        return new LlmResponse(answer.toString(), 100, 100, false);
    }

    private static GeneratedFile template(GenerationContext context, PlannedComponent p) {
        try {
            return new TemplateGenerator().generate(context, p);
        } catch (GenerationException e) {
            throw new IllegalStateException(e);
        }
    }

    private static GenerationContext context(JsonNode artifact) throws Exception {
        var architecture = TargetStacks.STANDARD.reader().read(Json.ARTIFACT.writeValueAsBytes(artifact));
        return GenerationContext.of(architecture, new Planner().plan(architecture));
    }

    private static List<String> ids(List<PlannedComponent> batch) {
        return batch.stream().map(PlannedComponent::id).toList();
    }
}
