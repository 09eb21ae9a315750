package dev.backforge.llmclient.control;

import dev.backforge.generation.llm.entity.LlmRequest;
import dev.backforge.generation.llm.entity.LlmResponse;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.concurrent.Semaphore;
import org.eclipse.microprofile.metrics.Metadata;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.MetricUnits;
import org.eclipse.microprofile.metrics.Timer;

/**
 * The way into the gateway for every run of this instance: calls take turns, first come first served, so that no
 * more than {@code backforge.llm.concurrency} are on the wire at once. The gateway's bulkhead refuses a call beyond
 * that number instead of queueing it; without turns, concurrent runs would lose components to its refusals.
 * <p>
 * A call's latency, retries included and the wait for a turn not, is the timer {@code backforge_llm_call}. It is
 * registered here rather than by {@code @Timed} on the gateway: Payara's metrics interceptor finds its registry
 * lazily without a lock, and two first calls at once after a boot could see it half set up and fail with a
 * NullPointerException, failing their components.
 */
@ApplicationScoped
public class LlmTurns {

    @Inject
    LlmGateway gateway;

    @Inject
    LlmConfig config;

    @Inject
    MetricRegistry metrics;

    private Semaphore turns;
    private Timer latency;

    @PostConstruct
    void size() {
        turns = new Semaphore(config.concurrency(), true);
        latency = metrics.timer(Metadata.builder().withName("backforge_llm_call")
                .withDescription("Calls to the language model, with their latency").withUnit(MetricUnits.NANOSECONDS)
                .build());
    }

    /** The gateway's answer, once a turn is free; interrupted while waiting, the call is not made. */
    public LlmResponse send(LlmRequest request) {
        try {
            turns.acquire();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted before the call", e);
        }
        Timer.Context call = latency.time();
        try {
            return gateway.send(request);
        } finally {
            call.stop();
            turns.release();
        }
    }
}
