package dev.backforge.schedules.boundary;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.backforge.http.JsonBodies;
import dev.backforge.kernel.Json;
import dev.backforge.kernel.Problem;
import dev.backforge.kernel.RuleViolation;
import dev.backforge.kernel.WorkflowIds;
import dev.backforge.problems.ProblemException;
import dev.backforge.runs.control.RunLauncher;
import dev.backforge.runs.control.RunStore;
import dev.backforge.schedules.control.CronSchedule;
import dev.backforge.schedules.control.ScheduleClock;
import dev.backforge.schedules.control.ScheduleStore;
import dev.backforge.schedules.entity.Schedule;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Schedules: create, list, change, pause, resume and delete nightly (or any cron) regenerations. */
@Path("v1/schedules")
@Produces(MediaType.APPLICATION_JSON)
public class SchedulesResource {

    private static final Set<String> FIELDS = Set.of("workflow_id", "cron", "time_zone", "options", "enabled",
            "only_when_changed");

    @Inject
    ScheduleStore store;

    @Inject
    ScheduleClock clock;

    @Inject
    RunLauncher launcher;

    @Inject
    RunStore runs;

    @Inject
    @ConfigProperty(name = "backforge.schedules.min-interval-seconds", defaultValue = "60")
    long minIntervalSeconds;

    @GET
    public String list() {
        ArrayNode items = JsonBodies.MAPPER.createArrayNode();
        store.all().forEach(s -> items.add(view(s)));
        ObjectNode body = JsonBodies.MAPPER.createObjectNode();
        body.set("items", items);
        return JsonBodies.write(body);
    }

