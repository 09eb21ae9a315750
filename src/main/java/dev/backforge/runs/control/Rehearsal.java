package dev.backforge.runs.control;

import dev.backforge.architecture.control.InvalidArchitectureException;
import dev.backforge.generation.control.GenerationContext;
import dev.backforge.generation.control.GenerationException;
import dev.backforge.output.entity.ComponentOutcome;
import dev.backforge.pipeline.control.Pipeline;
import dev.backforge.planning.entity.PlannedComponent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;

/**
 * The boot's rehearsal of the generate step, run as the job {@code backforge-warmup}: the first run after a boot
 * would otherwise pay for loading and compiling the batch runtime's chunk loop, the store's statements and the
 * transaction manager's commit, besides the generator. Nothing of it is stored: each chunk's statements are undone
 * in the chunk's own transaction.
 */
@ApplicationScoped
public class Rehearsal {

    /** The job's name in the batch runtime. */
    public static final String JOB = "backforge-warmup";

    @Inject
    Pipeline pipeline;

    @Inject
    RunStore store;

    /** One line of the rehearsal: a planned component of the shipped example. */
    public record Line(GenerationContext context, PlannedComponent component) {
    }

    /** The lines, round after round of the example (parsed and planned again each round), until the deadline. */
    public final class Script {

        private final byte[] example;
        private final long until;
        private GenerationContext context;
        private int next;

        Script(byte[] example, long until) {
            this.example = example;
            this.until = until;
        }

        public Optional<Line> next() throws InvalidArchitectureException {
            if (System.nanoTime() >= until) {
                return Optional.empty();
            }
            if (context == null || next == context.plan().size()) {
                context = pipeline.plan().plan(pipeline.parse().validate(example), null, List.of());
                next = 0;
            }
            return Optional.of(new Line(context, context.plan().get(next++)));
        }
    }

    /** The rehearsal's lines for about {@code millis}, from the example's bytes. */
    public Script script(byte[] example, long millis) {
        return new Script(example, System.nanoTime() + millis * 1_000_000L);
    }

    /** Processor: the component generated and verified in memory, as a run's processor and verify step would. */
    public ComponentOutcome perform(Line line) throws GenerationException {
        return pipeline.generateAndVerify(line.context(), line.component());
    }

    /** Writer: a commit's statements, in the chunk's transaction, and undone there. */
    public void record(ComponentOutcome outcome) {
        store.rehearse(outcome.file().componentId());
    }
}
