package dev.backforge.security.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.OptionalLong;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Slows down password guessing: failures are counted per user name (known or not, so the answer tells nothing about
 * which names exist) and per client address. Past a number of free failures, each further attempt must wait a delay
 * that doubles with every failure (1 s, 2 s, 4 s ... at most 15 min, from a configurable first delay); attempts during the wait are refused with
 * the time left, even with the right password. Counts are forgotten 15 minutes after the last failure, and a user's
 * and an address's are cleared by a successful sign-in.
 */
@ApplicationScoped
public class LoginThrottle {

    static final Duration FORGET = Duration.ofMinutes(15);
    static final Duration MAX_DELAY = Duration.ofMinutes(15);
    private static final int MAX_TRACKED = 100_000;

    @Inject
    @ConfigProperty(name = "backforge.security.throttle.user-failures", defaultValue = "5")
    int freeUserFailures;

    @Inject
    @ConfigProperty(name = "backforge.security.throttle.address-failures", defaultValue = "20")
    int freeAddressFailures;

    @Inject
    @ConfigProperty(name = "backforge.security.throttle.first-delay-seconds", defaultValue = "1")
    long firstDelaySeconds = 1;

    private record Failures(int count, Instant last) {
    }

    private final Map<String, Failures> failures = new ConcurrentHashMap<>();

    /** Seconds the caller must still wait, or empty when the attempt may go ahead. */
    public OptionalLong wait(String user, String address, Instant now) {
        long seconds = Math.max(waitFor("u:" + user, freeUserFailures, now),
                waitFor("a:" + address, freeAddressFailures, now));
        return seconds > 0 ? OptionalLong.of(seconds) : OptionalLong.empty();
    }

    public void failed(String user, String address, Instant now) {
        if (failures.size() > MAX_TRACKED) {
            failures.values().removeIf(f -> f.last().plus(FORGET).isBefore(now));
        }
        for (String key : new String[] {"u:" + user, "a:" + address}) {
            failures.merge(key, new Failures(1, now), (old, one) -> old.last().plus(FORGET).isBefore(now) ? one
                    : new Failures(old.count() + 1, now));
        }
    }

    public void succeeded(String user, String address) {
        failures.remove("u:" + user);
        failures.remove("a:" + address);
    }

    private long waitFor(String key, int free, Instant now) {
        Failures f = failures.get(key);
        if (f == null || f.count() < free || f.last().plus(FORGET).isBefore(now)) {
            return 0;
        }
        int doublings = Math.min(f.count() - free, 20);
        Duration delay = Duration.ofSeconds(firstDelaySeconds << doublings);
        if (delay.compareTo(MAX_DELAY) > 0) {
            delay = MAX_DELAY;
        }
        Duration left = Duration.between(now, f.last().plus(delay));
        return left.isNegative() || left.isZero() ? 0 : Math.max(1, (left.toMillis() + 999) / 1000);
    }
}
