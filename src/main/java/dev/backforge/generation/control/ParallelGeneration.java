package dev.backforge.generation.control;

import dev.backforge.artifacts.entity.ComponentOutcome;
import dev.backforge.planning.entity.Plan;
import dev.backforge.planning.entity.PlannedComponent;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;

/**
 * Generates every component of a plan on a few threads. The template generator reads only the validated
 * architecture, never another component's output, so any order gives the same files; results are reported and
 * returned in plan order.
 */
public final class ParallelGeneration {

    /** A finished component and its place in the plan. */
    public record Progress(int position, ComponentOutcome outcome) {
    }

    private final ComponentGeneration generation;
    private final int threads;

    public ParallelGeneration(ComponentGeneration generation, int threads) {
        this.generation = generation;
        this.threads = threads;
    }

    public List<ComponentOutcome> run(GenerationContext context, Plan plan, Consumer<Progress> progress)
 {
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "backforge-generate");
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<ComponentOutcome>> futures = new ArrayList<>();
            for (PlannedComponent pc : plan.components()) {
                futures.add(pool.submit(() -> generation.run(context, pc)));
            }
            List<ComponentOutcome> outcomes = new ArrayList<>();
            for (int i = 0; i < futures.size(); i++) {
                ComponentOutcome outcome = futures.get(i).get();
                outcomes.add(outcome);
                progress.accept(new Progress(i, outcome));
            }
            return outcomes;
        } catch (ExecutionException e) {
            throw new IllegalStateException("generation failed: " + e.getCause().getMessage(), e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } finally {
            pool.shutdownNow();
        }
    }
}
