package dev.backforge.operations.boundary;

import dev.backforge.runs.control.ServerWarmup;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Ready once the boot's warm-up has run: the first run a ready instance takes is not a cold one. */
@Readiness
@ApplicationScoped
public class WarmupHealthCheck implements HealthCheck {

    @Inject
    ServerWarmup warmup;

    @Override
    public HealthCheckResponse call() {
        return HealthCheckResponse.named("warm-up").status(warmup.done()).build();
    }
}
