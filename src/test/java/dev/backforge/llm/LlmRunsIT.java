package dev.backforge.llm;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.backforge.generation.llm.budget.Tokens;
import dev.backforge.support.Deployments;
import dev.backforge.support.Examples;
import dev.backforge.support.FakeLlm;
import dev.backforge.support.FakeLlm.Fault;
import dev.backforge.support.MicroServer;
import dev.backforge.support.Server;
import dev.backforge.support.StoreSearch;
import jakarta.ws.rs.core.Response;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.container.annotation.ArquillianTest;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Runs that use a language model, on Payara Micro, against the fake model server (real HTTP, both protocols): the
 * happy paths, every fault the fake can play, repair and fallback, the durable cache, and the API key's secrecy.
 */
@ArquillianTest
@RunAsClient
public class LlmRunsIT {

    static final Duration LONG = Duration.ofMinutes(3);
    static final String KEY = "sk-backforge-test-" + UUID.randomUUID().toString().replace("-", "");

    static FakeLlm fake;

    @ArquillianResource
    URL url;

    Server server;

    @TempDir
    Path dir;

    @Deployment(testable = false)
    public static WebArchive deployment() {
        return Deployments.paced();
    }

    @BeforeAll
    static void startFake() throws Exception {
        Path workspace = Path.of(System.getProperty("it.workspace"));
        Files.createDirectories(workspace);
        Files.writeString(workspace.resolve("llm-api-key"), KEY + "\n");
        fake = new FakeLlm(Integer.parseInt(System.getProperty("it.llm.port", "18181")));
    }

    @AfterAll
    static void stopFake() {
        fake.close();
    }

    @BeforeEach
    void connect() {
        server = Server.at(url);
        fake.reset();
    }

    /** Launches an example with the given generator and provider; the fake writes its components. */
    String launch(String example, String generator, String provider) throws Exception {
        byte[] artifact = Examples.bytes(example);
        fake.serve(artifact);
        ObjectNode options = Server.JSON.createObjectNode().put("generator", generator);
        options.putObject("llm").put("provider", provider).put("budget_min", 2000).put("budget_max", 9000)
                .put("parallelism", 2);
        return server.launch("llm-" + UUID.randomUUID().toString().substring(0, 8),
                Server.launchBody(Server.JSON.readTree(artifact), options));
    }

    JsonNode completed(String runId) {
        return server.await(runId, r -> !r.get("status").asText().matches("QUEUED|STARTING|STARTED|STOPPING"), LONG);
    }

    @Test
    void hybridOverOpenAiCompletesTheStubbedServiceWithTheModel() throws Exception {
        String runId = launch("store-inventory.json", "hybrid", "openai");
        JsonNode run = completed(runId);
        assertEquals("COMPLETED", run.get("status").asText(), run.toPrettyString());
        // only the inventory service's draft has stubs: one prompt, one call
        assertEquals(1, fake.calls());
        assertTrue(fake.prompts().get(0).contains("## Component ST-ISVC: InventoryService"));
        assertTrue(fake.prompts().get(0).contains("Draft to complete:"));
        assertTrue(run.get("tokens").get("total").asLong() > 0, "tokens are recorded on the run");
        JsonNode service = component(run, "ST-ISVC");
        assertTrue(service.get("tokens").get("prompt").asLong() > 0);
        assertEquals(0, component(run, "ST-PSVC").get("tokens").get("prompt").asLong(), "templates cost nothing");
        JsonNode manifest = Server.json(server.api().manifest(runId));
        assertEquals("hybrid", manifest.get("metadata").get("generator").get("name").asText());
        assertEquals(run.get("tokens").get("total").asLong(), manifest.get("metadata").get("tokens_used").asLong());
        assertPromptsWithinBudget(9000);
    }

    @Test
    void llmOverAnthropicWritesEveryComponentInBudgetedBatches() throws Exception {
        String runId = launch("auth-service.json", "llm", "anthropic");
        JsonNode run = completed(runId);
        assertEquals("COMPLETED", run.get("status").asText(), run.toPrettyString());
        assertEquals(8, run.get("progress").get("generated").asInt());
        assertTrue(fake.calls() >= 2, "eight components do not fit one 9000-token prompt: " + fake.calls());
        assertTrue(fake.calls() < 8, "small components share a prompt: " + fake.calls());
        for (JsonNode c : run.get("components")) {
            assertTrue(c.get("tokens").get("completion").asLong() > 0, c.toString());
        }
        assertPromptsWithinBudget(9000);
    }

