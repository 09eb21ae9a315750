package dev.backforge.llmclient.control;

import dev.backforge.generation.llm.entity.FatalLlmException;
import dev.backforge.generation.llm.entity.LlmRequest;
import dev.backforge.generation.llm.entity.LlmResponse;
import dev.backforge.generation.llm.entity.RetryableLlmException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.temporal.ChronoUnit;
import org.eclipse.microprofile.faulttolerance.Bulkhead;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.faulttolerance.exceptions.TimeoutException;

/**
 * Calls to the language model under MicroProfile Fault Tolerance: each attempt has a timeout; retryable failures are
 * retried with jittered backoff (a 429's Retry-After is waited out inside the attempt); a circuit breaker stops
 * calling a provider that keeps failing; a bulkhead holds concurrent calls to the configured concurrency. Their
 * latency is timed by {@link LlmTurns}, the way in. Every
 * value can be overridden in MicroProfile Config, e.g. {@code dev.backforge.llmclient.control.LlmGateway/send/Bulkhead/value}.
 */
@ApplicationScoped
public class LlmGateway {

    @Inject
    ProviderCalls calls;

    @Timeout(value = 180, unit = ChronoUnit.SECONDS)
    @Retry(maxRetries = 3, delay = 1000, jitter = 500, retryOn = {RetryableLlmException.class,
            TimeoutException.class}, abortOn = FatalLlmException.class)
    @CircuitBreaker(requestVolumeThreshold = 20, failureRatio = 0.8, delay = 15_000, failOn = {
            RetryableLlmException.class, TimeoutException.class})
    @Bulkhead(4)
    public LlmResponse send(LlmRequest request) {
        return calls.send(request);
    }
}
