package dev.backforge.runs.entity;

import dev.backforge.generation.llm.entity.LlmSettings;

/**
 * The choices of one run: which generator ({@code template}, {@code llm} or {@code hybrid}), how many work units
 * per checkpoint, whether verification errors fail the run ({@code fail}) or are only reported ({@code report}), and,
 * with a model, its settings and how many batches run at once, and how publishing shows a conflict with a person's
 * edit ({@code beside} or {@code markers}).
 */
public record RunOptions(String generator, int itemCount, String verificationPolicy, LlmSettings llm,
                         int parallelism, String conflicts) {

    public static final int MAX_ITEM_COUNT = 100;
    /** Where a conflicting new file goes: beside the person's file, or into it with conflict markers. */
    public static final String BESIDE = "beside";
    public static final String MARKERS = "markers";

    public RunOptions(String generator, int itemCount, String verificationPolicy) {
        this(generator, itemCount, verificationPolicy, null, 1, BESIDE);
    }

    public RunOptions(String generator, int itemCount, String verificationPolicy, LlmSettings llm, int parallelism) {
        this(generator, itemCount, verificationPolicy, llm, parallelism, BESIDE);
    }

    public RunOptions withConflicts(String style) {
        return new RunOptions(generator, itemCount, verificationPolicy, llm, parallelism, style);
    }

    public boolean failOnVerificationErrors() {
        return "fail".equals(verificationPolicy);
    }

    public boolean usesModel() {
        return !"template".equals(generator) && llm != null;
    }
}
