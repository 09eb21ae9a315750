package dev.backforge.runs.boundary;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.backforge.http.JsonBodies;
import dev.backforge.kernel.Problem;
import dev.backforge.kernel.WorkflowIds;
import dev.backforge.output.control.AtomicFiles;
import dev.backforge.problems.ProblemException;
import dev.backforge.runs.control.RunActions;
import dev.backforge.runs.control.RunEnds;
import dev.backforge.runs.control.RunFilter;
import dev.backforge.runs.control.RunStore;
import dev.backforge.runs.control.RunSync;
import dev.backforge.runs.control.RunViews;
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
import jakarta.ws.rs.container.AsyncResponse;
import jakarta.ws.rs.container.Suspended;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.time.Duration;
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
    private static final int MAX_WAIT_SECONDS = 60;

    @Inject
    RunStore store;

    @Inject
    RunViews views;

    @Inject
    RunActions actions;

    @Inject
    RunSync sync;

    @Inject
    RunEnds ends;

    @GET
    public String list(@QueryParam("workflow") String workflow, @QueryParam("status") String status,
                       @QueryParam("from") String from, @QueryParam("to") String to,
                       @QueryParam("page") @DefaultValue("0") String pageParam,
                       @QueryParam("size") @DefaultValue("20") String sizeParam) {
        // numbers arrive as text: JAX-RS would answer a malformed one with 404, as if the collection were missing
        int page = number("page", pageParam, 0, Integer.MAX_VALUE);
        int size = number("size", sizeParam, 1, MAX_PAGE);
        if (workflow != null && !workflow.isBlank() && !WorkflowIds.valid(workflow)) {
            throw invalidParameter("workflow", WorkflowIds.RULE);
        }
        RunFilter filter = new RunFilter(blankToNull(workflow), status(status), time("from", from), time("to", to));
        long offset = (long) page * size;
        List<Run> runs = offset > Integer.MAX_VALUE ? List.of()
                : store.list(filter, (int) offset, size).stream().map(sync::sync).toList();
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

    /**
     * Where a run is, without its components: what a client following it asks for again and again. With
     * {@code wait}, an active run's answer waits until the run ends here or that many seconds pass, so a client
     * learns of the end at once instead of at its next poll.
     */
    @GET
    @Path("{runId}/status")
    public void statusOf(@PathParam("runId") String runId, @QueryParam("wait") @DefaultValue("0") String waitParam,
                         @Suspended AsyncResponse response) {
        int wait = number("wait", waitParam, 0, MAX_WAIT_SECONDS);
        Run run = find(runId);
        if (wait == 0 || !run.status().isActive()) {
            response.resume(JsonBodies.write(views.status(run)));
            return;
        }
        Runnable answer = () -> {
            try {
                response.resume(JsonBodies.write(views.status(find(runId))));
            } catch (RuntimeException e) {
                response.resume(e);
            }
        };
        Runnable now = ends.await(runId, Duration.ofSeconds(wait), answer);
        // the end may have been stored between the first read and the registration
        if (!find(runId).status().isActive()) {
            now.run();
        }
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
        byte[] manifest = AtomicFiles.readInside(views.folder(run), "manifest.json")
                .orElseThrow(() -> ProblemException.notFound("run " + runId
                        + " has no manifest yet (it is written by the last step)"));
        return Response.ok(manifest, MediaType.APPLICATION_JSON).build();
    }

    @GET
    @Path("{runId}/files/{path: .+}")
    @Produces({MediaType.TEXT_PLAIN, MediaType.APPLICATION_JSON})
    public Response file(@PathParam("runId") String runId, @PathParam("path") String path) throws IOException {
        Run run = find(runId);
        byte[] content = AtomicFiles.readInside(views.folder(run), path)
                .orElseThrow(() -> ProblemException.notFound("no file " + path + " in run " + runId));
        return Response.ok(content, MediaType.TEXT_PLAIN + ";charset=utf-8").build();
    }

    private Run find(String runId) {
        return sync.sync(store.find(runId).orElseThrow(() -> ProblemException.notFound("no run " + runId)));
    }

    private static int number(String name, String value, int min, int max) {
        try {
            int n = Integer.parseInt(value.strip());
            if (n >= min && n <= max) {
                return n;
            }
        } catch (NumberFormatException e) {
            // answered below, with the range
        }
        throw invalidParameter(name, name + " must be a whole number from " + min + " to " + max + ", not '"
                + value + "'");
    }

    private static ProblemException invalidParameter(String name, String message) {
        return new ProblemException(Problem.badParameter(name, message));
    }

    private static RunStatus status(String status) {
        if (status == null || status.isBlank()) {
            return null;
        }
        try {
            return RunStatus.valueOf(status.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw invalidParameter("status", "unknown status '" + status + "'; one of "
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
            throw invalidParameter(name, name + " must be an ISO-8601 time with offset, e.g. "
                    + "2026-11-22T00:00:00Z");
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
