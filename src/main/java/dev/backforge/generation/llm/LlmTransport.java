package dev.backforge.generation.llm;

/** Sends a request to a language model provider; retries, timeouts and limits are the transport's business. */
public interface LlmTransport {

    LlmResponse send(LlmRequest request);
}
