package dev.backforge.cluster;

import com.fasterxml.jackson.databind.JsonNode;
import dev.backforge.support.Credentials;
import dev.backforge.support.Examples;
import dev.backforge.support.MicroServer;
import dev.backforge.support.Server;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * One instance with room for one run: more launches wait QUEUED, owned by nobody, and start in order as room comes;
 * a queued run can be abandoned and never starts. The instance lists itself, alive, with its capacity.
 */
class QueueIT {

    @Test
    void launchesBeyondCapacityWaitInTheQueue() throws Exception {
        try (MicroServer server = new MicroServer(MicroServer.newWorkspace("queue"), MicroServer.STORE, List.of(
                "backforge.instance.capacity=1", "backforge.instance.heartbeat-seconds=1",
                "backforge.test.pace.unit-generated-ms=100"))) {
            server.start();
            Server api = server.client();
            String body = Server.launchBody(Server.JSON.readTree(Examples.bytes("store-inventory.json")),
                    (Integer) null);
            List<String> runs = new ArrayList<>();
            for (int i = 0; i < 3; i++) {
                runs.add(api.launch("queue-" + i, body));
            }
            JsonNode first = api.run(runs.get(0));
            assertTrue(List.of("STARTING", "STARTED").contains(first.get("status").asText()), first.toString());
            for (String waiting : runs.subList(1, 3)) {
                JsonNode run = api.run(waiting);
                assertEquals("QUEUED", run.get("status").asText(), run.toString());
                assertTrue(run.get("instance").isNull(), "a queued run belongs to no instance: " + run);
                assertEquals("[\"abandon\"]", run.get("actions").toString());
            }
            JsonNode abandoned = post(server, "api/v1/runs/" + runs.get(2) + "/abandon");
            assertEquals("ABANDONED", abandoned.get("status").asText(), abandoned.toString());

            JsonNode firstDone = api.awaitStatus(runs.get(0), "COMPLETED", Duration.ofMinutes(2));
            JsonNode secondDone = api.awaitStatus(runs.get(1), "COMPLETED", Duration.ofMinutes(2));
            assertTrue(!OffsetDateTime.parse(secondDone.get("started_at").asText()).isBefore(
                    OffsetDateTime.parse(firstDone.get("ended_at").asText())),
                    "the second started once the first had ended: " + firstDone.get("ended_at") + " / "
                            + secondDone.get("started_at"));
            JsonNode third = api.run(runs.get(2));
            assertEquals("ABANDONED", third.get("status").asText());
            assertEquals(0, third.get("executions").size(), "an abandoned queued run never starts");

            JsonNode instances = get(server, "api/v1/instances");
            JsonNode self = instances.get("items").get(0);
            assertEquals(instances.get("answered_by").asText(), self.get("id").asText());
            assertEquals("ALIVE", self.get("state").asText());
            assertEquals(1, self.get("capacity").asInt());
            assertEquals(server.name(), self.get("name").asText());
            assertEquals(self.get("id").asText(), secondDone.get("instance").get("id").asText());
        }
    }

    private static JsonNode get(MicroServer server, String path) throws Exception {
        return send(server, HttpRequest.newBuilder(server.base().resolve(path)).GET());
    }

    private static JsonNode post(MicroServer server, String path) throws Exception {
        return send(server, HttpRequest.newBuilder(server.base().resolve(path))
                .POST(HttpRequest.BodyPublishers.noBody()));
    }

    private static JsonNode send(MicroServer server, HttpRequest.Builder request) throws Exception {
        HttpResponse<String> r = HttpClient.newHttpClient().send(request.header("Authorization",
                Credentials.operator()).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, r.statusCode(), r.body());
        return Server.JSON.readTree(r.body());
    }
}
