package dev.backforge.schedules;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.backforge.support.Credentials;
import dev.backforge.support.Examples;
import dev.backforge.support.MicroServer;
import dev.backforge.support.Server;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Schedules on real servers: a due schedule fires once per due time, survives a restart (a fire missed while the
 * server was down runs once at boot), a schedule for changes only fires no run until the workflow's architecture
 * moves, and two servers on one PostgreSQL fire each due time once between them.
 */
class SchedulesIT {

    static final HttpClient HTTP = HttpClient.newHttpClient();
    /** Quick clocks for the test: resync every 2 s, schedules every 5 s allowed (60 s is the shipped minimum). */
    static final List<String> FAST = List.of("backforge.schedules.resync-seconds=2",
            "backforge.schedules.min-interval-seconds=5");

    /**
     * One server (each boot costs seconds): the schedule for changes only first, then the one that is restarted; the
     * first keeps firing "no changes" through the restart, which the second's counts do not see (other workflow).
     */
    @Test
    void schedulesFireOncePerDueTimeWaitForChangesAndSurviveARestart() throws Exception {
        try (MicroServer server = new MicroServer(MicroServer.newWorkspace("schedules"), MicroServer.STORE, FAST)) {
            server.start();
            aScheduleForChangesOnlyWaitsUntilTheArchitectureMoves(server);
            aDueScheduleFiresOncePerDueTimeAndSurvivesARestart(server);
        }
    }

    @Test
    void twoServersOnOnePostgresFireEachDueTimeOnce() throws Exception {
        assumeTrue(MicroServer.STORE.equals("postgres"), "two servers share one store only on PostgreSQL");
        String workflow = "shared-" + UUID.randomUUID().toString().substring(0, 8);
        try (MicroServer a = new MicroServer(MicroServer.newWorkspace("schedules-a"), MicroServer.STORE, FAST);
                MicroServer b = a.peer(FAST)) {
            a.start();
            b.start();
            Server api = a.client();
            api.awaitStatus(api.launch(workflow, Server.launchBody(Server.JSON.readTree(
                    Examples.bytes("auth-service.json")), (Integer) null)), "COMPLETED", Duration.ofMinutes(2));
            post(b.base(), "api/v1/schedules", "{\"workflow_id\": \"" + workflow + "\", \"cron\": \"*/5 * * * * *\", "
                    + "\"options\": {\"generator\": \"template\"}}", 201);
            List<String> fired = awaitScheduledRuns(api, workflow, 4, Duration.ofSeconds(60));
            Set<String> distinct = new HashSet<>(fired);
            assertEquals(fired.size(), distinct.size(), "no due time fired twice: " + fired);
        }
    }

    /** A schedule for changes only fires no run until the workflow's architecture moves, then one. */
    private static void aScheduleForChangesOnlyWaitsUntilTheArchitectureMoves(MicroServer server) throws Exception {
        String workflow = "moving-" + UUID.randomUUID().toString().substring(0, 8);
        Server api = server.client();
        byte[] artifact = Examples.bytes("store-inventory.json");
        api.awaitStatus(api.launch(workflow, Server.launchBody(Server.JSON.readTree(artifact), (Integer) null)),
                "COMPLETED", Duration.ofMinutes(2));
        JsonNode schedule = post(server.base(), "api/v1/schedules", "{\"workflow_id\": \"" + workflow
                + "\", \"cron\": \"*/5 * * * * *\", \"only_when_changed\": true}", 201);
        assertTrue(schedule.get("only_when_changed").asBoolean(), schedule.toString());
        String href = "api/v1/schedules/" + schedule.get("id").asText();
        awaitOutcome(server.base(), href, "no changes");
        assertEquals(List.of(), scheduledRuns(api, workflow), "nothing changed: no run");

        ObjectNode moved = (ObjectNode) Server.JSON.readTree(artifact);
        ((ObjectNode) moved.get("components").get(6).get("interface").get("methods").get(0))
                .put("description", "Lock the stock row for the update.");
        String body = "{\"architecture\": " + moved + "}";
        JsonNode revision = send(server.base(), "PUT", "api/v1/workflows/" + workflow + "/architecture", body, 200);
        assertEquals(revision, send(server.base(), "PUT", "api/v1/workflows/" + workflow + "/architecture", body,
                200), "the same architecture again is the same revision");
        JsonNode withOptions = send(server.base(), "PUT", "api/v1/workflows/" + workflow + "/architecture",
                "{\"architecture\": " + moved + ", \"options\": {}}", 422);
        assertEquals("/options", withOptions.get("errors").get(0).get("pointer").asText(), withOptions.toString());

        List<String> fired = awaitScheduledRuns(api, workflow, 1, Duration.ofSeconds(30));
        JsonNode runs = Server.json(api.api().list(workflow, null, 0, 10));
        String scheduled = runs.get("items").get(0).get("id").asText();
        JsonNode run = api.awaitStatus(scheduled, "COMPLETED", Duration.ofMinutes(2));
        assertEquals(revision.get("revision_id").asLong(), run.get("revision_id").asLong());
        assertEquals(1, run.get("changes").get("regenerated").asInt(), run.get("changes").toString());
        awaitOutcome(server.base(), href, "no changes");
        assertEquals(fired.size(), scheduledRuns(api, workflow).size(),
                "once regenerated, nothing changed any more");
    }

