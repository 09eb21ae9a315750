package dev.backforge.runs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.backforge.support.CoreOutput;
import dev.backforge.support.Examples;
import dev.backforge.support.MicroServer;
import dev.backforge.support.Server;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * SIGKILL of the server in the middle of a generation: started again on the same workspace and database, it finds
 * the run its predecessor left running and finishes it from the last committed component, by itself.
 */
class CrashRecoveryIT {

    @TempDir
    Path dir;

    @Test
    void aKilledServerFinishesTheRunByItselfWithTheSameOutput() throws Exception {
        Path workspace = MicroServer.newWorkspace("crash");
        byte[] artifact = Files.readAllBytes(Examples.synth(300, true, dir));
        String workflow = "crash-" + UUID.randomUUID().toString().substring(0, 8);
        int itemCount = 1;
        try (MicroServer server = new MicroServer(workspace, MicroServer.STORE, List.of("backforge.test.delay-per-component-ms=40"))) {
            server.start();
            Server api = server.client();
            String runId = api.launch(workflow, Server.launchBody(Server.JSON.readTree(artifact), itemCount));
            JsonNode before = api.await(runId, r -> r.get("progress").get("generated").asInt() >= 40,
                    Duration.ofMinutes(3));
            server.kill();
            int committedBeforeKill = before.get("progress").get("generated").asInt();
            assertTrue(committedBeforeKill < 295, "killed during generate");

            server.start();
            JsonNode done = api.awaitStatus(runId, "COMPLETED", Duration.ofMinutes(5));
            assertEquals(295, done.get("progress").get("generated").asInt());
            assertEquals(2, done.get("executions").size(), "the dead execution and the one recovery started");

            int generatedTwice = 0;
            for (JsonNode c : done.get("components")) {
                assertEquals(1, c.get("commits").asInt(), "every component is committed once: " + c);
                assertTrue(c.get("attempts").asInt() >= 1 && c.get("attempts").asInt() <= 2, c.toString());
                generatedTwice += c.get("attempts").asInt() - 1;
            }
            assertTrue(generatedTwice <= itemCount, "at most item-count components generated twice: " + generatedTwice);

            CoreOutput.Result core = CoreOutput.of(artifact, workflow);
            Path output = Path.of(done.get("output").get("run_folder").asText());
            for (var file : core.files().entrySet()) {
                assertEquals(file.getValue(), Files.readString(output.resolve(file.getKey())), file.getKey());
            }
            JsonNode manifest = Server.JSON.readTree(output.resolve("manifest.json").toFile());
            assertEquals(core.manifest(), CoreOutput.withoutTimings(manifest),
                    "byte for byte what an uninterrupted generation writes, timings aside");
        }
    }
}