    /**
     * Two runs at full parallelism on one server want twice the instance's concurrency (4, the shipped default): the
     * gateway's bulkhead would refuse the calls beyond it, so they take turns instead and no component fails.
     */
    @Test
    void concurrentRunsTakeTurnsForTheInstancesCalls() throws Exception {
        byte[] artifact = Files.readAllBytes(Examples.synth(48, false, dir));
        fake.serve(artifact).latency(150);
        ObjectNode options = Server.JSON.createObjectNode().put("generator", "llm");
        // a handful of components to a prompt: many calls; a refused call fails its components, no template steps in
        options.putObject("llm").put("parallelism", 4).put("budget_min", 1500).put("budget_max", 2500)
                .put("fallback", "fail");
        String body = Server.launchBody(Server.JSON.readTree(artifact), options);
        List<String> runs = List.of(server.launch("turns-a-" + UUID.randomUUID().toString().substring(0, 8), body),
                server.launch("turns-b-" + UUID.randomUUID().toString().substring(0, 8), body));
        for (String runId : runs) {
            JsonNode run = completed(runId);
            assertEquals("COMPLETED", run.get("status").asText(), run.toPrettyString());
            assertEquals(run.get("progress").get("total").asInt(), run.get("progress").get("generated").asInt(),
                    run.toPrettyString());
        }
        assertTrue(fake.calls() > 8, "more calls than the two runs' slots: " + fake.calls());
        assertTrue(fake.mostInFlight() <= 4, "at most the concurrency on the wire: " + fake.mostInFlight());
        // every call was timed, the two runs' first ones at once too (Payara's @Timed interceptor once failed them)
        String metrics = HttpClient.newHttpClient().send(HttpRequest.newBuilder(url.toURI().resolve("metrics"))
                .build(), HttpResponse.BodyHandlers.ofString()).body();
        Matcher timed = Pattern.compile("\\nbackforge_llm_call_seconds_count\\{mp_scope=\"application\"} ([0-9.]+)\\n")
                .matcher(metrics);
        assertTrue(timed.find(), metrics);
        assertTrue(Double.parseDouble(timed.group(1)) >= fake.calls(), metrics);
    }

    @Test
    void rateLimitsAreWaitedOutAndRetried() throws Exception {
        fake.retryAfter(1).next(Fault.RATE_LIMITED, 2);
        long started = System.nanoTime();
        String runId = launch("store-inventory.json", "hybrid", "openai");
        assertEquals("COMPLETED", completed(runId).get("status").asText());
        assertEquals(3, fake.calls());
        assertTrue(Duration.ofNanos(System.nanoTime() - started).toMillis() >= 2000, "two Retry-After: 1 waits");
    }

    @Test
    void serverErrorsAreRetried() throws Exception {
        fake.next(Fault.SERVER_ERROR, 2);
        assertEquals("COMPLETED", completed(launch("store-inventory.json", "hybrid", "openai")).get("status").asText());
        assertEquals(3, fake.calls());
    }

    @Test
    void aHangingCallTimesOutAndIsRetried() throws Exception {
        // the servers under test give up on a call after 10 s (arquillian.xml); a tighter limit once timed out an
        // answer that a loaded machine was slow to deliver, which retried it and made one call too many elsewhere
        fake.hangFor(25_000).next(Fault.HANG, 1);
        assertEquals("COMPLETED", completed(launch("store-inventory.json", "hybrid", "openai")).get("status").asText());
        assertEquals(2, fake.calls());
    }

    @Test
    void aBrokenEnvelopeIsRetried() throws Exception {
        fake.next(Fault.BAD_ENVELOPE, 1);
        assertEquals("COMPLETED",
                completed(launch("store-inventory.json", "hybrid", "anthropic")).get("status").asText());
        assertEquals(2, fake.calls());
    }

