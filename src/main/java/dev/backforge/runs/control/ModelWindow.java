package dev.backforge.runs.control;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletionService;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorCompletionService;
import java.util.concurrent.Future;
import java.util.function.Function;

/**
 * The generate step's units in the order they become ready: model units run ahead on other threads, up to
 * {@code width} at a time, a new one starting the moment one is handed out, so a slow answer holds back no free slot
 * (the prompts need no earlier answer: they carry their dependencies' interfaces from the plan). Template and reused
 * units are handed out in plan order while model calls are under way. Each unit still commits on its own, so a
 * restart resumes from whatever committed, in whichever order it did.
 */
public final class ModelWindow implements AutoCloseable {

    /** A unit ready for the processor: a model unit with its outcome, any other with none (it is generated there). */
    public record Ready(WorkUnit unit, UnitOutcome outcome) {

        public Optional<UnitOutcome> generated() {
            return Optional.ofNullable(outcome);
        }
    }

    private final Deque<WorkUnit> models = new ArrayDeque<>();
    private final Deque<WorkUnit> others = new ArrayDeque<>();
    private final CompletionService<Ready> running;
    /** Model units submitted and not yet handed out: the window's width bounds them. */
    private final List<Future<Ready>> started = new ArrayList<>();
    private final Function<WorkUnit, UnitOutcome> model;
    private final int width;

    public ModelWindow(List<WorkUnit> units, int width, Executor executor, Function<WorkUnit, UnitOutcome> model) {
        for (WorkUnit unit : units) {
            (isModel(unit) ? models : others).add(unit);
        }
        this.running = new ExecutorCompletionService<>(executor);
        this.model = model;
        this.width = Math.max(1, width);
    }

    /** The next unit ready, waiting for a model answer only when nothing else is left to hand out. */
    public Optional<Ready> next() {
        fill();
        Future<Ready> done = running.poll();
        if (done == null && others.isEmpty() && !started.isEmpty()) {
            try {
                done = running.take();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while waiting for the model", e);
            }
        }
        if (done != null) {
            started.remove(done);
            fill();
            return Optional.of(result(done));
        }
        return Optional.ofNullable(others.poll()).map(unit -> new Ready(unit, null));
    }

    private void fill() {
        while (started.size() < width && !models.isEmpty()) {
            WorkUnit unit = models.poll();
            started.add(running.submit(() -> new Ready(unit, model.apply(unit))));
        }
    }

    private static Ready result(Future<Ready> done) {
        try {
            return done.get();
        } catch (ExecutionException e) {
            throw new IllegalStateException("a model batch failed: " + e.getCause().getMessage(), e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    private static boolean isModel(WorkUnit unit) {
        return unit.batches().stream().allMatch(b -> b.source() == WorkUnit.Source.MODEL);
    }

    /** Calls under way when the step ends early (stopped, failed, fenced off) are abandoned; their answers stay cached. */
    @Override
    public void close() {
        started.forEach(f -> f.cancel(true));
        started.clear();
    }
}
