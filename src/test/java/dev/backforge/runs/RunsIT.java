package dev.backforge.runs;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.backforge.support.Artifacts;
import dev.backforge.support.CoreOutput;
import dev.backforge.support.Deployments;
import dev.backforge.support.Examples;
import dev.backforge.support.Server;
import jakarta.ws.rs.core.Response;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.UUID;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.container.annotation.ArquillianTest;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The REST API of runs on a real Payara Micro, with the store the build chose (H2 file or PostgreSQL). */
@ArquillianTest
@RunAsClient
public class RunsIT {

    static final Duration LONG = Duration.ofMinutes(3);

    @ArquillianResource
    URL url;

    Server server;

    @TempDir
    Path dir;

    @Deployment(testable = false)
    public static WebArchive deployment() {
        return Deployments.paced();
    }

    @BeforeEach
    void connect() {
        server = Server.at(url);
    }

    static String workflow(String name) {
        return name + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    @Test
    void aLaunchCompletesWithTheFilesAndManifestTheCoreProduces() throws Exception {
        String wf = workflow("store");
        byte[] artifact = Examples.bytes("store-inventory.json");
        try (Response r = server.api().launch(wf, Server.launchBody(Server.JSON.readTree(artifact), (Integer) null))) {
            assertEquals(202, r.getStatus());
            String location = r.getHeaderString("Location");
            String id = Server.json(r).get("id").asText();
            assertTrue(location.endsWith("/api/v1/runs/" + id), location);
        }
        String runId = server.api().list(wf, null, null, null).readEntity(JsonNode.class).get("items").get(0).get("id")
                .asText();
        JsonNode run = server.awaitStatus(runId, "COMPLETED", LONG);
        assertEquals(13, run.get("progress").get("generated").asInt());
        assertEquals(5, run.get("steps").size());
        for (JsonNode step : run.get("steps")) {
            assertEquals("COMPLETED", step.get("status").asText());
            assertEquals(8, step.get("metrics").size(), "the eight Jakarta Batch metrics");
        }
        JsonNode generate = stream(run.get("steps")).filter(s -> s.get("name").asText().equals("generate")).findFirst()
                .orElseThrow();
        assertEquals(13, generate.get("metrics").get("write_count").asInt());
        // the status a client follows: the summary and the step, not the components
        JsonNode status = server.status(runId);
        assertEquals("COMPLETED", status.get("status").asText());
        assertEquals("manifest", status.get("step").asText());
        assertEquals(run.get("progress").get("generated"), status.get("progress").get("generated"));
        assertTrue(!status.has("components") && !status.has("steps"), status.toString());

        CoreOutput.Result core = CoreOutput.of(artifact, wf);
        JsonNode manifest = Server.json(server.api().manifest(runId));
        assertEquals(core.manifest(), CoreOutput.withoutTimings(manifest), "the server's manifest is the core's");
        for (var file : core.files().entrySet()) {
            try (Response f = server.api().file(runId, file.getKey())) {
                assertEquals(200, f.getStatus(), file.getKey());
                assertEquals(file.getValue(), f.readEntity(String.class), file.getKey());
            }
        }
        JsonNode output = run.get("output");
        Path published = Path.of(System.getProperty("it.workspace")).resolve(output.get("published_folder").asText());
        assertEquals(core.files().get("src/main.py"), Files.readString(published.resolve("src/main.py")));

        try (Response again = server.api().restart(runId)) {
            assertEquals(409, again.getStatus(), "a completed run cannot be restarted");
            assertEquals("application/problem+json", again.getMediaType().toString());
        }
    }

    @Test
    void anInvalidArtifactGetsItsProblemDocumentAndStartsNothing() throws Exception {
        String wf = workflow("invalid");
        byte[] broken = Artifacts.mutated("auth-service.json", d -> ((ObjectNode) d.get("components").get(7)
                .get("endpoints").get(0)).put("service_method", "sign_in"));
        try (Response r = server.api().launch(wf, Server.launchBody(Server.JSON.readTree(broken), (Integer) null))) {
            assertEquals(422, r.getStatus());
            assertEquals("application/problem+json", r.getMediaType().toString());
            JsonNode problem = Server.json(r);
            assertEquals(422, problem.get("status").asInt());
            JsonNode error = problem.get("errors").get(0);
            assertEquals("unknown-service-method", error.get("rule").asText());
            assertEquals("/architecture/components/7/endpoints/0/service_method", error.get("pointer").asText());
        }
        try (Response r = server.api().launch(wf, "{\"architecture\": {")) {
            assertEquals(400, r.getStatus());
            assertEquals("malformed-json", Server.json(r).get("errors").get(0).get("rule").asText());
        }
        try (Response r = server.api().launch(wf, "{\"architecture\": {}, \"options\": {\"item_count\": 0}}")) {
            assertEquals(422, r.getStatus());
            assertEquals("/options/item_count", Server.json(r).get("errors").get(0).get("pointer").asText());
        }
        try (Response r = server.api().list(wf, null, null, null)) {
            assertEquals(0, Server.json(r).get("total").asInt(), "no run was started");
        }
    }

    @Test
    void stopThenRestartResumesAndCompletes() throws Exception {
        String wf = workflow("stop");
        JsonNode synth = Server.JSON.readTree(Files.readAllBytes(Examples.synth(300, true, dir)));
        String runId = server.launch(wf, Server.launchBody(synth, 1));
        server.await(runId, r -> r.get("progress").get("generated").asInt() >= 5, LONG);
        // a long poll of a run still at work answers when its time is up, with the run still active
        JsonNode waited = server.statusWaiting(runId, 1);
        assertEquals("STARTED", waited.get("status").asText(), waited.toString());
        try (Response stop = server.api().stop(runId)) {
            assertEquals(202, stop.getStatus());
        }
        JsonNode stopped = server.awaitStatus(runId, "STOPPED", LONG);
        int before = stopped.get("progress").get("generated").asInt();
        assertTrue(before < stopped.get("progress").get("total").asInt(), "stopped before the end");
        assertTrue(stream(stopped.get("actions")).anyMatch(a -> a.asText().equals("restart")));
        try (Response restart = server.api().restart(runId)) {
            assertEquals(202, restart.getStatus());
        }
        // a long poll answers as the run ends, not a minute later
        long asked = System.nanoTime();
        JsonNode ended = server.statusWaiting(runId, 60);
        assertEquals("COMPLETED", ended.get("status").asText(), ended.toString());
        assertTrue(System.nanoTime() - asked < Duration.ofSeconds(50).toNanos(), "answered at the end");
        JsonNode done = server.awaitStatus(runId, "COMPLETED", LONG);
        assertEquals(2, done.get("executions").size());
        assertEquals(295, done.get("progress").get("generated").asInt());
        for (JsonNode c : done.get("components")) {
            assertEquals(1, c.get("commits").asInt(), "committed once: " + c);
        }
    }

    /**
     * A chunk writes its file without waiting for the disk, which is forced when the step ends: a power failure
     * before that can take a committed file, or leave it half written. Simulated on a stopped run; the restart
     * generates exactly those components again, and the run completes verified, with the core's bytes.
     */
    @Test
    void aCommittedFileLostBeforeTheStepForcedItIsGeneratedAgainOnRestart() throws Exception {
        String wf = workflow("lost");
        Path artifact = Examples.synth(300, true, dir);
        String runId = server.launch(wf, Server.launchBody(Server.JSON.readTree(Files.readAllBytes(artifact)), 1));
        server.await(runId, r -> r.get("progress").get("generated").asInt() >= 5, LONG);
        try (Response stop = server.api().stop(runId)) {
            assertEquals(202, stop.getStatus());
        }
        JsonNode stopped = server.awaitStatus(runId, "STOPPED", LONG);
        Path output = Path.of(System.getProperty("it.workspace")).resolve(stopped.get("output").get("run_folder")
                .asText());
        var committed = stream(stopped.get("components")).filter(c -> c.get("commits").asInt() == 1)
                .map(c -> c.get("file_path").asText()).limit(2).toList();
        assertEquals(2, committed.size(), "two components committed before the stop");
        Files.delete(output.resolve(committed.get(0)));
        Files.writeString(output.resolve(committed.get(1)), "def half");

        try (Response restart = server.api().restart(runId)) {
            assertEquals(202, restart.getStatus());
        }
        JsonNode done = server.awaitStatus(runId, "COMPLETED", LONG);
        CoreOutput.Result core = CoreOutput.of(Files.readAllBytes(artifact), wf);
        for (JsonNode c : done.get("components")) {
            String path = c.get("file_path").asText();
            assertEquals(committed.contains(path) ? 2 : 1, c.get("commits").asInt(), "commits of " + path);
            assertEquals(0, c.get("findings").get("errors").asInt(), "verified without errors: " + c);
        }
        for (String path : committed) {
            assertEquals(core.files().get(path), Files.readString(output.resolve(path)), path);
        }
    }

    @Test
    void filePathsCannotLeaveTheRunsFolder() throws Exception {
        String wf = workflow("paths");
        String runId = server.launch(wf,
                Server.launchBody(Server.JSON.readTree(Examples.bytes("auth-service.json")), 5));
        server.awaitStatus(runId, "COMPLETED", LONG);
        for (String path : new String[] {"../../../../../payara-h2/config/domain.xml", "src/../../../runs",
                "%2e%2e/%2e%2e/manifest.json", "..%2F..%2Fmanifest.json"}) {
            try (Response r = server.api().file(runId, path)) {
                assertEquals(404, r.getStatus(), path);
            }
        }
        try (Response ok = server.api().file(runId, "src/auth/jwt_service.py")) {
            assertEquals(200, ok.getStatus());
        }
        try (Response missing = server.api().run("no-such-run")) {
            assertEquals(404, missing.getStatus());
            assertEquals("application/problem+json", missing.getMediaType().toString());
        }
    }

    @Test
    void runsCanBeListedByWorkflowAndStatus() throws Exception {
        String wf = workflow("list");
        String body = Server.launchBody(Server.JSON.readTree(Examples.bytes("auth-service.json")), 10);
        String first = server.launch(wf, body);
        String second = server.launch(wf, body);
        server.awaitStatus(first, "COMPLETED", LONG);
        server.awaitStatus(second, "COMPLETED", LONG);
        JsonNode page = Server.json(server.api().list(wf, "completed", 0, 1));
        assertEquals(2, page.get("total").asInt());
        assertEquals(1, page.get("items").size());
        assertEquals(second, page.get("items").get(0).get("id").asText(), "newest first");
        assertEquals(first, Server.json(server.api().list(wf, null, 1, 1)).get("items").get(0).get("id").asText());
        assertEquals(0, Server.json(server.api().list(wf, "failed", null, null)).get("total").asInt());
        try (Response bad = server.api().list(wf, "sleeping", null, null)) {
            assertEquals(400, bad.getStatus());
        }
    }

    static Stream<JsonNode> stream(JsonNode array) {
        return StreamSupport.stream(array.spliterator(), false);
    }
}