    @Test
    void aClientErrorIsNotRetriedAndTheRunCanBeRestarted() throws Exception {
        fake.next(Fault.CLIENT_ERROR, 1);
        String runId = launch("store-inventory.json", "hybrid", "openai");
        JsonNode stopped = completed(runId);
        assertEquals("STOPPED", stopped.get("status").asText());
        assertEquals("COMPONENTS_FAILED", stopped.get("exit_status").asText());
        assertTrue(stopped.get("failure_cause").asText().contains("400"), stopped.get("failure_cause").asText());
        assertEquals("failed", component(stopped, "ST-ISVC").get("state").asText());
        assertEquals(1, fake.calls(), "a 400 is not retried");
        try (Response r = server.api().restart(runId)) {
            assertEquals(202, r.getStatus());
        }
        assertEquals("COMPLETED", server.awaitStatus(runId, "COMPLETED", LONG).get("status").asText());
        assertEquals(2, fake.calls());
    }

    @Test
    void spentRetriesFailTheComponentWithItsCauseAndTheRunCanBeRestarted() throws Exception {
        fake.always(Fault.SERVER_ERROR);
        String runId = launch("store-inventory.json", "hybrid", "openai");
        JsonNode stopped = completed(runId);
        assertEquals("COMPONENTS_FAILED", stopped.get("exit_status").asText());
        assertTrue(component(stopped, "ST-ISVC").get("failure").asText().contains("500"));
        assertEquals(4, fake.calls(), "one call and three retries");
        fake.behave();
        server.api().restart(runId).close();
        assertEquals("COMPLETED", server.awaitStatus(runId, "COMPLETED", LONG).get("status").asText());
    }

    @Test
    void answersThatAreNotJsonTruncatedOrMisplacedAreRepaired() throws Exception {
        for (Fault fault : new Fault[] {Fault.NOT_JSON, Fault.TRUNCATED, Fault.WRONG_PATH}) {
            fake.reset();
            fake.next(fault, 1);
            String runId = launch("store-inventory.json", "hybrid", "openai");
            assertEquals("COMPLETED", completed(runId).get("status").asText(), fault.name());
            assertEquals(2, fake.calls(), fault.name());
            assertTrue(fake.prompts().get(1).contains("# Repair"), fault.name());
            try (Response misplaced = server.api().file(runId, "elsewhere/src/services/inventory_service.py")) {
                assertEquals(404, misplaced.getStatus(), "a model does not choose where it writes");
            }
        }
    }

    @Test
    void codeThatFailsVerificationIsRepairedWithTheFindings() throws Exception {
        fake.next(Fault.FAILS_VERIFICATION, 1);
        String runId = launch("store-inventory.json", "hybrid", "openai");
        assertEquals("COMPLETED", completed(runId).get("status").asText());
        assertEquals(2, fake.calls());
        String repair = fake.prompts().get(1);
        assertTrue(repair.contains("[unused-import] 'os' is imported but never used"), repair);
        String file = server.api().file(runId, "src/services/inventory_service.py").readEntity(String.class);
        assertFalse(file.contains("import os"));
    }

    @Test
    void whenRepairFailsThePolicyFallsBackToTheTemplate() throws Exception {
        fake.always(Fault.FAILS_VERIFICATION);
        String runId = launch("store-inventory.json", "hybrid", "openai");
        assertEquals("COMPLETED", completed(runId).get("status").asText());
        assertEquals(3, fake.calls(), "the answer and two repair rounds");
        JsonNode manifest = Server.json(server.api().manifest(runId));
        JsonNode service = stream(manifest.get("generated_files"))
                .filter(f -> f.get("component_id").asText().equals("ST-ISVC")).findFirst().orElseThrow();
        assertTrue(service.get("description").asText().contains("(template: verification still finds"),
                service.get("description").asText());
        assertFalse(service.get("content").asText().contains("import os"));
    }

    @Test
    void anUnchangedArchitectureCostsNoSecondCall() throws Exception {
        byte[] artifact = Examples.bytes("auth-service.json");
        fake.serve(artifact);
        String workflow = "cache-" + UUID.randomUUID().toString().substring(0, 8);
        ObjectNode options = Server.JSON.createObjectNode().put("generator", "llm");
        String body = Server.launchBody(Server.JSON.readTree(artifact), options);
        assertEquals("COMPLETED", completed(server.launch(workflow, body)).get("status").asText());
        int paid = fake.calls();
        assertTrue(paid > 0);
        JsonNode second = completed(server.launch(workflow, body));
        assertEquals("COMPLETED", second.get("status").asText());
        assertEquals(paid, fake.calls(), "the second run is answered from the cache");
        assertEquals(0, second.get("tokens").get("total").asLong(), "and pays for nothing");
    }

