package dev.backforge.generation.llm.entity;

/** A failed call worth repeating: timeout, 408, 429, 5xx, a broken connection, an unreadable answer envelope. */
public class RetryableLlmException extends LlmException {

    private final long retryAfterMillis;

    public RetryableLlmException(String message, int status, long retryAfterMillis, Throwable cause) {
        super(message, true, status, cause);
        this.retryAfterMillis = retryAfterMillis;
    }

    public long retryAfterMillis() {
        return retryAfterMillis;
    }
}
