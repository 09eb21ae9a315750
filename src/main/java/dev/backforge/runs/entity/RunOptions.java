package dev.backforge.runs.entity;

/**
 * The choices of one run: which generator, how many components per checkpoint, and whether verification errors
 * fail the run ({@code fail}) or are only reported ({@code report}).
 */
public record RunOptions(String generator, int itemCount, String verificationPolicy) {

    public static final int MAX_ITEM_COUNT = 100;

    public boolean failOnVerificationErrors() {
        return "fail".equals(verificationPolicy);
    }
}
