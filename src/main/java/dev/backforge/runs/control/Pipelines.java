package dev.backforge.runs.control;

import dev.backforge.architecture.control.ArchitectureLimits;
import dev.backforge.pipeline.control.Pipeline;
import dev.backforge.stacks.TargetStacks;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** The server's one pipeline, with the limits its configuration gives; every step of every run uses it. */
@ApplicationScoped
public class Pipelines {

    @Inject
    @ConfigProperty(name = "backforge.limits.max-bytes", defaultValue = "5242880")
    long maxBytes;

    @Inject
    @ConfigProperty(name = "backforge.limits.max-components", defaultValue = "5000")
    int maxComponents;

    private Pipeline pipeline;

    @PostConstruct
    void create() {
        pipeline = new Pipeline(TargetStacks.STANDARD, new ArchitectureLimits(maxBytes, maxComponents));
    }

    @Produces
    Pipeline pipeline() {
        return pipeline;
    }

    public long maxBytes() {
        return maxBytes;
    }
}
