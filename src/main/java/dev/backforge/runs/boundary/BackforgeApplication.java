package dev.backforge.runs.boundary;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/** The REST API lives under /api/v1 (paths are on the resources); the console's pages are served beside it. */
@ApplicationPath("api")
public class BackforgeApplication extends Application {
}
