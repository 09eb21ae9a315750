package dev.backforge.llmclient.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;

/**
 * One request granted to some instance under a provider key's per-minute limits, with the tokens it may use: the
 * request's estimate until the answer reports its usage.
 */
@Entity
@Table(name = "bf_rate_grant", indexes = @Index(name = "bf_rate_grant_key", columnList = "providerKey, grantedAt"))
@SequenceGenerator(name = "bf_rate_grant_seq", sequenceName = "bf_rate_grant_seq", allocationSize = 50)
public class RateGrant {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "bf_rate_grant_seq")
    private Long id;

    @Column(nullable = false, length = 64)
    private String providerKey;

    @Column(nullable = false)
    private OffsetDateTime grantedAt;

    @Column(nullable = false)
    private long tokens;

    protected RateGrant() {
    }

    public RateGrant(String providerKey, OffsetDateTime grantedAt, long tokens) {
        this.providerKey = providerKey;
        this.grantedAt = grantedAt;
        this.tokens = tokens;
    }

    public Long id() {
        return id;
    }
}
