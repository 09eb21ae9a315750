package dev.backforge.generation.llm.entity;

/** One call to a language model: instructions, the user message, and the sampling settings. */
public record LlmRequest(String provider, String model, String system, String user, int maxOutputTokens,
                         double temperature) {
}
