package dev.backforge.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.backforge.support.Examples;
import dev.backforge.support.FakeLlm;
import dev.backforge.support.MicroServer;
import dev.backforge.support.Server;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Not a test: a nightly regeneration's cost, side by side in one sitting on one server. Synth 1000 through the
 * model (a fake answering after 100 ms): the full run, an unchanged rerun, and a rerun after one leaf component
 * changed; wall time from launch to the end, and model calls. Printed and written to target/bench/regeneration.txt.
 * Run with {@code ./mvnw -Pbench verify -Dit.test=RegenerationBenchmark}.
 */
class RegenerationBenchmark {

    @TempDir
    Path dir;

    @Test
    void synth1000FullUnchangedAndOneLeaf() throws Exception {
        ObjectNode artifact = (ObjectNode) Server.JSON.readTree(Files.readAllBytes(Examples.synth(1000, true, dir)));
        ObjectNode leafChanged = artifact.deepCopy();
        // an API module: nothing depends on it, so only it is generated again
        for (JsonNode c : leafChanged.get("components")) {
            if (c.get("type").asText().equals("api")) {
                ((ObjectNode) c).put("description", "Changed for the benchmark.");
                break;
            }
        }
        Path workspace = Path.of(System.getProperty("backforge.target", "target"), "bench",
                "regeneration-" + UUID.randomUUID().toString().substring(0, 8));
        Files.createDirectories(workspace);
        List<String> report = new ArrayList<>();
        byte[] first = Server.JSON.writeValueAsBytes(artifact);
        try (FakeLlm fake = new FakeLlm(0).serve(first).latency(100);
                MicroServer server = new MicroServer(workspace, "h2", List.of("backforge.llm.provider=openai",
                        "backforge.llm.openai.base-url=http://127.0.0.1:" + fake.port() + "/v1"))) {
            server.start();
            Server api = server.client();
            String workflow = "bench-regeneration";
            double full = 0;
            for (String what : List.of("full run", "unchanged rerun", "one leaf changed")) {
                ObjectNode body = what.equals("one leaf changed") ? leafChanged : artifact;
                fake.serve(Server.JSON.writeValueAsBytes(body));
                fake.reset();
                fake.latency(100);
                ObjectNode options = Server.JSON.createObjectNode().put("generator", "llm");
                options.putObject("llm").put("parallelism", 4);
                long started = System.nanoTime();
                String runId = api.launch(workflow, Server.launchBody(body, options));
                awaitEnd(api, workflow, runId);
                double wall = (System.nanoTime() - started) / 1e9;
                JsonNode done = api.run(runId);
                full = what.equals("full run") ? wall : full;
                // from the fake's log: how many components the calls carried (a changed leaf should travel alone)
                int carried = fake.componentsAsked().stream().mapToInt(List::size).sum();
                String line = String.format("synth 1000 (%d components), llm, 100 ms model: %-16s %7.1f s wall, "
                        + "%4d model calls carrying %4d components, %5.1f %% of the full run's wall time, exit %s",
                        done.get("progress").get("total").asInt(), what, wall, fake.calls(), carried,
                        100 * wall / full, done.get("exit_status").asText());
                System.out.println("BENCH " + line);
                report.add(line);
            }
        }
        Path out = Path.of(System.getProperty("backforge.target", "target"), "bench", "regeneration.txt");
        Files.createDirectories(out.getParent());
        Files.writeString(out, String.join("\n", report) + "\n", StandardOpenOption.CREATE,
                StandardOpenOption.APPEND);
    }

    /** Polls the workflow's newest run summary every 20 ms (a run's detail lists every component: too slow to poll). */
    static void awaitEnd(Server api, String workflow, String runId) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofMinutes(30).toNanos();
        while (System.nanoTime() < deadline) {
            JsonNode newest = Server.json(api.api().list(workflow, null, 0, 1)).get("items").get(0);
            if (newest.get("id").asText().equals(runId)
                    && !newest.get("status").asText().matches("QUEUED|STARTING|STARTED|STOPPING")) {
                if (!newest.get("status").asText().equals("COMPLETED")) {
                    throw new AssertionError("run " + runId + " ended " + newest);
                }
                return;
            }
            Thread.sleep(20);
        }
        throw new AssertionError("run " + runId + " did not end");
    }
}
