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
 * (the prompts need no earlier answer: they carry their dependencies' interfaces from the plan). Template units run
 * ahead too when a template lane is given (generated and verified on up to {@code templateWidth} threads, so the
 * batch thread only commits); without one they, like reused units, are handed out in plan order while model calls
 * are under way. Each unit still commits on its own, so a restart resumes from whatever committed, in whichever order
 * it did.
 */
public final class ModelWindow implements AutoCloseable {

    /** A unit ready for the processor: a unit run ahead with its outcome, any other with none (it is generated there). */
    public record Ready(WorkUnit unit, UnitOutcome outcome) {

        public Optional<UnitOutcome> generated() {
            return Optional.ofNullable(outcome);
        }
    }

    /** Units of one kind run ahead: queued, and submitted up to a width. */
    private static final class Lane {
        final Deque<WorkUnit> queued = new ArrayDeque<>();
        final List<Future<Ready>> started = new ArrayList<>();
        final Function<WorkUnit, UnitOutcome> work;
        final int width;

        Lane(Function<WorkUnit, UnitOutcome> work, int width) {
            this.work = work;
            this.width = Math.max(1, width);
        }
    }

    private final Deque<WorkUnit> others = new ArrayDeque<>();
    private final CompletionService<Ready> running;
    private final Lane models;
    private final Lane templates;

    public ModelWindow(List<WorkUnit> units, int width, Executor executor, Function<WorkUnit, UnitOutcome> model) {
        this(units, width, executor, model, 0, null);
    }

    /** With a template lane: template units generated ahead by {@code template}, {@code templateWidth} at a time. */
    public ModelWindow(List<WorkUnit> units, int width, Executor executor, Function<WorkUnit, UnitOutcome> model,
            int templateWidth, Function<WorkUnit, UnitOutcome> template) {
        this.running = new ExecutorCompletionService<>(executor);
        this.models = new Lane(model, width);
        this.templates = template == null ? null : new Lane(template, templateWidth);
        for (WorkUnit unit : units) {
            if (is(unit, WorkUnit.Source.MODEL)) {
                models.queued.add(unit);
            } else if (templates != null && is(unit, WorkUnit.Source.TEMPLATE)) {
                templates.queued.add(unit);
            } else {
                others.add(unit);
            }
        }
    }

    /** The next unit ready, waiting for one run ahead only when nothing else is left to hand out. */
    public Optional<Ready> next() {
        fill();
        Future<Ready> done = running.poll();
        if (done == null && others.isEmpty() && inFlight() > 0) {
            try {
                done = running.take();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while waiting for a unit run ahead", e);
            }
        }
        if (done != null) {
            models.started.remove(done);
            if (templates != null) {
                templates.started.remove(done);
            }
            fill();
            return Optional.of(result(done));
        }
        return Optional.ofNullable(others.poll()).map(unit -> new Ready(unit, null));
    }

    private int inFlight() {
        return models.started.size() + (templates == null ? 0 : templates.started.size());
    }

    private void fill() {
        fill(models);
        if (templates != null) {
            fill(templates);
        }
    }

    private void fill(Lane lane) {
        while (lane.started.size() < lane.width && !lane.queued.isEmpty()) {
            WorkUnit unit = lane.queued.poll();
            lane.started.add(running.submit(() -> new Ready(unit, lane.work.apply(unit))));
        }
    }

    private static Ready result(Future<Ready> done) {
        try {
            return done.get();
        } catch (ExecutionException e) {
            throw new IllegalStateException("a unit run ahead failed: " + e.getCause().getMessage(), e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    private static boolean is(WorkUnit unit, WorkUnit.Source source) {
        return unit.batches().stream().allMatch(b -> b.source() == source);
    }

    /** Work under way when the step ends early (stopped, failed, fenced off) is abandoned; answers stay cached. */
    @Override
    public void close() {
        for (Lane lane : templates == null ? List.of(models) : List.of(models, templates)) {
            lane.started.forEach(f -> f.cancel(true));
            lane.started.clear();
        }
    }
}
