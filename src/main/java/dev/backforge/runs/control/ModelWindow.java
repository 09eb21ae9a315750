package dev.backforge.runs.control;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.Iterator;
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

    /** Units not formed yet: forming a model unit measures its prompt, so it is done while calls are out. */
    private final Iterator<WorkUnit> source;
    private final Deque<WorkUnit> models = new ArrayDeque<>();
    private final Deque<WorkUnit> others = new ArrayDeque<>();
    private final CompletionService<Ready> running;
    /** Model units submitted and not yet handed out: the window's width bounds them. */
    private final List<Future<Ready>> started = new ArrayList<>();
    private final Function<WorkUnit, UnitOutcome> model;
    private final int width;

    public ModelWindow(Iterator<WorkUnit> units, int width, Executor executor, Function<WorkUnit, UnitOutcome> model) {
        this.source = units;
        this.running = new ExecutorCompletionService<>(executor);
        this.model = model;
        this.width = Math.max(1, width);
    }

    /**
     * The next unit ready, waiting for a model answer only when nothing else is left to hand out; while the window is
     * full, the next units are formed rather than waited for.
     */
    public Optional<Ready> next() {
        while (true) {
            fill();
            Future<Ready> done = running.poll();
            if (done == null && !others.isEmpty()) {
                return Optional.of(new Ready(others.poll(), null));
            }
            if (done == null && !started.isEmpty() && source.hasNext()) {
                form();
                continue;
            }
            if (done == null && !started.isEmpty()) {
                done = take();
            }
            if (done == null) {
                return Optional.empty();
            }
            started.remove(done);
            fill();
            return Optional.of(result(done));
        }
    }

    /** Model units started until the window is full; the other units met on the way wait in plan order. */
    private void fill() {
        while (started.size() < width && (!models.isEmpty() || source.hasNext())) {
            if (models.isEmpty()) {
                form();
                continue;
            }
            WorkUnit unit = models.poll();
            started.add(running.submit(() -> new Ready(unit, model.apply(unit))));
        }
    }

    private void form() {
        WorkUnit unit = source.next();
        (isModel(unit) ? models : others).add(unit);
    }

    private Future<Ready> take() {
        try {
            return running.take();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for the model", e);
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
