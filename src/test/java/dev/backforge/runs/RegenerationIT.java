package dev.backforge.runs;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.backforge.support.Artifacts;
import dev.backforge.support.Credentials;
import dev.backforge.support.Deployments;
import dev.backforge.support.Examples;
import dev.backforge.support.FakeLlm;
import dev.backforge.support.Http;
import dev.backforge.support.Server;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.Consumer;
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

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Nightly regeneration through REST: a run reuses what did not change (no model call for it), publishing merges the
 * new output with people's edits three ways, a clash leaves the person's file and puts the new one beside it, an
 * unchanged rerun ends at once with nothing rewritten, and a removed component's file goes only if nobody edited it.
 */
@ArquillianTest
@RunAsClient
public class RegenerationIT {

    static final String STOCK = "src/repositories/stock_repository.py";
    static final Duration LONG = Duration.ofMinutes(3);

    static FakeLlm fake;

    @ArquillianResource
    URL url;

    Server server;
    Path workspace;

    @Deployment(testable = false)
    public static WebArchive deployment() {
        return Deployments.paced();
    }

    @BeforeAll
    static void startFake() throws Exception {
        Path workspace = Path.of(System.getProperty("it.workspace"));
        Files.createDirectories(workspace);
        Files.writeString(workspace.resolve("llm-api-key"), "sk-regeneration-" + UUID.randomUUID() + "\n");
        fake = new FakeLlm(Integer.parseInt(System.getProperty("it.llm.port", "18181")));
    }

    @AfterAll
    static void stopFake() {
        fake.close();
    }

    @BeforeEach
    void connect() {
        server = Server.at(url);
        workspace = Path.of(System.getProperty("it.workspace"));
        fake.reset();
    }

    JsonNode run(String workflow, byte[] artifact, String generator) throws Exception {
        ObjectNode options = Server.JSON.createObjectNode().put("generator", generator);
        if (!generator.equals("template")) {
            fake.serve(artifact);
            options.putObject("llm").put("provider", "openai");
        }
        String id = server.launch(workflow, Server.launchBody(Server.JSON.readTree(artifact), options));
        return server.await(id, r -> !r.get("status").asText().matches("QUEUED|STARTING|STARTED|STOPPING"), LONG);
    }

    Path published(JsonNode run) {
        return workspace.resolve(run.get("output").get("published_folder").asText());
    }

    static byte[] changed(Consumer<ObjectNode> change) {
        return Artifacts.mutated("store-inventory.json", change);
    }

    /** The stock repository's first method description, which becomes its docstring's first line. */
    static Consumer<ObjectNode> lockDescription(String text) {
        return d -> ((ObjectNode) Artifacts.component(d, 6).get("interface").get("methods").get(0))
                .put("description", text);
    }

    static Set<String> origins(JsonNode run, String origin) {
        Set<String> ids = new TreeSet<>();
        run.get("components").forEach(c -> {
            if (origin.equals(c.get("origin").asText())) {
                ids.add(c.get("id").asText());
            }
        });
        return ids;
    }

    @Test
    void onlyWhatChangedIsRegeneratedAndAPersonsEditsSurvive() throws Exception {
        String workflow = "regen-" + UUID.randomUUID().toString().substring(0, 8);
        JsonNode first = run(workflow, Examples.bytes("store-inventory.json"), "hybrid");
        assertEquals("COMPLETED", first.get("status").asText(), first.toPrettyString());
        assertEquals(1, fake.calls(), "the inventory service's draft goes to the model");
        Path stock = published(first).resolve(STOCK);
        String generated = Files.readString(stock);
        // a method body edited, and a function of their own placed after the module's logger
        String edited = generated.replace("logger.debug(\"StockLevel saved: %r\", stock)",
                "logger.info(\"stock %s saved by a person\", stock.product_id)").replace(
                        "logger = logging.getLogger(__name__)\n", "logger = logging.getLogger(__name__)\n\n\n"
                                + "def person_helper() -> int:\n    \"\"\"Written by a person.\"\"\"\n    return 42\n");
        Files.writeString(stock, edited);

        // the stock repository gains a method: it, the inventory service and the dependencies that use it change
        fake.reset();
        byte[] second = changed(lockDescription("Lock the stock row for the update.")
                .andThen(d -> ((ArrayNode) Artifacts.component(d, 6).get("interface").get("methods")).addObject()
                        .put("name", "count")
                        .put("signature", "async def count(self) -> int")));
        JsonNode next = run(workflow, second, "hybrid");
        assertEquals("COMPLETED", next.get("status").asText(), next.toPrettyString());
        assertEquals("COMPLETED", next.get("exit_status").asText());
        assertEquals(Set.of("ST-SREPO", "ST-ISVC", "ST-DEPS"), origins(next, "regenerated"));
        assertEquals(13 - 3, origins(next, "reused").size());
        assertEquals(1, fake.calls(), "only the regenerated inventory service asked the model again");
        String merged = Files.readString(published(next).resolve(STOCK));
        assertTrue(merged.contains("stock %s saved by a person") && merged.contains("def person_helper()"),
                "the person's body and function are kept: " + merged);
        assertTrue(merged.contains("Lock the stock row for the update.") && merged.contains("async def count("),
                "and the new output is in: " + merged);
        assertTrue(next.get("publish").get("merged").toString().contains(STOCK), next.get("publish").toString());
        JsonNode manifest = Server.json(server.api().manifest(next.get("id").asText()));
        assertEquals(3, manifest.get("metadata").get("changes").get("regenerated").asInt());
    }

