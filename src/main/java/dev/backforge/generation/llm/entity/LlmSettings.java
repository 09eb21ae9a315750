package dev.backforge.generation.llm.entity;

/**
 * How the language model is used in a run.
 *
 * @param provider which configured provider (openai or anthropic)
 * @param budgetMin tokens a batch prompt aims to reach by packing several components
 * @param budgetMax tokens no prompt may exceed
 * @param repairRounds how often the verifier's findings go back to the model
 * @param fallbackToTemplate after the repair rounds: use the template's file (true) or fail the component (false)
 */
public record LlmSettings(String provider, String model, double temperature, int maxOutputTokens, int budgetMin,
                          int budgetMax, int repairRounds, boolean fallbackToTemplate) {

    public static final LlmSettings DEFAULT = new LlmSettings("openai", "gpt-4o-mini", 0.0, 8192, 5_000, 15_000, 2,
            true);
}
