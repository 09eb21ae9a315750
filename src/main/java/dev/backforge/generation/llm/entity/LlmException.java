package dev.backforge.generation.llm.entity;

import dev.backforge.kernel.Secrets;

/**
 * A call that did not give an answer. Retryable: timeouts, 408, 429, 5xx, broken connections. Not retryable: other
 * client errors (bad request, bad key, unknown model): asking again would fail the same way.
 */
public class LlmException extends RuntimeException {

    private final boolean retryable;
    private final int status;

    public LlmException(String message, boolean retryable, int status, Throwable cause) {
        // every failure of a model call is built here, so this is where a server's quoted credentials are removed
        super(Secrets.scrub(message), cause);
        this.retryable = retryable;
        this.status = status;
    }

    public boolean retryable() {
        return retryable;
    }

    /** HTTP status, or 0 when there was no response. */
    public int status() {
        return status;
    }
}
