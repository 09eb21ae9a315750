package dev.backforge.runs.control;

import java.util.List;
import java.util.Map;

/**
 * An item of the generate step: components generated and committed together. A template unit is one component; a
 * model unit is one batch (one prompt), run ahead in the {@link ModelWindow}; a unit of files reused from the run
 * before holds many.
 */
public record WorkUnit(List<Batch> batches) {

    /** Who makes a batch's files: the templates, a language model, or the run before (its files taken as they are). */
    public enum Source {
        TEMPLATE, MODEL, EARLIER_RUN
    }

    /**
     * Plan positions generated together, and who makes their files. In hybrid mode, {@code drafts} holds the
     * template's file of each of its components that the model completes (by component id), as the reader made them
     * to form the batch.
     */
    public record Batch(List<Integer> positions, Source source, Map<String, String> drafts) {
    }

    public List<Integer> positions() {
        return batches.stream().flatMap(b -> b.positions().stream()).toList();
    }

    public int last() {
        List<Integer> p = positions();
        return p.get(p.size() - 1);
    }
}
