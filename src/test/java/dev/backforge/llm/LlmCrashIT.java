package dev.backforge.llm;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.backforge.support.Examples;
import dev.backforge.support.FakeLlm;
import dev.backforge.support.MicroServer;
import dev.backforge.support.Server;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * SIGKILL during a model run, then a new server on the same store: the run completes by itself, and no prompt is
 * answered twice (answers are cached the moment they arrive, and the same units, so the same prompts, are formed
 * again). A second run of the unchanged artifact makes no call at all.
 */
class LlmCrashIT {

    @TempDir
    Path dir;

    @Test
    void aKilledServerPaysForNoPromptTwice() throws Exception {
        Path workspace = MicroServer.newWorkspace("llm-crash");
        Files.createDirectories(workspace);
        Files.writeString(workspace.resolve("key"), "sk-crash-test-key\n");
        byte[] artifact = Files.readAllBytes(Examples.synth(60, true, dir));
        try (FakeLlm fake = new FakeLlm(0).serve(artifact).latency(100);
                MicroServer server = new MicroServer(workspace, MicroServer.STORE, List.of(
                        "backforge.llm.provider=openai",
                        "backforge.llm.openai.base-url=http://127.0.0.1:" + fake.port() + "/v1",
                        "backforge.llm.api-key-file=" + workspace.resolve("key"),
                        // a pause after each unit's answer and before its commit: the kill lands there
                        "backforge.test.pace.unit-generated-ms=200"))) {
            server.start();
            Server api = server.client();
            ObjectNode options = Server.JSON.createObjectNode().put("generator", "llm");
            options.putObject("llm").put("parallelism", 1);
            String workflow = "llm-crash-" + UUID.randomUUID().toString().substring(0, 8);
            String body = Server.launchBody(Server.JSON.readTree(artifact), options);
            String runId = api.launch(workflow, body);
            long deadline = System.nanoTime() + Duration.ofMinutes(3).toNanos();
            while (fake.answered() < 2 && System.nanoTime() < deadline) {
                Thread.sleep(10);
            }
            // the answer is cached as it arrives; the unit then waits (test delay) before its commit and the next call
            Thread.sleep(500);
            server.kill();
            assertTrue(fake.answered() >= 2, "killed after two answers");
            assertEquals(fake.answered(), fake.calls(), "no call was in flight at the kill");

            server.start();
            JsonNode done = api.awaitStatus(runId, "COMPLETED", Duration.ofMinutes(5));
            assertEquals(done.get("progress").get("total").asInt(), done.get("progress").get("generated").asInt());
            assertTrue(fake.answeredTwice().isEmpty(), "no prompt was paid for twice: " + fake.answeredTwice());
            assertEquals(fake.answered(), fake.calls());

            int calls = fake.calls();
            JsonNode second = api.awaitStatus(api.launch(workflow, body), "COMPLETED", Duration.ofMinutes(5));
            assertEquals(calls, fake.calls(), "an unchanged architecture makes no call");
            assertEquals(0, second.get("tokens").get("total").asLong());
        }
    }
}
