package dev.backforge.runs.boundary;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.backforge.http.JsonBodies;
import dev.backforge.output.control.AtomicFiles;
import dev.backforge.problems.ProblemException;
import dev.backforge.runs.control.RunActions;
import dev.backforge.runs.control.RunFilter;
import dev.backforge.runs.control.RunStore;
import dev.backforge.runs.control.RunSync;
import dev.backforge.runs.control.RunViews;
import dev.backforge.runs.control.Workspace;
import dev.backforge.runs.entity.Run;
import dev.backforge.runs.entity.RunStatus;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** Runs: list and inspect them, stop, restart and abandon them, read their manifest and files. */
@Path("v1/runs")
@Produces(MediaType.APPLICATION_JSON)
public class RunsResource {

    private static final int MAX_PAGE = 200;

    @Inject
    RunStore store;

    @Inject
    RunViews views;

    @Inject
    RunActions actions;

    @Inject
    Workspace workspace;

    @Inject
    RunSync sync;

    @GET
    public String list(@QueryParam("workflow") String workflow, @QueryParam("status") String status,
                       @QueryParam("from") String from, @QueryParam("to") String to,
                       @QueryParam("page") @DefaultValue("0") int page,
                       @QueryParam("size") @DefaultValue("20") int size) {
        if (page < 0 || size < 1 || size > MAX_PAGE) {
            throw ProblemException.badRequest("page must be >= 0 and size between 1 and " + MAX_PAGE);
        }
        RunFilter filter = new RunFilter(blankToNull(workflow), status(status), time("from", from), time("to", to));
        List<Run> runs = store.list(filter, page * size, size).stream().map(sync::sync).toList();
        var generated = store.generatedCounts(runs.stream().map(Run::id).toList());
        ObjectNode body = JsonBodies.MAPPER.createObjectNode();
        ArrayNode items = body.putArray("items");
        runs.forEach(r -> items.add(views.summary(r, generated.getOrDefault(r.id(), 0L))));
        body.put("page", page);
        body.put("size", size);
        body.put("total", store.count(filter));
        return JsonBodies.write(body);
    }

    @GET
    @Path("{runId}")
    public String get(@PathParam("runId") String runId) {
        return JsonBodies.write(views.detail(find(runId)));
    }

    @POST
    @Path("{runId}/stop")
    public Response stop(@PathParam("runId") String runId) {
        return Response.accepted(JsonBodies.write(views.detail(actions.stop(runId)))).build();
    }

    @POST
    @Path("{runId}/restart")
    public Response restart(@PathParam("runId") String runId) {
        return Response.accepted(JsonBodies.write(views.detail(actions.restart(runId)))).build();
    }

    @POST
    @Path("{runId}/abandon")
    public String abandon(@PathParam("runId") String runId) {
        return JsonBodies.write(views.detail(actions.abandon(runId)));
    }

    @GET
    @Path("{runId}/manifest")
    public Response manifest(@PathParam("runId") String runId) throws IOException {
        Run run = find(runId);
        try {
            return Response.ok(Files.readString(workspace.runOutput(run.workflowId(), runId).resolve("manifest.json")),
                    MediaType.APPLICATION_JSON).build();
        } catch (NoSuchFileException e) {
            throw ProblemException.notFound("run " + runId + " has no manifest yet (it is written by the last step)");
        }
    }

    @GET
    @Path("{runId}/files/{path: .+}")
    @Produces({MediaType.TEXT_PLAIN, MediaType.APPLICATION_JSON})
    public Response file(@PathParam("runId") String runId, @PathParam("path") String path) throws IOException {
        Run run = find(runId);
        java.nio.file.Path file;
        try {
            file = AtomicFiles.resolveInside(workspace.runOutput(run.workflowId(), runId), path);
        } catch (IllegalArgumentException e) {
            throw ProblemException.notFound("no file " + path + " in run " + runId);
        }
        if (!Files.isRegularFile(file)) {
            throw ProblemException.notFound("no file " + path + " in run " + runId);
        }
        return Response.ok(Files.readString(file), MediaType.TEXT_PLAIN + ";charset=utf-8").build();
    }

    private Run find(String runId) {
        return sync.sync(store.find(runId).orElseThrow(() -> ProblemException.notFound("no run " + runId)));
    }

    private static RunStatus status(String status) {
        if (status == null || status.isBlank()) {
            return null;
        }
        try {
            return RunStatus.valueOf(status.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw ProblemException.badRequest("unknown status '" + status + "'; one of "
                    + Arrays.toString(RunStatus.values()));
        }
    }

    private static OffsetDateTime time(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return OffsetDateTime.parse(value);
        } catch (DateTimeParseException e) {
            throw ProblemException.badRequest(name + " must be an ISO-8601 time with offset, e.g. "
                    + "2026-11-22T00:00:00Z");
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
