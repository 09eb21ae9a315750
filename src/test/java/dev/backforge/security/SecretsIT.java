package dev.backforge.security;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.backforge.support.Deployments;
import dev.backforge.support.Examples;
import dev.backforge.support.FakeLlm;
import dev.backforge.support.FakeLlm.Fault;
import dev.backforge.support.MicroServer;
import dev.backforge.support.Server;
import dev.backforge.support.StoreSearch;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.container.annotation.ArquillianTest;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Secrets: a model server that quotes the key it was sent in every error (as real providers do on a 401), over both
 * protocols, and a client that sends the key as its own credentials. Afterwards the key is searched in every API
 * answer, the server's log, every database column and every file of the workspace: it is nowhere.
 */
@ArquillianTest
@RunAsClient
public class SecretsIT {

    static final String KEY = "sk-proj-echo" + UUID.randomUUID().toString().replace("-", "");
    static final HttpClient HTTP = HttpClient.newHttpClient();

    static FakeLlm fake;
    static Path workspace;

    @ArquillianResource
    URL url;

    @Deployment(testable = false)
    public static WebArchive deployment() {
        return Deployments.paced();
    }

    @BeforeAll
    static void startFake() throws Exception {
        workspace = Path.of(System.getProperty("it.workspace"));
        Files.createDirectories(workspace);
        Files.writeString(workspace.resolve("llm-api-key"), KEY + "\n");
        fake = new FakeLlm(Integer.parseInt(System.getProperty("it.llm.port", "18181")));
        fake.always(Fault.ECHO_KEY);
    }

    @AfterAll
    static void stopFake() {
        fake.close();
    }

    @Test
    void aKeyTheModelServerEchoesIsNowhereAfterwards() throws Exception {
        Server server = Server.at(url);
        List<String> answers = new ArrayList<>();
        for (String provider : List.of("openai", "anthropic")) {
            byte[] artifact = Examples.bytes("auth-service.json");
            ObjectNode options = Server.JSON.createObjectNode().put("generator", "llm");
            options.putObject("llm").put("provider", provider).put("budget_min", 2000).put("budget_max", 9000);
            String runId = server.launch("echo-" + provider,
                    Server.launchBody(Server.JSON.readTree(artifact), options));
            JsonNode run = server.await(runId,
                    r -> !r.get("status").asText().matches("QUEUED|STARTING|STARTED|STOPPING"), Duration.ofMinutes(3));
            assertEquals("COMPONENTS_FAILED", run.path("exit_status").asText(), run.toPrettyString());
            String cause = run.path("failure_cause").asText() + " "
                    + run.get("components").findValuesAsText("failure");
            assertTrue(cause.contains("401"), "the failure still says what went wrong: " + cause);
            answers.add(run.toString());
            answers.add(Server.json(server.api().run(runId)).toString());
        }
        assertTrue(fake.calls() >= 2, "the model server was asked: " + fake.calls());
        answers.add(server.api().list(null, null, 0, 100).readEntity(String.class));
        // the key as a client's own credentials: refused, and not remembered anywhere either
        for (String header : List.of("Bearer " + KEY, "Basic " + java.util.Base64.getEncoder()
                .encodeToString(("operator:" + KEY).getBytes(StandardCharsets.UTF_8)))) {
            HttpResponse<String> refused = HTTP.send(HttpRequest.newBuilder(server.base().resolve("api/v1/runs"))
                    .header("Authorization", header).header("X-Api-Key", KEY).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(401, refused.statusCode());
            answers.add(refused.headers().map() + refused.body());
        }
        for (String answer : answers) {
            assertTrue(!answer.contains(KEY) && !answer.contains(KEY.substring(8)), "an API answer: " + answer);
        }
        assertTrue(!StoreSearch.contains(MicroServer.STORE, workspace, KEY), "a database column holds the key");
        List<Path> holding = new ArrayList<>();
        Path target = Path.of(System.getProperty("backforge.target", "target"));
        try (Stream<Path> files = Stream.concat(Files.walk(workspace),
                Files.list(target).filter(f -> f.getFileName().toString().contains(".log")))) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                if (!f.getFileName().toString().equals("llm-api-key") && contains(f, KEY)) {
                    holding.add(f);
                }
            }
        }
        assertEquals(List.of(), holding, "files of the workspace and the server logs that hold the key");
    }

    static boolean contains(Path file, String needle) throws Exception {
        String text = new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1);
        return text.contains(needle);
    }
}