    /**
     * One component that shared a prompt changes: the regeneration asks the model for it (and for the components
     * whose prompt shows its interface), never again for its former batch-mates: their files come from the cache.
     */
    @Test
    void aChangedComponentIsSentWithoutItsFormerBatchMates() throws Exception {
        JsonNode artifact = Server.JSON.readTree(Examples.bytes("auth-service.json"));
        fake.serve(Examples.bytes("auth-service.json"));
        String workflow = "edit-" + UUID.randomUUID().toString().substring(0, 8);
        ObjectNode options = Server.JSON.createObjectNode().put("generator", "llm");
        options.putObject("llm").put("budget_min", 2000).put("budget_max", 9000);
        assertEquals("COMPLETED", completed(server.launch(workflow, Server.launchBody(artifact, options)))
                .get("status").asText());
        Map<String, List<String>> users = new HashMap<>();
        for (JsonNode c : artifact.get("components")) {
            c.path("dependencies").path("internal").forEach(d -> users.computeIfAbsent(d.asText(),
                    k -> new ArrayList<>()).add(c.get("id").asText()));
        }
        // a component that shared a prompt with one that does not use it
        String changed = null;
        for (List<String> ids : fake.componentsAsked()) {
            for (String id : ids) {
                List<String> using = users.getOrDefault(id, List.of());
                if (changed == null && ids.stream().anyMatch(o -> !o.equals(id) && !using.contains(o))) {
                    changed = id;
                }
            }
        }
        assertTrue(changed != null, "no prompt carried two unrelated components: " + fake.componentsAsked());
        String target = changed;
        List<String> dependents = users.getOrDefault(changed, List.of());
        ObjectNode edited = artifact.deepCopy();
        for (JsonNode c : edited.get("components")) {
            if (c.get("id").asText().equals(target)) {
                ((ObjectNode) c).put("description", "Revised: " + c.path("description").asText());
            }
        }
        fake.reset();
        assertEquals("COMPLETED", completed(server.launch(workflow, Server.launchBody(edited, options)))
                .get("status").asText());
        List<String> sent = fake.componentsAsked().stream().flatMap(List::stream).toList();
        assertTrue(sent.contains(changed), "the changed component was sent: " + sent);
        for (String id : sent) {
            assertTrue(id.equals(changed) || dependents.contains(id), "only " + changed + " and the components "
                    + "using it were sent, not " + id + ": " + fake.componentsAsked());
        }
    }

    @Test
    void theApiKeyAppearsNowhere() throws Exception {
        String runId = launch("auth-service.json", "llm", "openai");
        JsonNode run = completed(runId);
        assertEquals("COMPLETED", run.get("status").asText());
        assertFalse(run.toString().contains(KEY), "run answer");
        assertFalse(server.api().list(null, null, 0, 50).readEntity(String.class).contains(KEY), "runs list");
        assertFalse(server.api().manifest(runId).readEntity(String.class).contains(KEY), "manifest");
        for (JsonNode c : run.get("components")) {
            assertFalse(server.api().file(runId, c.get("file_path").asText()).readEntity(String.class).contains(KEY));
        }
        assertFalse(fake.prompts().stream().anyMatch(p -> p.contains(KEY)), "prompts");
        Path workspace = Path.of(System.getProperty("it.workspace"));
        String store = MicroServer.STORE;
        try (var logs = Files.list(Path.of(System.getProperty("backforge.target", "target")))) {
            List<Path> files = logs.filter(f -> f.getFileName().toString().startsWith("server-" + store + ".log"))
                    .toList();
            assertFalse(files.isEmpty(), "the server writes its log to the workspace");
            for (Path log : files) {
                assertFalse(Files.readString(log).contains(KEY), "server log " + log);
            }
        }
        assertFalse(StoreSearch.contains(store, workspace, KEY), "database");
    }

    void assertPromptsWithinBudget(int budget) {
        assertFalse(fake.prompts().isEmpty());
        for (String prompt : fake.prompts()) {
            int tokens = Tokens.count(prompt) + 2 * Tokens.MESSAGE_OVERHEAD;
            assertTrue(tokens <= budget, "a prompt of " + tokens + " tokens is over the budget of " + budget);
        }
    }

    static JsonNode component(JsonNode run, String id) {
        return stream(run.get("components")).filter(c -> c.get("id").asText().equals(id)).findFirst().orElseThrow();
    }

    static Stream<JsonNode> stream(JsonNode array) {
        return StreamSupport.stream(array.spliterator(), false);
    }
}