    /** A due schedule fires once per due time and survives a restart: of the fires missed while down, one runs. */
    private static void aDueScheduleFiresOncePerDueTimeAndSurvivesARestart(MicroServer server) throws Exception {
        String workflow = "nightly-" + UUID.randomUUID().toString().substring(0, 8);
        Server api = server.client();
        api.awaitStatus(api.launch(workflow, Server.launchBody(Server.JSON.readTree(
                Examples.bytes("auth-service.json")), (Integer) null)), "COMPLETED", Duration.ofMinutes(2));

        JsonNode bad = post(server.base(), "api/v1/schedules", "{\"workflow_id\": \"" + workflow
                + "\", \"cron\": \"every night\", \"time_zone\": \"Mars/Olympus\"}", 422);
        assertEquals(2, bad.get("errors").size(), bad.toString());
        JsonNode tooOften = post(server.base(), "api/v1/schedules", "{\"workflow_id\": \"" + workflow
                + "\", \"cron\": \"*/2 * * * * *\"}", 422);
        assertEquals("cron-too-frequent", tooOften.get("errors").get(0).get("rule").asText(), tooOften.toString());
        assertEquals("/cron", tooOften.get("errors").get(0).get("pointer").asText());
        JsonNode never = post(server.base(), "api/v1/schedules", "{\"workflow_id\": \"" + workflow
                + "\", \"cron\": \"0 2 30 2 *\"}", 422);
        assertEquals("cron-never-fires", never.get("errors").get(0).get("rule").asText(), never.toString());

        JsonNode schedule = post(server.base(), "api/v1/schedules", "{\"workflow_id\": \"" + workflow
                + "\", \"cron\": \"*/5 * * * * *\", \"time_zone\": \"Europe/Berlin\", \"options\": "
                + "{\"generator\": \"template\"}}", 201);
        JsonNode next = schedule.get("next_fire_times");
        assertEquals(3, next.size());
        assertEquals(Duration.ofSeconds(5), Duration.between(OffsetDateTime.parse(next.get(0).asText()),
                OffsetDateTime.parse(next.get(1).asText())));

        List<String> fired = awaitScheduledRuns(api, workflow, 2, Duration.ofSeconds(30));
        assertEquals(fired.size(), new HashSet<>(fired).size(), "each due time fired once: " + fired);

        server.close();
        OffsetDateTime down = OffsetDateTime.now();
        // long enough for two or three due times to pass unseen
        Thread.sleep(13_000);
        OffsetDateTime up = OffsetDateTime.now();
        server.start();
        JsonNode after = get(server.base(), "api/v1/schedules/" + schedule.get("id").asText());
        assertTrue(after.get("enabled").asBoolean(), "the schedule survived the restart");
        List<String> all = awaitScheduledRuns(api, workflow, fired.size() + 2, Duration.ofSeconds(60));
        assertEquals(all.size(), new HashSet<>(all).size(), "each due time fired once: " + all);
        long missedAndFired = all.stream().map(OffsetDateTime::parse)
                .filter(t -> t.isAfter(down.plusSeconds(1)) && t.isBefore(up)).count();
        assertEquals(1, missedAndFired, "of the due times missed while down, exactly one ran at boot: " + all);
    }

    /** Waits for the schedule's next firing with an outcome containing {@code text}. */
    static void awaitOutcome(URI base, String href, String text) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        String before = get(base, href).path("last_fire_at").asText();
        while (System.nanoTime() < deadline) {
            JsonNode s = get(base, href);
            if (!s.path("last_fire_at").asText().equals(before) && s.path("last_outcome").asText().contains(text)) {
                return;
            }
            Thread.sleep(300);
        }
        throw new AssertionError("no firing with outcome '" + text + "': " + get(base, href));
    }

    static JsonNode send(URI base, String method, String path, String body, int expected) throws Exception {
        HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(base.resolve(path)).header("Content-Type",
                "application/json").header("Authorization", Credentials.operator())
                .method(method, HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(expected, r.statusCode(), r.body());
        return Server.JSON.readTree(r.body());
    }

    /** The due times of the workflow's scheduled runs, once at least {@code count} exist. */
    static List<String> awaitScheduledRuns(Server api, String workflow, int count, Duration timeout) throws Exception {
        long deadline = System.nanoTime() + timeout.toNanos();
        List<String> due = scheduledRuns(api, workflow);
        while (due.size() < count && System.nanoTime() < deadline) {
            Thread.sleep(500);
            due = scheduledRuns(api, workflow);
        }
        if (due.size() < count) {
            throw new AssertionError("only " + due.size() + " scheduled runs of " + workflow + " after " + timeout);
        }
        return due;
    }

    static List<String> scheduledRuns(Server api, String workflow) {
        List<String> due = new ArrayList<>();
        for (JsonNode r : Server.json(api.api().list(workflow, null, 0, 200)).get("items")) {
            String trigger = r.get("trigger").asText();
            if (trigger.startsWith("schedule@")) {
                due.add(trigger.substring("schedule@".length()));
            }
        }
        return due;
    }

    static JsonNode post(URI base, String path, String body, int expected) throws Exception {
        HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(base.resolve(path)).header("Content-Type",
                "application/json").header("Authorization", Credentials.operator())
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(expected, r.statusCode(), r.body());
        return Server.JSON.readTree(r.body());
    }

    static JsonNode get(URI base, String path) throws Exception {
        HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(base.resolve(path))
                .header("Authorization", Credentials.operator()).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, r.statusCode(), r.body());
        return Server.JSON.readTree(r.body());
    }

    static ObjectNode object() {
        return Server.JSON.createObjectNode();
    }
}
