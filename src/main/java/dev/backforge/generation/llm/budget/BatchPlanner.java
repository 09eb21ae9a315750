package dev.backforge.generation.llm.budget;

import dev.backforge.generation.llm.entity.LlmRequest;
import dev.backforge.generation.llm.entity.LlmSettings;
import dev.backforge.planning.entity.PlannedComponent;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Packs the components the model writes into batches, in plan order: small components share a prompt until it
 * reaches the budget's lower bound; no prompt exceeds the upper bound, and the files a batch asks for must fit in
 * the output limit. The packing depends only on its inputs, so after a crash the same batches, and so the same
 * prompts, come out again.
 */
public final class BatchPlanner {

    static final int MAX_BATCH = 8;
    /** Output tokens assumed for a component without a draft to measure. */
    static final int OUTPUT_GUESS = 1_500;

    private BatchPlanner() {
    }

    /**
     * @param prompt the request a batch of components would be sent as, measured to keep within the budget
     */
    public static List<List<PlannedComponent>> pack(LlmSettings settings, List<PlannedComponent> todo,
                                                    Map<String, String> drafts,
                                                    Function<List<PlannedComponent>, LlmRequest> prompt) {
        List<List<PlannedComponent>> batches = new ArrayList<>();
        List<PlannedComponent> current = new ArrayList<>();
        int currentTokens = 0;
        int currentOutput = 0;
        for (PlannedComponent p : todo) {
            int output = expectedOutput(p, drafts);
            if (!current.isEmpty()) {
                List<PlannedComponent> candidate = new ArrayList<>(current);
                candidate.add(p);
                int tokens = Tokens.count(prompt.apply(candidate));
                boolean full = currentTokens >= settings.budgetMin() || current.size() >= MAX_BATCH
                        || tokens > settings.budgetMax() || currentOutput + output > settings.maxOutputTokens() * 3 / 4;
                if (!full) {
                    current = candidate;
                    currentTokens = tokens;
                    currentOutput += output;
                    continue;
                }
                batches.add(current);
            }
            current = new ArrayList<>(List.of(p));
            currentTokens = Tokens.count(prompt.apply(current));
            currentOutput = output;
        }
        if (!current.isEmpty()) {
            batches.add(current);
        }
        return batches;
    }

    private static int expectedOutput(PlannedComponent p, Map<String, String> drafts) {
        String draft = drafts.get(p.id());
        return draft == null ? OUTPUT_GUESS : Tokens.count(draft) * 6 / 5;
    }
}
