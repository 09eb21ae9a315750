package dev.backforge.runs.control;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RunEndsTest {

    ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor();
    RunEnds ends = new RunEnds();

    @BeforeEach
    void wire() {
        ends.scheduler = scheduler;
    }

    @AfterEach
    void stop() {
        scheduler.shutdownNow();
    }

    /** Runs on the scheduler's one thread after everything scheduled before it, so earlier timeouts have fired. */
    void drain() throws Exception {
        scheduler.submit(() -> null).get(5, TimeUnit.SECONDS);
    }

    @Test
    void anEndTellsEveryWaiterOfThatRunOnceAndTheirTimeoutsStaySilent() throws Exception {
        AtomicInteger a = new AtomicInteger();
        AtomicInteger b = new AtomicInteger();
        AtomicInteger other = new AtomicInteger();
        ends.await("r1", Duration.ofMillis(50), a::incrementAndGet);
        ends.await("r1", Duration.ofMillis(50), b::incrementAndGet);
        ends.await("r2", Duration.ofMinutes(1), other::incrementAndGet);

        ends.ended("r1");
        ends.ended("r1");
        Thread.sleep(100);
        drain();

        assertEquals(1, a.get());
        assertEquals(1, b.get());
        assertEquals(0, other.get(), "another run's waiter waits on");
    }

    @Test
    void aWaiterWhoseTimeIsUpIsToldOnceAndNotAgainAtTheEnd() throws Exception {
        AtomicInteger told = new AtomicInteger();
        CountDownLatch timedOut = new CountDownLatch(1);
        ends.await("r1", Duration.ofMillis(20), () -> {
            told.incrementAndGet();
            timedOut.countDown();
        });

        assertTrue(timedOut.await(5, TimeUnit.SECONDS));
        ends.ended("r1");

        assertEquals(1, told.get());
    }

    @Test
    void anEndFoundByTheCallerAnswersAtOnceAndNothingElseAnswersAgain() throws Exception {
        AtomicInteger told = new AtomicInteger();
        Runnable now = ends.await("r1", Duration.ofMillis(30), told::incrementAndGet);

        now.run();
        now.run();
        ends.ended("r1");
        Thread.sleep(60);
        drain();

        assertEquals(1, told.get());
    }
}
