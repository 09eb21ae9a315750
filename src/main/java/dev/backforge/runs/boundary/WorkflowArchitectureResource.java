package dev.backforge.runs.boundary;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.backforge.http.JsonBodies;
import dev.backforge.problems.ProblemException;
import dev.backforge.runs.control.RunLauncher;
import dev.backforge.runs.control.RunRegistration;
import dev.backforge.runs.entity.ArchitectureRevision;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.io.IOException;
import java.io.InputStream;

/**
 * A workflow's current architecture: sent whenever it moves on (from CI, say), without running anything; the
 * workflow's schedules regenerate from it, and a dry run compares with it.
 */
@Path("v1/workflows/{workflowId}/architecture")
@Produces(MediaType.APPLICATION_JSON)
public class WorkflowArchitectureResource {

    @Inject
    RunLauncher launcher;

    @Inject
    RunRegistration registration;

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    public String revise(@PathParam("workflowId") String workflowId, InputStream body) throws IOException {
        return JsonBodies.write(view(launcher.revise(workflowId,
                WorkflowRunsResource.read(body, launcher.maxBodyBytes()))));
    }

    @GET
    public String latest(@PathParam("workflowId") String workflowId) {
        return JsonBodies.write(view(registration.latestRevision(workflowId)
                .orElseThrow(() -> ProblemException.notFound("workflow " + workflowId + " has no architecture yet"))));
    }

    private static ObjectNode view(ArchitectureRevision r) {
        ObjectNode n = JsonBodies.MAPPER.createObjectNode();
        n.put("workflow_id", r.workflowId());
        n.put("revision_id", r.id());
        n.put("architecture_id", r.architectureId());
        n.put("sha256", r.contentHash());
        n.put("created_at", JsonBodies.iso(r.createdAt()));
        return n;
    }
}
