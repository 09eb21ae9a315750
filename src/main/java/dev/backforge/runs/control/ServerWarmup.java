package dev.backforge.runs.control;

import dev.backforge.architecture.control.InvalidArchitectureException;
import dev.backforge.generation.control.GenerationContext;
import dev.backforge.output.entity.ComponentOutcome;
import dev.backforge.pipeline.control.Pipeline;
import jakarta.annotation.Priority;
import jakarta.annotation.Resource;
import jakarta.batch.runtime.BatchStatus;
import jakarta.batch.runtime.Metric;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The first run after a boot would pay for compiling the generator and the verifier (JIT), for loading the stack's
 * grammars, and for loading and compiling the batch runtime's chunk loop, the store's statements and the commit. At
 * boot a shipped example goes through the pipeline in memory, again and again, for half the warm-up's seconds, on a
 * managed thread; then the job {@code backforge-warmup} rehearses the generate step with it for the other half
 * ({@link Rehearsal}: nothing is stored). The instance reports ready when it is done, so a load balancer (or a script
 * waiting for readiness) sends work to a warm server; runs launched earlier are not held back.
 */
@ApplicationScoped
public class ServerWarmup {

    private static final Logger LOG = Logger.getLogger(ServerWarmup.class.getName());
    static final String EXAMPLE = "/examples/store-inventory.json";

    @Inject
    Pipeline pipeline;

    @Inject
    @ConfigProperty(name = "backforge.warmup.seconds", defaultValue = "8")
    int seconds;

    @Resource
    ManagedExecutorService executor;

    @Inject
    Jobs jobs;

    @Inject
    JobRepositoryRepair repair;

    private volatile boolean done;
    private volatile byte[] example;

    void boot(@Observes @Priority(Interceptor.Priority.APPLICATION
            + 500) @Initialized(ApplicationScoped.class) Object started) {
        if (seconds > 0) {
            executor.submit(this::warm);
        } else {
            done = true;
        }
    }

    /** Whether the warm-up has ended (or was turned off). */
    public boolean done() {
        return done;
    }

    void warm() {
        try {
            example = read();
            long started = System.nanoTime();
            long until = started + seconds * 500_000_000L;
            int rounds = 0;
            do {
                pipeline.run(example, "warmup", 1, new HashMap<>(), QUIET);
                rounds++;
            } while (System.nanoTime() < until);
            int done = rounds;
            LOG.info(() -> "warm-up: " + done + " in-memory generations of " + EXAMPLE + " in "
                    + (System.nanoTime() - started) / 1_000_000 + " ms");
            rehearse(seconds * 500L);
        } catch (IOException | InvalidArchitectureException | RuntimeException e) {
            // a cold first run is slower, not wrong
            LOG.log(Level.WARNING, "warm-up skipped", e);
        } finally {
            done = true;
        }
    }

    private void rehearse(long millis) {
        // a rehearsal a crash cut short still says STARTED; one that old is no other instance's running one
        repair.leftRunning(Rehearsal.JOB, Instant.now().minus(Duration.ofMinutes(10))).forEach(repair::markFailed);
        long started = System.nanoTime();
        long execution = jobs.rehearse(millis);
        long deadline = started + (millis + 60_000L) * 1_000_000L;
        BatchStatus status = jobs.execution(execution).getBatchStatus();
        while (RUNNING.contains(status) && System.nanoTime() < deadline) {
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
            status = jobs.execution(execution).getBatchStatus();
        }
        BatchStatus ended = status;
        long chunks = jobs.steps(execution).stream().flatMap(step -> Arrays.stream(step.getMetrics()))
                .filter(m -> m.getType() == Metric.MetricType.COMMIT_COUNT).mapToLong(Metric::getValue).sum();
        LOG.info(() -> "warm-up: rehearsal of the generate step " + ended + ", " + chunks + " chunks in "
                + (System.nanoTime() - started) / 1_000_000 + " ms");
    }

    /** The shipped example the warm-up generates (read at boot). */
    public byte[] example() {
        return example;
    }

    private static byte[] read() throws IOException {
        try (InputStream in = ServerWarmup.class.getResourceAsStream(EXAMPLE)) {
            if (in == null) {
                throw new IOException(EXAMPLE + " is not packaged");
            }
            return in.readAllBytes();
        }
    }

    private static final Set<BatchStatus> RUNNING = EnumSet.of(BatchStatus.STARTING, BatchStatus.STARTED,
            BatchStatus.STOPPING);

    private static final Pipeline.Listener QUIET = new Pipeline.Listener() {
        @Override
        public void planned(GenerationContext context) {
        }

        @Override
        public void generated(int position, ComponentOutcome outcome) {
        }
    };
}
