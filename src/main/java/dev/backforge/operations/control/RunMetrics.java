package dev.backforge.operations.control;

import dev.backforge.runs.control.RunFilter;
import dev.backforge.runs.control.RunStore;
import dev.backforge.runs.entity.RunStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.eclipse.microprofile.metrics.Counter;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.Tag;

/**
 * The application's metrics (MicroProfile Metrics, on /metrics): runs by status (read from the store at each
 * scrape), components generated and tokens spent (counted as they are committed). Model call latency is a timer on
 * the gateway.
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
                    new Tag("status", status.name().toLowerCase(java.util.Locale.ROOT)));
        }
        components = registry.counter("backforge_components_generated");
        promptTokens = registry.counter("backforge_tokens", new Tag("kind", "prompt"));
        completionTokens = registry.counter("backforge_tokens", new Tag("kind", "completion"));
    }

    public void generated(long prompt, long completion) {
        components.inc();
        promptTokens.inc(prompt);
        completionTokens.inc(completion);
    }
}
