package dev.backforge.support;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * The REST API as a black-box client sees it (MicroProfile Rest Client). Paths sit on the methods: a class-level
 * path equal to one of the server's own resources confuses a deployment that contains this interface.
 */
public interface RunsApi {

    @POST
    @Path("api/v1/workflows/{workflowId}/runs")
    @Consumes(MediaType.APPLICATION_JSON)
    Response launch(@PathParam("workflowId") String workflowId, String body);

    @GET
    @Path("api/v1/runs")
    Response list(@QueryParam("workflow") String workflow, @QueryParam("status") String status,
                  @QueryParam("page") Integer page, @QueryParam("size") Integer size);

    @GET
    @Path("api/v1/runs/{runId}")
    Response run(@PathParam("runId") String runId);

    @GET
    @Path("api/v1/runs/{runId}/status")
    Response status(@PathParam("runId") String runId);

    @GET
    @Path("api/v1/runs/{runId}/status")
    Response statusWaiting(@PathParam("runId") String runId, @QueryParam("wait") String seconds);

    @POST
    @Path("api/v1/runs/{runId}/stop")
    Response stop(@PathParam("runId") String runId);

    @POST
    @Path("api/v1/runs/{runId}/restart")
    Response restart(@PathParam("runId") String runId);

    @POST
    @Path("api/v1/runs/{runId}/abandon")
    Response abandon(@PathParam("runId") String runId);

    @GET
    @Path("api/v1/runs/{runId}/manifest")
    Response manifest(@PathParam("runId") String runId);

    @GET
    @Path("api/v1/runs/{runId}/files/{path: .+}")
    Response file(@PathParam("runId") String runId, @PathParam(value = "path") String path);
}
