package dev.backforge.runs.control;

import java.util.List;

/**
 * An item of the generate step: components generated and committed together. A template unit is one component; a
 * model unit is up to {@code parallelism} batches, each one prompt, run at the same time.
 */
public record WorkUnit(List<Batch> batches) {

    /** Plan positions generated together; {@code model} says whether a language model writes them. */
    public record Batch(List<Integer> positions, boolean model) {
    }

    public List<Integer> positions() {
        return batches.stream().flatMap(b -> b.positions().stream()).toList();
    }

    public int last() {
        List<Integer> p = positions();
        return p.get(p.size() - 1);
    }
}
