package dev.backforge.runs.control;

import dev.backforge.architecture.control.InvalidArchitectureException;
import dev.backforge.generation.control.GenerationContext;
import dev.backforge.generation.llm.budget.Tokens;
import dev.backforge.llmclient.control.LlmConfig;
import dev.backforge.output.entity.ComponentOutcome;
import dev.backforge.pipeline.control.Pipeline;
import jakarta.annotation.Priority;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The first run after a boot would pay for compiling the generator, the verifier and the store's path (JIT) and for
 * loading the stack's grammars. At boot a shipped example goes through the pipeline in memory, again and again for a
 * few seconds, on a managed thread, and each time its results are recorded in the store in a transaction that is
 * rolled back ({@link StoreRehearsal}): nothing is kept or written. The instance reports ready when it is done, so a load
 * balancer (or a script waiting for readiness) sends work to a warm server; runs launched earlier are not held back.
 */
@ApplicationScoped
public class ServerWarmup {

    private static final Logger LOG = Logger.getLogger(ServerWarmup.class.getName());
    static final String EXAMPLE = "/examples/store-inventory.json";

    @Inject
    Pipeline pipeline;

    @Inject
    LlmConfig llm;

    @Inject
    StoreRehearsal rehearsal;

    @Inject
    @ConfigProperty(name = "backforge.warmup.seconds", defaultValue = "8")
    int seconds;

    @Resource
    ManagedExecutorService executor;

    private volatile boolean done;

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
            byte[] example = example();
            long started = System.nanoTime();
            long until = started + seconds * 1_000_000_000L;
            byte[] launch = launchBody(example);
            int rounds = 0;
            boolean rehearse = true;
            do {
                Map<String, ComponentOutcome> outcomes = new ConcurrentHashMap<>();
                pipeline.run(example, "warmup", 1, new HashMap<>(), collecting(outcomes));
                rehearse = rehearse && rehearsed(launch, outcomes);
                rounds++;
            } while (System.nanoTime() < until);
            if (llm.configured()) {
                // the tokenizer loads its vocabulary on first use, which held the first run's first call back
                Tokens.count(EXAMPLE);
            }
            int done = rounds;
            boolean stored = rehearse;
            LOG.info(
                    () -> "warm-up: " + done + " generations of " + EXAMPLE + (stored ? ", each rehearsed in the store,"
                            : "") + " in " + (System.nanoTime() - started) / 1_000_000 + " ms");
        } catch (IOException | InvalidArchitectureException | RuntimeException e) {
            // a cold first run is slower, not wrong
            LOG.log(Level.WARNING, "warm-up skipped", e);
        } finally {
            done = true;
        }
    }

    /** One store rehearsal; false (and logged) when it failed, so the rounds after go on in memory only. */
    private boolean rehearsed(byte[] launch, Map<String, ComponentOutcome> outcomes) {
        try {
            rehearsal.rehearse(launch, outcomes);
            return true;
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "warm-up: the store rehearsal failed, the first run's store work stays cold", e);
            return false;
        }
    }

    private static byte[] launchBody(byte[] example) {
        return ("{\"architecture\":" + new String(example, StandardCharsets.UTF_8) + "}")
                .getBytes(StandardCharsets.UTF_8);
    }

    private static Pipeline.Listener collecting(Map<String, ComponentOutcome> outcomes) {
        return new Pipeline.Listener() {
            @Override
            public void planned(GenerationContext context) {
            }

            @Override
            public void generated(int position, ComponentOutcome outcome) {
                outcomes.put(outcome.component().id(), outcome);
            }
        };
    }

    private static byte[] example() throws IOException {
        try (InputStream in = ServerWarmup.class.getResourceAsStream(EXAMPLE)) {
            if (in == null) {
                throw new IOException(EXAMPLE + " is not packaged");
            }
            return in.readAllBytes();
        }
    }
}