    @Test
    void aClashLeavesThePersonsFileAndPutsTheNewOneBeside() throws Exception {
        String workflow = "clash-" + UUID.randomUUID().toString().substring(0, 8);
        JsonNode first = run(workflow, Examples.bytes("store-inventory.json"), "template");
        Path stock = published(first).resolve(STOCK);
        String mine = Files.readString(stock).replace("\"\"\"SELECT ... FOR UPDATE.", "\"\"\"Locks the row (mine).");
        Files.writeString(stock, mine);
        JsonNode next = run(workflow, changed(lockDescription("Lock the stock row for the update.")), "template");
        assertEquals("COMPLETED", next.get("status").asText());
        assertEquals("COMPLETED_WITH_CONFLICTS", next.get("exit_status").asText(), next.toPrettyString());
        assertEquals(Set.of("ST-SREPO"), origins(next, "regenerated"));
        assertEquals(mine, Files.readString(published(next).resolve(STOCK)), "the person's file is untouched");
        String beside = Files.readString(published(next).resolve(STOCK + ".backforge-new"));
        assertTrue(beside.contains("Lock the stock row for the update."), beside);
        assertEquals("[\"" + STOCK + "\"]", next.get("publish").get("conflicts").toString());
        JsonNode manifest = Server.json(server.api().manifest(next.get("id").asText()));
        assertEquals(STOCK, manifest.get("metadata").get("publish").get("conflicts").get(0).asText());
    }

    @Test
    void anUnchangedRerunEndsAtOnceWithNoModelCallAndNothingRewritten() throws Exception {
        String workflow = "same-" + UUID.randomUUID().toString().substring(0, 8);
        byte[] artifact = Examples.bytes("store-inventory.json");
        JsonNode first = run(workflow, artifact, "hybrid");
        assertEquals("COMPLETED", first.get("status").asText());
        Map<String, FileTime> before = times(published(first));
        assertTrue(before.size() > 30, before.toString());
        fake.reset();
        long started = System.nanoTime();
        JsonNode again = run(workflow, artifact, "hybrid");
        assertEquals("COMPLETED", again.get("status").asText(), again.toPrettyString());
        assertEquals("NO_CHANGES", again.get("exit_status").asText());
        assertEquals(0, fake.calls());
        assertEquals(13, origins(again, "reused").size());
        assertEquals(before, times(published(again)), "no published file was written again");
        assertEquals(first.get("output").get("run_folder").asText(), again.get("output").get("run_folder")
                .asText(), "its files are those of the run it equals");
        assertEquals(200, server.api().file(again.get("id").asText(), STOCK).getStatus());
        assertTrue(Duration.ofNanos(System.nanoTime() - started).toSeconds() < 60);
    }

    @Test
    void aRemovedComponentsFileGoesUnlessSomeoneEditedIt() throws Exception {
        String workflow = "removed-" + UUID.randomUUID().toString().substring(0, 8);
        Consumer<ObjectNode> twoUtilities = d -> {
            ArrayNode components = (ArrayNode) d.get("components");
            for (String name : new String[] {"slugs", "codes"}) {
                ObjectNode u = components.addObject();
                u.put("id", "ST-U-" + name).put("name", name + "_utility").put("type", "utility")
                        .put("assigned_to", "backend").put("file_path", "src/utils/" + name + ".py");
                u.putObject("interface").putArray("methods").addObject().put("name", "make_" + name)
                        .put("signature", "def make_" + name + "(text: str) -> str");
            }
        };
        JsonNode first = run(workflow, changed(twoUtilities), "template");
        assertEquals("COMPLETED", first.get("status").asText(), first.toPrettyString());
        Path tree = published(first);
        Files.writeString(tree.resolve("src/utils/codes.py"), Files.readString(tree.resolve("src/utils/codes.py"))
                + "\n# kept by a person\n");
        JsonNode next = run(workflow, Examples.bytes("store-inventory.json"), "template");
        assertEquals("COMPLETED", next.get("status").asText(), next.toPrettyString());
        assertEquals("[\"ST-U-codes\",\"ST-U-slugs\"]", sorted(next.get("changes").get("removed")));
        assertFalse(Files.exists(published(next).resolve("src/utils/slugs.py")), "untouched: deleted");
        assertTrue(Files.readString(published(next).resolve("src/utils/codes.py")).contains("kept by a person"));
        assertEquals("[\"src/utils/codes.py\"]", next.get("publish").get("kept").toString());
    }

