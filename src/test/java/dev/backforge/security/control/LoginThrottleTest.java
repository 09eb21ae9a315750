package dev.backforge.security.control;

import java.time.Instant;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class LoginThrottleTest {

    static final Instant T0 = Instant.parse("2026-12-01T00:00:00Z");

    static LoginThrottle throttle() {
        LoginThrottle t = new LoginThrottle();
        t.freeUserFailures = 3;
        t.freeAddressFailures = 5;
        return t;
    }

    @Test
    void pastTheFreeFailuresEachAttemptWaitsTwiceAsLong() {
        LoginThrottle t = throttle();
        for (int i = 0; i < 3; i++) {
            assertEquals(OptionalLong.empty(), t.wait("alice", "10.0.0.1", T0));
            t.failed("alice", "10.0.0.1", T0);
        }
        assertEquals(OptionalLong.of(1), t.wait("alice", "10.0.0.2", T0), "the user is slowed, from any address");
        assertEquals(OptionalLong.empty(), t.wait("bob", "10.0.0.2", T0), "another user from elsewhere is not");
        t.failed("alice", "10.0.0.1", T0.plusSeconds(1));
        assertEquals(OptionalLong.of(2), t.wait("alice", "10.0.0.1", T0.plusSeconds(1)));
        assertEquals(OptionalLong.empty(), t.wait("alice", "10.0.0.1", T0.plusSeconds(3)));
        t.succeeded("alice", "10.0.0.1");
        assertEquals(OptionalLong.empty(), t.wait("alice", "10.0.0.1", T0.plusSeconds(3)));
    }

    @Test
    void oneAddressTryingManyNamesIsSlowedToo() {
        LoginThrottle t = throttle();
        for (int i = 0; i < 5; i++) {
            t.failed("user" + i, "10.0.0.9", T0);
        }
        assertEquals(OptionalLong.of(1), t.wait("someone-new", "10.0.0.9", T0));
        assertEquals(OptionalLong.empty(), t.wait("someone-new", "10.0.0.8", T0));
    }

    @Test
    void failuresAreForgottenAfterAQuarterOfAnHour() {
        LoginThrottle t = throttle();
        for (int i = 0; i < 10; i++) {
            t.failed("alice", "10.0.0.1", T0);
        }
        assertEquals(OptionalLong.of(128), t.wait("alice", "10.0.0.1", T0));
        assertEquals(OptionalLong.empty(), t.wait("alice", "10.0.0.1", T0.plus(LoginThrottle.FORGET).plusSeconds(1)));
    }
}
