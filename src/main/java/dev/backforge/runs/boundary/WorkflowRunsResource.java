package dev.backforge.runs.boundary;

import dev.backforge.http.JsonBodies;
import dev.backforge.kernel.Problem;
import dev.backforge.kernel.RuleViolation;
import dev.backforge.problems.ProblemException;
import dev.backforge.runs.control.RunLauncher;
import dev.backforge.runs.control.RunViews;
import dev.backforge.runs.entity.Run;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.util.List;

/** Launching runs of a workflow. */
@Path("v1/workflows/{workflowId}/runs")
public class WorkflowRunsResource {

    @Inject
    RunLauncher launcher;

    @Inject
    RunViews views;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public Response launch(@PathParam("workflowId") String workflowId, InputStream body,
                           @Context UriInfo uri)
            throws IOException {
        Run run = launcher.launch(workflowId, read(body, launcher.maxBodyBytes()), "api");
        URI location = uri.getBaseUriBuilder().path("v1/runs/{id}").build(run.id());
        return Response.accepted(JsonBodies.write(views.summary(run, 0))).location(location)
                .type(MediaType.APPLICATION_JSON).build();
    }

    /** The body, refused past the limit without reading the rest. */
    static byte[] read(InputStream body, long limit) throws IOException {
        byte[] bytes = body.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limit + 1));
        if (bytes.length > limit) {
            throw new ProblemException(Problem.invalid(413, "Content Too Large", List.of(
                    new RuleViolation("size-limit", "",
                            "the request body is larger than " + limit + " bytes"))));
        }
        return bytes;
    }
}
