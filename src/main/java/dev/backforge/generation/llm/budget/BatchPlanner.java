package dev.backforge.generation.llm.budget;

import dev.backforge.generation.llm.entity.LlmSettings;
import dev.backforge.planning.entity.PlannedComponent;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.ToIntFunction;

/**
 * Packs the components the model writes into batches, in plan order: small components share a prompt until it
 * reaches the budget's lower bound; no prompt exceeds the upper bound, and the files a batch asks for must fit in
 * the output limit. The packing depends only on its inputs, so after a crash the same batches, and so the same
 * prompts, come out again. It is greedy from left to right, so a batch is known as soon as the component after it
 * is: a {@link Packer} hands batches out one by one while the rest are still to be measured.
 */
public final class BatchPlanner {

    static final int MAX_BATCH = 8;
    /** Output tokens assumed for a component without a draft to measure. */
    static final int OUTPUT_GUESS = 1_500;

    private BatchPlanner() {
    }

    /**
     * @param tokens the size of the prompt a batch of components would be sent as, to keep within the budget
     */
    public static List<List<PlannedComponent>> pack(LlmSettings settings, List<PlannedComponent> todo,
                                                    Map<String, String> drafts,
                                                    ToIntFunction<List<PlannedComponent>> tokens) {
        Packer packer = new Packer(settings, drafts, tokens);
        List<List<PlannedComponent>> batches = new ArrayList<>();
        for (PlannedComponent p : todo) {
            packer.add(p).ifPresent(batches::add);
        }
        packer.finish().ifPresent(batches::add);
        return batches;
    }

    /** The packing one component at a time: the batches it hands out are those {@link #pack} returns. */
    public static final class Packer {

        private final LlmSettings settings;
        private final Map<String, String> drafts;
        private final ToIntFunction<List<PlannedComponent>> tokens;
        private List<PlannedComponent> current = new ArrayList<>();
        private int currentTokens;
        private int currentOutput;

        public Packer(LlmSettings settings, Map<String, String> drafts, ToIntFunction<List<PlannedComponent>> tokens) {
            this.settings = settings;
            this.drafts = drafts;
            this.tokens = tokens;
        }

        /** The next component in plan order; the batch it closed, when it does not fit into the open one. */
        public Optional<List<PlannedComponent>> add(PlannedComponent p) {
            int output = expectedOutput(p);
            if (!current.isEmpty()) {
                List<PlannedComponent> candidate = new ArrayList<>(current);
                candidate.add(p);
                int candidateTokens = tokens.applyAsInt(candidate);
                boolean full = currentTokens >= settings.budgetMin() || current.size() >= MAX_BATCH
                        || candidateTokens > settings.budgetMax()
                        || currentOutput + output > settings.maxOutputTokens() * 3 / 4;
                if (!full) {
                    current = candidate;
                    currentTokens = candidateTokens;
                    currentOutput += output;
                    return Optional.empty();
                }
            }
            Optional<List<PlannedComponent>> closed = finish();
            current = new ArrayList<>(List.of(p));
            currentTokens = tokens.applyAsInt(current);
            currentOutput = output;
            return closed;
        }

        /** The open batch, if any: after the last component. */
        public Optional<List<PlannedComponent>> finish() {
            if (current.isEmpty()) {
                return Optional.empty();
            }
            List<PlannedComponent> closed = List.copyOf(current);
            current = new ArrayList<>();
            return Optional.of(closed);
        }

        private int expectedOutput(PlannedComponent p) {
            String draft = drafts.get(p.id());
            return draft == null ? OUTPUT_GUESS : Tokens.count(draft) * 6 / 5;
        }
    }
}