    @Test
    void aDryRunPredictsWhatTheRunThenDoes() throws Exception {
        String workflow = "plans-" + UUID.randomUUID().toString().substring(0, 8);
        Random random = new Random(20261201L);
        ObjectNode artifact = Artifacts.example("store-inventory.json");
        JsonNode last = run(workflow, Server.JSON.writeValueAsBytes(artifact), "template");
        for (int i = 0; i < 20; i++) {
            String edit = edit(random, artifact, published(last));
            byte[] bytes = Server.JSON.writeValueAsBytes(artifact);
            JsonNode plan = Server.JSON.readTree(Http.send("POST", server.base().resolve(
                    "api/v1/workflows/" + workflow + "/plans"),
                    Server.launchBody(Server.JSON.readTree(bytes),
                            (Integer) null),
                    "Authorization", Credentials.operator(),
                    "Content-Type", "application/json").body());
            JsonNode run = run(workflow, bytes, "template");
            String what = "edit " + i + " (" + edit + "): plan " + plan + "\nrun " + run;
            assertEquals(plan.get("no_changes").asBoolean(), "NO_CHANGES".equals(run.get("exit_status").asText()),
                    what);
            for (String origin : new String[] {"reused", "regenerated", "new"}) {
                assertEquals(sorted(plan.get("components").get(origin)), sorted(idsOf(run, origin)), what);
            }
            assertEquals(sorted(plan.get("components").get("removed")), sorted(run.get("changes").get("removed")),
                    what);
            if (!plan.get("no_changes").asBoolean()) {
                assertEquals(plan.get("files"), run.get("publish"), what);
            }
            last = run;
        }
    }

    /** One random change: to the artifact (a description, a new method, a component in or out) or by a person. */
    static String edit(Random random, ObjectNode artifact, Path tree) throws Exception {
        ArrayNode components = (ArrayNode) artifact.get("components");
        switch (random.nextInt(5)) {
            case 0 -> {
                ObjectNode c = (ObjectNode) components.get(random.nextInt(components.size()));
                JsonNode methods = c.path("interface").path("methods");
                if (methods.isEmpty()) {
                    return "nothing";
                }
                ((ObjectNode) methods.get(random.nextInt(methods.size()))).put("description", "Changed "
                        + random.nextInt(1000) + ".");
                return "description of " + c.get("id").asText();
            }
            case 1 -> {
                ObjectNode repo = (ObjectNode) components.get(random.nextBoolean() ? 5 : 6);
                String name = "count_" + random.nextInt(1000);
                ((ArrayNode) repo.get("interface").get("methods")).addObject().put("name", name)
                        .put("signature", "async def " + name + "(self) -> int");
                return "method " + name + " on " + repo.get("id").asText();
            }
            case 2 -> {
                int extra = components.size() - 15;
                if (extra > 0) {
                    components.remove(components.size() - 1);
                    return "utility removed";
                }
                ObjectNode u = components.addObject();
                u.put("id", "ST-U-extra").put("name", "extra_utility").put("type", "utility")
                        .put("assigned_to", "backend").put("file_path", "src/utils/extra.py");
                u.putObject("interface").putArray("methods").addObject().put("name", "make_extra")
                        .put("signature", "def make_extra(text: str) -> str");
                return "utility added";
            }
            case 3 -> {
                List<Path> files;
                // the published folder is a link to the current version: walked from where it points
                try (Stream<Path> all = Files.walk(tree.toRealPath())) {
                    files = all.filter(f -> f.toString().endsWith(".py") && Files.isRegularFile(f)).sorted().toList();
                }
                Path f = files.get(random.nextInt(files.size()));
                List<String> lines = new ArrayList<>(Files.readAllLines(f));
                lines.add(random.nextInt(lines.size() + 1), "# a person's note " + random.nextInt(1000));
                Files.write(f, lines);
                return "a person edited " + tree.toRealPath().relativize(f);
            }
            default -> {
                return "nothing";
            }
        }
    }

    static JsonNode idsOf(JsonNode run, String origin) {
        ArrayNode ids = Server.JSON.createArrayNode();
        origins(run, origin).forEach(ids::add);
        return ids;
    }

    static String sorted(JsonNode array) {
        return StreamSupport.stream(array.spliterator(), false).map(JsonNode::asText).sorted()
                .map(s -> "\"" + s + "\"").reduce((a, b) -> a + "," + b).map(s -> "[" + s + "]").orElse("[]");
    }

    static Map<String, FileTime> times(Path link) throws Exception {
        Map<String, FileTime> times = new HashMap<>();
        Path tree = link.toRealPath();
        try (Stream<Path> files = Files.walk(tree)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                times.put(tree.relativize(f).toString(), Files.getLastModifiedTime(f));
            }
        }
        return times;
    }
}
