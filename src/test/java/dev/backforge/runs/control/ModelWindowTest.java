package dev.backforge.runs.control;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ModelWindowTest {

    private final ExecutorService threads = Executors.newCachedThreadPool();
    private final AtomicInteger inFlight = new AtomicInteger();
    private final AtomicInteger mostInFlight = new AtomicInteger();
    private final CountDownLatch slowMayAnswer = new CountDownLatch(1);

    @AfterEach
    void stop() {
        slowMayAnswer.countDown();
        threads.shutdownNow();
    }

    @Test
    void aSlowAnswerHoldsBackNoFreeSlot() {
        // position 0 answers only when the test lets it; 1 to 3 answer at once; two calls at a time
        List<WorkUnit> units = List.of(model(0), model(1), model(2), model(3));
        try (ModelWindow window = new ModelWindow(units.iterator(), 2, threads, this::answer)) {
            assertEquals(List.of(1, 2, 3), positions(window, 3));
            slowMayAnswer.countDown();
            assertEquals(List.of(0), positions(window, 1));
            assertEquals(Optional.empty(), window.next());
        }
        // at most, not exactly: the free calls may each end before the slow one's thread has even begun
        assertTrue(mostInFlight.get() <= 2, "never more calls at once than the window's width: " + mostInFlight);
    }

    @Test
    void otherUnitsGoOutInPlanOrderWhileTheModelWorks() {
        slowMayAnswer.countDown();
        List<WorkUnit> units = List.of(template(0), model(1), template(2), template(3));
        List<Integer> order = new ArrayList<>();
        try (ModelWindow window = new ModelWindow(units.iterator(), 4, threads, this::answer)) {
            for (Optional<ModelWindow.Ready> r = window.next(); r.isPresent(); r = window.next()) {
                int position = r.get().unit().last();
                order.add(position);
                assertEquals(position == 1, r.get().generated().isPresent(), "only the model unit comes generated");
            }
        }
        assertEquals(List.of(0, 1, 2, 3), order.stream().sorted().toList(), "each unit handed out once: " + order);
        List<Integer> templates = order.stream().filter(p -> p != 1).toList();
        assertEquals(List.of(0, 2, 3), templates, "template units in plan order");
    }

    @Test
    void templateUnitsAreGeneratedAheadOnOtherThreadsAndGoOutInPlanOrder() throws Exception {
        slowMayAnswer.countDown();
        // position 0's generation waits until three units are under way at once: only a window that generates ahead
        // lets it through
        CountDownLatch threeUnderWay = new CountDownLatch(3);
        AtomicInteger underWay = new AtomicInteger();
        AtomicInteger mostUnderWay = new AtomicInteger();
        List<String> threadsUsed = new CopyOnWriteArrayList<>();
        List<WorkUnit> units = IntStream.range(0, 8).mapToObj(ModelWindowTest::template).toList();
        List<Integer> order = new ArrayList<>();
        try (ModelWindow window = new ModelWindow(units.iterator(), 2, threads, this::answer, 3, threads, unit -> {
            mostUnderWay.accumulateAndGet(underWay.incrementAndGet(), Math::max);
            threadsUsed.add(Thread.currentThread().getName());
            threeUnderWay.countDown();
            try {
                if (unit.last() == 0 && !threeUnderWay.await(30, TimeUnit.SECONDS)) {
                    throw new IllegalStateException("never three units under way");
                }
                return new UnitOutcome(Map.of(), Map.of(unit.last(), "made"), Set.of());
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            } finally {
                underWay.decrementAndGet();
            }
        })) {
            for (Optional<ModelWindow.Ready> r = window.next(); r.isPresent(); r = window.next()) {
                order.add(r.get().unit().last());
                assertEquals(Map.of(r.get().unit().last(), "made"), r.get().generated().orElseThrow().failures(),
                        "each template unit comes generated, with its own outcome");
            }
        }
        assertEquals(IntStream.range(0, 8).boxed().toList(), order, "template units in plan order");
        assertTrue(mostUnderWay.get() <= 3, "never more units ahead than the window's width: " + mostUnderWay);
        assertTrue(threadsUsed.stream().noneMatch(Thread.currentThread().getName()::equals),
                "generated on the executor's threads, not the reader's: " + threadsUsed);
    }

    @Test
    void theFirstCallGoesOutBeforeTheLaterUnitsAreFormed() {
        slowMayAnswer.countDown();
        AtomicInteger formed = new AtomicInteger();
        Iterator<WorkUnit> source = IntStream.range(0, 10).mapToObj(i -> {
            formed.incrementAndGet();
            return model(i);
        }).iterator();
        List<Integer> formedAtEachCall = new CopyOnWriteArrayList<>();
        Executor recording = task -> {
            formedAtEachCall.add(formed.get());
            threads.execute(task);
        };
        List<Integer> handedOut = new ArrayList<>();
        try (ModelWindow window = new ModelWindow(source, 2, recording, this::answer)) {
            for (Optional<ModelWindow.Ready> r = window.next(); r.isPresent(); r = window.next()) {
                handedOut.add(r.get().unit().last());
            }
        }
        assertEquals(1, formedAtEachCall.get(0), "the first call went out as soon as its unit was formed");
        assertEquals(10, formedAtEachCall.size(), "one call per unit: " + formedAtEachCall);
        assertEquals(IntStream.range(0, 10).boxed().toList(), handedOut.stream().sorted().toList(),
                "each unit handed out once: " + handedOut);
    }

    @Test
    void closingAbandonsTheCallsUnderWay() throws Exception {
        CountDownLatch calling = new CountDownLatch(1);
        CountDownLatch interrupted = new CountDownLatch(1);
        ModelWindow window = new ModelWindow(List.of(model(0), template(1)).iterator(), 1, threads, unit -> {
            calling.countDown();
            try {
                new CountDownLatch(1).await();
            } catch (InterruptedException e) {
                interrupted.countDown();
            }
            return null;
        });
        assertEquals(1, window.next().orElseThrow().unit().last(), "the template unit, while the call hangs");
        assertTrue(calling.await(10, TimeUnit.SECONDS), "the call started");
        window.close();
        assertTrue(interrupted.await(10, TimeUnit.SECONDS), "the call was interrupted");
    }

    private UnitOutcome answer(WorkUnit unit) {
        mostInFlight.accumulateAndGet(inFlight.incrementAndGet(), Math::max);
        try {
            if (unit.last() == 0 && !slowMayAnswer.await(30, TimeUnit.SECONDS)) {
                throw new IllegalStateException("the slow answer was never let through");
            }
            return new UnitOutcome(Map.of(), Map.of(), Set.of());
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        } finally {
            inFlight.decrementAndGet();
        }
    }

    private static List<Integer> positions(ModelWindow window, int count) {
        List<Integer> positions = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            positions.add(window.next().orElseThrow().unit().last());
        }
        return positions;
    }

    private static WorkUnit model(int position) {
        return new WorkUnit(List.of(new WorkUnit.Batch(List.of(position), WorkUnit.Source.MODEL, Map.of())));
    }

    private static WorkUnit template(int position) {
        return new WorkUnit(List.of(new WorkUnit.Batch(List.of(position), WorkUnit.Source.TEMPLATE, Map.of())));
    }
}
