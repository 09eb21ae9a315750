package dev.backforge.runs.control;

import java.util.List;
import java.util.Map;

/**
 * An item of the generate step: components generated and committed together. A template unit is one component; a
 * model unit is up to {@code parallelism} batches, each one prompt, run at the same time.
 */
public record WorkUnit(List<Batch> batches) {

    /**
     * Plan positions generated together; {@code model} says whether a language model writes them. In hybrid mode,
     * {@code drafts} holds the template's file of each of its components that the model completes (by component id),
     * as the reader made them to form the batch.
     */
    public record Batch(List<Integer> positions, boolean model, Map<String, String> drafts) {
    }

    public List<Integer> positions() {
        return batches.stream().flatMap(b -> b.positions().stream()).toList();
    }

    public int last() {
        List<Integer> p = positions();
        return p.get(p.size() - 1);
    }
}
