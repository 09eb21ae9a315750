package dev.backforge.runs.entity;

import dev.backforge.generation.llm.entity.LlmSettings;

/**
 * The choices of one run: which generator ({@code template}, {@code llm} or {@code hybrid}), how many work units
 * per checkpoint, whether verification errors fail the run ({@code fail}) or are only reported ({@code report}), and,
 * with a model, its settings and how many batches run at once.
 */
public record RunOptions(String generator, int itemCount, String verificationPolicy, LlmSettings llm,
                         int parallelism) {

    public static final int MAX_ITEM_COUNT = 100;

    public RunOptions(String generator, int itemCount, String verificationPolicy) {
        this(generator, itemCount, verificationPolicy, null, 1);
    }

    public boolean failOnVerificationErrors() {
        return "fail".equals(verificationPolicy);
    }

    public boolean usesModel() {
        return !"template".equals(generator) && llm != null;
    }
}
