package dev.backforge.runs.boundary;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.info.Info;

/** The REST API lives under /api/v1 (paths are on the resources); the console's pages are served beside it. */
@ApplicationPath("api")
@OpenAPIDefinition(info = @Info(title = "Backforge", version = "v1", description = "Launch, follow, stop, restart and abandon generations of backend code from architecture "
        + "artifacts; read their manifests and files. Errors are RFC 9457 problem documents."))
public class BackforgeApplication extends Application {
}
