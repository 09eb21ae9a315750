package dev.backforge.generation.llm.entity;

/** A call that would fail again: a client error other than 408 and 429 (bad request, bad key, unknown model). */
public class FatalLlmException extends LlmException {

    public FatalLlmException(String message, int status, Throwable cause) {
        super(message, false, status, cause);
    }
}
