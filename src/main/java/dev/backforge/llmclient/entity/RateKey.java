package dev.backforge.llmclient.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;

/**
 * A provider key's shared budget: its row is locked while a request is granted, so instances take turns, and it
 * holds the pause a provider asked for with 429 and Retry-After.
 */
@Entity
@Table(name = "bf_rate_key")
public class RateKey {

    @Id
    @Column(length = 64)
    private String providerKey;

    private OffsetDateTime pausedUntil;

    protected RateKey() {
    }

    public RateKey(String providerKey) {
        this.providerKey = providerKey;
    }

    public OffsetDateTime pausedUntil() {
        return pausedUntil;
    }

    /** Pauses until then, unless a longer pause is already asked. */
    public void pauseUntil(OffsetDateTime until) {
        if (pausedUntil == null || pausedUntil.isBefore(until)) {
            pausedUntil = until;
        }
    }
}
