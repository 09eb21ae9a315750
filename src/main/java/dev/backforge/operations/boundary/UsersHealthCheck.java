package dev.backforge.operations.boundary;

import dev.backforge.security.control.UsersFile;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Ready only when someone can sign in: the users file is there, private, and names a user. */
@Readiness
@ApplicationScoped
public class UsersHealthCheck implements HealthCheck {

    @Inject
    UsersFile users;

    @Override
    public HealthCheckResponse call() {
        Optional<String> problem = users.problem();
        return problem.isEmpty() ? HealthCheckResponse.named("users").up().build()
                : HealthCheckResponse.named("users").down().withData("reason", problem.get()).build();
    }
}
