package dev.backforge.output.entity;

/** Tokens a language model read and wrote for a piece of work. */
public record TokenUsage(long prompt, long completion) {

    public static final TokenUsage NONE = new TokenUsage(0, 0);

    public long total() {
        return prompt + completion;
    }

    public TokenUsage plus(TokenUsage other) {
        return new TokenUsage(prompt + other.prompt, completion + other.completion);
    }
}
