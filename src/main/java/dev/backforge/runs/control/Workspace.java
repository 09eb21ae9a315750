package dev.backforge.runs.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.file.Path;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The folders of the workspace. A run writes under its own folder, so that earlier runs stay readable and a crash
 * never leaves a half-updated published tree; the manifest step then publishes to the seed's
 * {@code workflows/{workflow_id}/artifacts/code/backend/}.
 */
@ApplicationScoped
public class Workspace {

    @Inject
    @ConfigProperty(name = "backforge.workspace")
    String root;

    public Path root() {
        return Path.of(root).toAbsolutePath().normalize();
    }

    public Path runOutput(String workflowId, String runId) {
        return root().resolve("workflows").resolve(workflowId).resolve("runs").resolve(runId)
                .resolve("code").resolve("backend");
    }

    public Path published(String workflowId) {
        return root().resolve("workflows").resolve(workflowId).resolve("artifacts").resolve("code")
                .resolve("backend");
    }

    /** A path inside the workspace as the API shows it: relative, with '/' separators. */
    public String relative(Path inside) {
        return root().relativize(inside).toString().replace('\\', '/');
    }
}
