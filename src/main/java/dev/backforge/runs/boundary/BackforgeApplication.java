package dev.backforge.runs.boundary;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.info.Info;

/** The REST API lives under /api/v1 (paths are on the resources); the console's pages are served beside it. */
@ApplicationPath("api")
@OpenAPIDefinition(info = @Info(title = "Backforge", version = "v1", description = "Launch, follow, stop, restart and abandon generations of backend code from architecture "
        + "artifacts; read their manifests and files. Errors are RFC 9457 problem documents."))
public class BackforgeApplication extends Application {

    @Override
    public Map<String, Object> getProperties() {
        // OPTIONS would otherwise answer anyone with a WADL description of every resource; /openapi is the one
        // published description, and it is reviewed
        return Map.of("jersey.config.server.wadl.disableWadl", true);
    }
}
