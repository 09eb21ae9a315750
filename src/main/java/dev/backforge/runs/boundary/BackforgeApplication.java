package dev.backforge.runs.boundary;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import java.util.Map;

/**
 * The REST API lives under /api/v1 (paths are on the resources); the console's pages are served beside it. Its
 * description is META-INF/openapi.yaml, served at /openapi.
 */
@ApplicationPath("api")
public class BackforgeApplication extends Application {

    @Override
    public Map<String, Object> getProperties() {
        // OPTIONS would otherwise answer anyone with a WADL description of every resource; /openapi is the one
        // published description, and it is reviewed
        return Map.of("jersey.config.server.wadl.disableWadl", true);
    }
}