    @GET
    @Path("{id}")
    public String get(@PathParam("id") String id) {
        return JsonBodies.write(view(find(id)));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(String body, @Context UriInfo uri) {
        JsonNode request = parse(body);
        List<RuleViolation> out = new ArrayList<>();
        checkFields(request, out);
        String workflow = request.path("workflow_id").asText("");
        if (!WorkflowIds.valid(workflow)) {
            out.add(new RuleViolation("schema-required", "/workflow_id", "workflow_id must name a workflow"));
        } else if (runs.latestRevision(workflow).isEmpty()) {
            out.add(new RuleViolation("unknown-workflow", "/workflow_id", "workflow '" + workflow + "' has no "
                    + "architecture revision yet: launch a run first"));
        }
        String zone = request.path("time_zone").asText("UTC");
        String cron = request.path("cron").asText("");
        CronSchedule schedule = cron(cron, zone, out);
        String options = options(request.get("options"), out);
        boolean enabled = !request.has("enabled") || request.get("enabled").asBoolean(true);
        boolean onlyWhenChanged = flag(request, "only_when_changed", false, out);
        invalidIfAny(out);
        Schedule s = new Schedule(UUID.randomUUID().toString(), workflow, cron.trim(), zone, options, enabled,
                schedule.after(Instant.now()).orElse(null), OffsetDateTime.now(ZoneOffset.UTC));
        s.onlyWhenChanged(onlyWhenChanged);
        store.create(s);
        clock.arm(s);
        return Response.created(uri.getBaseUriBuilder().path("v1/schedules/{id}").build(s.id()))
                .entity(JsonBodies.write(view(s))).type(MediaType.APPLICATION_JSON).build();
    }

    @PATCH
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    public String change(@PathParam("id") String id, String body) {
        Schedule s = find(id);
        JsonNode request = parse(body);
        List<RuleViolation> out = new ArrayList<>();
        checkFields(request, out);
        if (request.has("workflow_id") && !request.get("workflow_id").asText().equals(s.workflowId())) {
            out.add(new RuleViolation("immutable", "/workflow_id", "a schedule stays with its workflow; create "
                    + "another for a different one"));
        }
        String cron = request.has("cron") ? request.get("cron").asText("") : s.cron();
        String zone = request.has("time_zone") ? request.get("time_zone").asText("") : s.timeZone();
        CronSchedule schedule = cron(cron, zone, out);
        String options = request.has("options") ? options(request.get("options"), out) : s.options();
        boolean enabled = request.has("enabled") ? request.get("enabled").asBoolean() : s.enabled();
        boolean onlyWhenChanged = flag(request, "only_when_changed", s.onlyWhenChanged(), out);
        invalidIfAny(out);
        return JsonBodies.write(view(update(s, cron.trim(), zone, options, enabled, onlyWhenChanged, schedule)));
    }

    @POST
    @Path("{id}/pause")
    public String pause(@PathParam("id") String id) {
        return JsonBodies.write(view(enable(find(id), false)));
    }

    @POST
    @Path("{id}/resume")
    public String resume(@PathParam("id") String id) {
        return JsonBodies.write(view(enable(find(id), true)));
    }

    @DELETE
    @Path("{id}")
    public Response delete(@PathParam("id") String id) {
        find(id);
        store.delete(id);
        clock.disarm(id);
        return Response.noContent().build();
    }

    private Schedule enable(Schedule s, boolean enabled) {
        return update(s, s.cron(), s.timeZone(), s.options(), enabled, s.onlyWhenChanged(),
                CronSchedule.parse(s.cron(), s.timeZone()));
    }

    private Schedule update(Schedule s, String cron, String zone, String options, boolean enabled,
                            boolean onlyWhenChanged, CronSchedule cs) {
        store.change(s.id(), cron, zone, options, enabled, onlyWhenChanged, cs.after(Instant.now()).orElse(null));
        Schedule changed = find(s.id());
        clock.arm(changed);
        return changed;
    }

    private ObjectNode view(Schedule s) {
        ObjectNode n = JsonBodies.MAPPER.createObjectNode();
        n.put("id", s.id());
        n.put("workflow_id", s.workflowId());
        n.put("cron", s.cron());
        n.put("time_zone", s.timeZone());
        n.put("enabled", s.enabled());
        n.put("only_when_changed", s.onlyWhenChanged());
        n.set("options", s.options() == null ? JsonBodies.MAPPER.createObjectNode() : readTree(s.options()));
        n.put("next_fire_at", JsonBodies.iso(s.enabled() ? s.nextFireAt() : null));
        ArrayNode next = n.putArray("next_fire_times");
        if (s.enabled()) {
            CronSchedule.parse(s.cron(), s.timeZone()).next(3, Instant.now()).forEach(t -> next.add(JsonBodies.iso(t)));
        }
        n.put("last_fire_at", JsonBodies.iso(s.lastFireAt()));
        n.put("last_run_id", s.lastRunId());
        n.put("last_outcome", s.lastOutcome());
        n.put("created_at", JsonBodies.iso(s.createdAt()));
        n.put("href", "/api/v1/schedules/" + s.id());
        return n;
    }

    private static boolean flag(JsonNode request, String name, boolean otherwise, List<RuleViolation> out) {
        JsonNode value = request.get(name);
        if (value == null) {
            return otherwise;
        }
        if (!value.isBoolean()) {
            out.add(new RuleViolation("schema-type", "/" + name, name + " must be true or false"));
            return otherwise;
        }
        return value.booleanValue();
    }

    /** The expression and the zone are checked apart, so that both problems are reported at once. */
    private CronSchedule cron(String cron, String zone, List<RuleViolation> out) {
        boolean zoneValid = true;
        try {
            ZoneId.of(zone);
        } catch (RuntimeException e) {
            zoneValid = false;
            out.add(new RuleViolation("time-zone", "/time_zone", "unknown time zone '" + zone + "' (an IANA name "
                    + "such as Europe/Berlin, or UTC)"));
        }
        CronSchedule schedule;
        try {
            schedule = CronSchedule.parse(cron, zoneValid ? zone : "UTC");
        } catch (IllegalArgumentException e) {
            out.add(new RuleViolation("cron-syntax", "/cron", e.getMessage()));
            return null;
        }
        Instant now = Instant.now();
        if (schedule.after(now).isEmpty()) {
            out.add(new RuleViolation("cron-never-fires", "/cron", "'" + cron + "' names no time that will come "
                    + "(such as February 30th), so the schedule would never fire"));
        } else {
            schedule.shortestGap(now).filter(gap -> gap.compareTo(minInterval()) < 0).ifPresent(gap -> out.add(
                    new RuleViolation("cron-too-frequent", "/cron", "'" + cron + "' fires every " + gap.toSeconds()
                            + " s; schedules fire at most every " + minInterval().toSeconds() + " s (a run takes "
                            + "a server's capacity; backforge.schedules.min-interval-seconds sets the limit)")));
        }
        return schedule;
    }

    private Duration minInterval() {
        return Duration.ofSeconds(minIntervalSeconds);
    }

    private String options(JsonNode options, List<RuleViolation> out) {
        if (options == null || options.isNull()) {
            return null;
        }
        launcher.options(options, out);
        return options.toString();
    }

    private static void checkFields(JsonNode request, List<RuleViolation> out) {
        request.fieldNames().forEachRemaining(f -> {
            if (!FIELDS.contains(f)) {
                out.add(new RuleViolation("unknown-field", "/" + f, "unknown field '" + f + "'"));
            }
        });
    }

    private static void invalidIfAny(List<RuleViolation> out) {
        if (!out.isEmpty()) {
            throw new ProblemException(Problem.invalid(422, "Invalid schedule", out));
        }
    }

    private static JsonNode parse(String body) {
        try {
            JsonNode n = Json.ARTIFACT.readTree(body == null ? "" : body);
            if (n == null || !n.isObject()) {
                throw ProblemException.badRequest("the body must be a JSON object");
            }
            return n;
        } catch (IOException e) {
            throw new ProblemException(Problem.invalid(400, "Malformed JSON",
                    List.of(new RuleViolation("malformed-json", "", "the body is " + Json.describe(e)))));
        }
    }

    private static JsonNode readTree(String json) {
        try {
            return JsonBodies.MAPPER.readTree(json);
        } catch (IOException e) {
            return JsonBodies.MAPPER.createObjectNode();
        }
    }

    private Schedule find(String id) {
        return store.find(id).orElseThrow(() -> ProblemException.notFound("no schedule " + id));
    }
}
