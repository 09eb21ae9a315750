package dev.backforge.operations.control;

import dev.backforge.runs.control.ComponentCommitted;
import dev.backforge.runs.control.RunFilter;
import dev.backforge.runs.control.RunStore;
import dev.backforge.runs.entity.RunStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.util.Locale;
import org.eclipse.microprofile.metrics.Counter;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.Tag;

/**
 * The application's metrics (MicroProfile Metrics, on /metrics): runs by status (read from the store at each
 * scrape), components generated and tokens spent (counted as they are committed). Model call latency is a timer kept by
 * {@code llmclient.control.LlmTurns}.
 */
@ApplicationScoped
public class RunMetrics {

    @Inject
    MetricRegistry registry;

    @Inject
    RunStore store;

    private Counter components;
    private Counter promptTokens;
    private Counter completionTokens;

    void register(@Observes @Initialized(ApplicationScoped.class) Object started) {
        for (RunStatus status : RunStatus.values()) {
            registry.gauge("backforge_runs", () -> store.count(new RunFilter(null, status, null, null)),
                    new Tag("status", status.name().toLowerCase(Locale.ROOT)));
        }
        components = registry.counter("backforge_components_generated");
        promptTokens = registry.counter("backforge_tokens", new Tag("kind", "prompt"));
        completionTokens = registry.counter("backforge_tokens", new Tag("kind", "completion"));
    }

    /** Counts a component once its chunk has committed: a rolled back one is generated again and counted then. */
    void committed(@Observes(during = TransactionPhase.AFTER_SUCCESS) ComponentCommitted c) {
        components.inc();
        promptTokens.inc(c.promptTokens());
        completionTokens.inc(c.completionTokens());
    }
}
