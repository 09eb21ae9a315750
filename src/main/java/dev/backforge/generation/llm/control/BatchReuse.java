package dev.backforge.generation.llm.control;

import dev.backforge.generation.llm.budget.BatchPlanner;
import dev.backforge.generation.llm.entity.LlmSettings;
import dev.backforge.planning.entity.PlannedComponent;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;

/**
 * Batches that send the model only what it has not answered yet. The planner packs the components; a batch whose
 * whole prompt was answered before stays as it is (the cache answers it). In any other batch, a component whose file
 * is cached under its own prompt goes alone and is answered from the cache, and the rest, the changed components,
 * are packed again among themselves. So an edit to one component costs a call carrying that component, not its
 * batch-mates; with nothing cached, the batches are the planner's.
 *
 * <p>Batches come out one at a time, as soon as each is decided: measuring prompts costs about a millisecond per
 * component, so the first call can go out while the rest of a large run is still being packed.
 */
public final class BatchReuse implements Iterator<List<PlannedComponent>> {

    private final Iterator<PlannedComponent> todo;
    private final Map<String, String> drafts;
    private final PromptWriter prompts;
    private final ResponseCache cache;
    private final BatchPlanner.Packer planned;
    private final BatchPlanner.Packer changed;
    /** Prompt sizes by member ids: with nothing cached, both packings consider the same candidates. */
    private final Map<List<String>, Integer> sizes = new HashMap<>();
    private final Deque<List<PlannedComponent>> decided = new ArrayDeque<>();
    private boolean exhausted;

    private BatchReuse(LlmSettings settings, List<PlannedComponent> todo, Map<String, String> drafts,
            PromptWriter prompts, ResponseCache cache) {
        this.todo = todo.iterator();
        this.drafts = drafts;
        this.prompts = prompts;
        this.cache = cache;
        this.planned = new BatchPlanner.Packer(settings, drafts, this::tokens);
        this.changed = new BatchPlanner.Packer(settings, drafts, this::tokens);
    }

    /** The batches one by one, in the order they are decided. */
    public static Iterator<List<PlannedComponent>> stream(LlmSettings settings, List<PlannedComponent> todo,
                                                          Map<String, String> drafts, PromptWriter prompts,
                                                          ResponseCache cache) {
        return new BatchReuse(settings, todo, drafts, prompts, cache);
    }

    /** All the batches, by their first component's plan position. */
    public static List<List<PlannedComponent>> batches(LlmSettings settings, List<PlannedComponent> todo,
                                                       Map<String, String> drafts, PromptWriter prompts,
                                                       ResponseCache cache) {
        List<List<PlannedComponent>> batches = new ArrayList<>();
        stream(settings, todo, drafts, prompts, cache).forEachRemaining(batches::add);
        batches.sort(Comparator.comparingInt(b -> b.get(0).position()));
        return batches;
    }

    @Override
    public boolean hasNext() {
        while (decided.isEmpty() && !exhausted) {
            if (todo.hasNext()) {
                planned.add(todo.next()).ifPresent(this::decide);
            } else {
                planned.finish().ifPresent(this::decide);
                changed.finish().ifPresent(decided::add);
                exhausted = true;
            }
        }
        return !decided.isEmpty();
    }

    @Override
    public List<PlannedComponent> next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        return decided.poll();
    }

    /** One of the planner's batches: kept when answered whole, else split into what is cached and what changed. */
    private void decide(List<PlannedComponent> batch) {
        String whole = LlmGenerator.key(prompts.batch(batch, drafts));
        Map<String, String> alone = new LinkedHashMap<>();
        if (batch.size() > 1) {
            batch.forEach(p -> alone.put(p.id(), LlmGenerator.key(prompts.batch(List.of(p), drafts))));
        }
        Set<String> asked = new HashSet<>(alone.values());
        asked.add(whole);
        Set<String> known = cache.known(asked);
        if (known.contains(whole)) {
            decided.add(batch);
            return;
        }
        for (PlannedComponent p : batch) {
            if (alone.containsKey(p.id()) && known.contains(alone.get(p.id()))) {
                decided.add(List.of(p));
            } else {
                changed.add(p).ifPresent(decided::add);
            }
        }
    }

    private int tokens(List<PlannedComponent> batch) {
        return sizes.computeIfAbsent(batch.stream().map(PlannedComponent::id).toList(),
                ids -> prompts.tokens(batch, drafts));
    }
}
