package dev.backforge.runs.control;

import dev.backforge.verification.entity.Finding;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class VerifyAheadTest {

    private final ExecutorService threads = Executors.newCachedThreadPool();
    private final AtomicInteger inFlight = new AtomicInteger();
    private final AtomicInteger mostInFlight = new AtomicInteger();
    private final CountDownLatch othersDone = new CountDownLatch(3);
    private volatile boolean firstSawOthersDone;

    @AfterEach
    void stop() {
        threads.shutdownNow();
    }

    @Test
    void filesAreVerifiedTogetherAndHandedOutInPlanOrder() {
        // position 0 waits for 1 to 3 to be done: they are verified while 0 is still under way
        try (VerifyAhead ahead = new VerifyAhead(files(6), 4, threads, this::verify)) {
            List<Integer> order = new ArrayList<>();
            for (Optional<VerifyAhead.Verified> v = ahead.next(); v.isPresent(); v = ahead.next()) {
                order.add(v.get().position());
                assertEquals("f" + v.get().position(), v.get().findings().get(0).message());
            }
            assertEquals(List.of(0, 1, 2, 3, 4, 5), order);
            assertTrue(firstSawOthersDone, "the files after the first were verified while it was");
        }
        assertTrue(mostInFlight.get() <= 4, "never more files at once than the width: " + mostInFlight);
    }

    @Test
    void aVerifierThatThrowsFailsTheStep() {
        try (VerifyAhead ahead = new VerifyAhead(files(2), 2, threads, file -> {
            throw new IllegalArgumentException("broken " + file.path());
        })) {
            IllegalStateException e = assertThrows(IllegalStateException.class, ahead::next);
            assertTrue(e.getMessage().contains("broken f0"), e.getMessage());
        }
    }

    private List<Finding> verify(VerifyAhead.Committed file) {
        mostInFlight.accumulateAndGet(inFlight.incrementAndGet(), Math::max);
        try {
            if (file.position() == 0) {
                firstSawOthersDone = othersDone.await(10, TimeUnit.SECONDS);
            }
            return List.of(new Finding(file.path(), 1, "rule", Finding.Severity.WARNING, file.path()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } finally {
            inFlight.decrementAndGet();
            if (file.position() > 0) {
                othersDone.countDown();
            }
        }
    }

    private static List<VerifyAhead.Committed> files(int count) {
        return IntStream.range(0, count).mapToObj(i -> new VerifyAhead.Committed(i, "f" + i, "sha", null)).toList();
    }
}
