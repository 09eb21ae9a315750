package dev.backforge.generation.llm.control;

import dev.backforge.generation.llm.budget.BatchPlanner;
import dev.backforge.generation.llm.entity.LlmSettings;
import dev.backforge.planning.entity.PlannedComponent;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Batches that send the model only what it has not answered yet. The planner packs the components; a batch whose
 * whole prompt was answered before stays as it is (the cache answers it). In any other batch, a component whose file
 * is cached under its own prompt goes alone and is answered from the cache, and the rest, the changed components,
 * are packed again among themselves. So an edit to one component costs a call carrying that component, not its
 * batch-mates; with nothing cached, the batches are the planner's.
 */
public final class BatchReuse {

    private BatchReuse() {
    }

    public static List<List<PlannedComponent>> batches(LlmSettings settings, List<PlannedComponent> todo,
                                                       Map<String, String> drafts, PromptWriter prompts,
                                                       ResponseCache cache) {
        List<List<PlannedComponent>> packed = BatchPlanner.pack(settings, todo, drafts,
                batch -> prompts.batch(batch, drafts));
        Map<List<PlannedComponent>, String> batchKeys = new LinkedHashMap<>();
        Map<String, String> aloneKeys = new LinkedHashMap<>();
        for (List<PlannedComponent> b : packed) {
            batchKeys.put(b, LlmGenerator.key(prompts.batch(b, drafts)));
            if (b.size() > 1) {
                b.forEach(p -> aloneKeys.put(p.id(), LlmGenerator.key(prompts.batch(List.of(p), drafts))));
            }
        }
        Set<String> asked = new HashSet<>(batchKeys.values());
        asked.addAll(aloneKeys.values());
        Set<String> known = cache.known(asked);
        List<List<PlannedComponent>> batches = new ArrayList<>();
        List<PlannedComponent> changed = new ArrayList<>();
        for (List<PlannedComponent> b : packed) {
            if (known.contains(batchKeys.get(b))) {
                batches.add(b);
                continue;
            }
            for (PlannedComponent p : b) {
                if (b.size() > 1 && known.contains(aloneKeys.get(p.id()))) {
                    batches.add(List.of(p));
                } else {
                    changed.add(p);
                }
            }
        }
        if (changed.size() == todo.size()) {
            // nothing answered before: the planner's batches as they are
            return packed;
        }
        batches.addAll(BatchPlanner.pack(settings, changed, drafts, batch -> prompts.batch(batch, drafts)));
        batches.sort(Comparator.comparingInt(b -> b.get(0).position()));
        return batches;
    }
}
