package dev.backforge.generation.llm.entity;

/**
 * A model's answer with its usage as the provider reported it. {@code truncated} is true when the answer stopped at
 * the output limit.
 */
public record LlmResponse(String text, long promptTokens, long completionTokens, boolean truncated) {
}
