package dev.backforge.generation.llm.control;

import dev.backforge.generation.llm.entity.LlmRequest;
import dev.backforge.generation.llm.entity.LlmResponse;

/** Sends a request to a language model provider; retries, timeouts and limits are the transport's business. */
public interface LlmTransport {

    LlmResponse send(LlmRequest request);
}
