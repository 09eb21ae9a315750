package dev.backforge.operations.boundary;

import dev.backforge.runs.control.Workspace;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.file.Files;
import java.nio.file.Path;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Ready only when runs can write their files: the workspace exists and takes a file. */
@Readiness
@ApplicationScoped
public class WorkspaceHealthCheck implements HealthCheck {

    @Inject
    Workspace workspace;

    @Override
    public HealthCheckResponse call() {
        try {
            Path root = Files.createDirectories(workspace.root());
            Path probe = Files.createTempFile(root, ".health-", ".probe");
            Files.delete(probe);
            // no path in the answer: health is open to anyone, and the server's file system is nobody's business
            return HealthCheckResponse.named("workspace").up().withData("writable", true).build();
        } catch (Exception e) {
            return HealthCheckResponse.named("workspace").down().withData("error", e.getClass().getSimpleName())
                    .build();
        }
    }
}
