package dev.backforge.runs.boundary;

import dev.backforge.http.JsonBodies;
import dev.backforge.runs.control.RunLauncher;
import dev.backforge.runs.control.RunPlans;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.io.IOException;
import java.io.InputStream;

/**
 * Dry runs of a workflow: what a run would reuse, regenerate, add and remove, and which published files it would
 * replace, merge or conflict with, for the artifact in the body or, with none, the workflow's latest revision.
 */
@Path("v1/workflows/{workflowId}/plans")
public class WorkflowPlansResource {

    @Inject
    RunLauncher launcher;

    @Inject
    RunPlans plans;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public String plan(@PathParam("workflowId") String workflowId, InputStream body) throws IOException {
        return JsonBodies.write(plans.plan(workflowId, WorkflowRunsResource.read(body, launcher.maxBodyBytes())));
    }
}
