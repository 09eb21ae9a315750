package dev.backforge.llmclient.control;

import dev.backforge.generation.llm.entity.LlmRequest;
import dev.backforge.generation.llm.entity.LlmResponse;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.concurrent.Semaphore;

/**
 * The way into the gateway for every run of this instance: calls take turns, first come first served, so that no
 * more than {@code backforge.llm.concurrency} are on the wire at once. The gateway's bulkhead refuses a call beyond
 * that number instead of queueing it; without turns, concurrent runs would lose components to its refusals.
 */
@ApplicationScoped
public class LlmTurns {

    @Inject
    LlmGateway gateway;

    @Inject
    LlmConfig config;

    private Semaphore turns;

    @PostConstruct
    void size() {
        turns = new Semaphore(config.concurrency(), true);
    }

    /** The gateway's answer, once a turn is free; interrupted while waiting, the call is not made. */
    public LlmResponse send(LlmRequest request) {
        try {
            turns.acquire();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted before the call", e);
        }
        try {
            return gateway.send(request);
        } finally {
            turns.release();
        }
    }
}
