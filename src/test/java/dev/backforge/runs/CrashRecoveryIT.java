package dev.backforge.runs;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.backforge.support.CoreOutput;
import dev.backforge.support.Examples;
import dev.backforge.support.FileWatch;
import dev.backforge.support.MicroServer;
import dev.backforge.support.Server;
import dev.backforge.support.StoreSearch;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * SIGKILL of the server at every step boundary of a run (just after the launch was accepted, in parse, generate,
 * verify, and while publishing) at random moments from a fixed seed, on both stores, and on the embedded store also
 * in order (six kills). After each kill the server is started again on the same workspace and database and must
 * carry on by itself. In the end the run has completed exactly as an uninterrupted run would: the same bytes in its
 * folder and in the published tree, no temporary file, every component committed once, at most item-count components
 * generated again per kill (and the counters say which), and no execution left running in the job repository.
 */
class CrashRecoveryIT {

    enum Point {
        LAUNCH, PARSE, ORDER, GENERATE, VERIFY, PUBLISH
    }

    static final long SEED = 20261201L;
    static final int ITEM_COUNT = 1;
    static final long STEP_PAUSE_MS = 1200;
    static final long UNIT_MS = 40;
    static final long FILE_MS = 15;

    @TempDir
    Path dir;

    @Test
    void killedAtEveryStepBoundaryEveryRunEndsAsIfUninterrupted() throws Exception {
        Path workspace = MicroServer.newWorkspace("crash");
        Path markers = workspace.resolve("markers");
        byte[] artifact = Files.readAllBytes(Examples.synth(60, true, dir));
        int components = Server.JSON.readTree(artifact).get("components").size();
        List<List<Point>> plans = new ArrayList<>();
        // every boot costs seconds: the order step, a boundary between two others, is killed on the embedded store
        // only, the store that once lost commits
        plans.add(MicroServer.STORE.equals("h2")
                ? List.of(Point.LAUNCH, Point.PARSE, Point.ORDER, Point.GENERATE, Point.VERIFY, Point.PUBLISH)
                : List.of(Point.LAUNCH, Point.PARSE, Point.GENERATE, Point.VERIFY, Point.PUBLISH));
        Random random = new Random(SEED);
        Instant testStarted = Instant.now().minusSeconds(1);
        Map<String, String> runs = new TreeMap<>();
        Map<String, Integer> killsDuringRun = new TreeMap<>();
        MicroServer server = new MicroServer(workspace, MicroServer.STORE, List.of(
                "backforge.test.pace.markers=" + markers,
                "backforge.test.pace.step-started-ms=" + STEP_PAUSE_MS,
                "backforge.test.pace.unit-generated-ms=" + UNIT_MS,
                "backforge.test.pace.file-verified-ms=" + FILE_MS,
                "backforge.test.pace.file-published-ms=" + FILE_MS));
        try (server; FileWatch watch = new FileWatch(workspace.resolve("workflows"))) {
            server.start();
            for (List<Point> plan : plans) {
                String workflow = "crash-" + UUID.randomUUID().toString().substring(0, 8);
                String runId = server.client().launch(workflow, Server.launchBody(Server.JSON.readTree(artifact),
                        ITEM_COUNT));
                runs.put(runId, workflow);
                for (Point point : plan) {
                    long offset = awaitPoint(point, runId, markers, components, random);
                    Thread.sleep(offset);
                    server.kill();
                    killsDuringRun.merge(runId, 1, Integer::sum);
                    try (Stream<Path> all = Files.list(markers)) {
                        for (Path m : all.toList()) {
                            Files.delete(m);
                        }
                    }
                    server.start();
                }
            }
            for (var run : runs.entrySet()) {
                JsonNode done = server.client().awaitStatus(run.getKey(), "COMPLETED", Duration.ofMinutes(5));
                assertRunAsUninterrupted(workspace, done, run.getValue(), artifact, components,
                        killsDuringRun.get(run.getKey()), watch.rewritten());
            }
        }
        assertNoTemporaryFiles(workspace.resolve("workflows"));
        assertEquals(List.of(), StoreSearch.executionsLeftRunning(server, Timestamp.from(testStarted)),
                "no execution stays STARTING, STARTED or STOPPING");
        assertEquals(List.of(), StoreSearch.unindexedLookups(server),
                "every column the batch runtime finds its rows by is indexed, on the tables it made itself");
    }

    /**
     * A regeneration over people's edits killed twice while it publishes (three-way merge, a clean merge and a
     * conflict among the files): after the restarts the published tree is byte for byte what the same regeneration
     * leaves uninterrupted, the person's work included, and the publish report is the same. The merge is the
     * workspace's; the store's part of publishing is killed on both stores by the test above.
     */
    @Test
    void killedWhileMergingPeoplesEditsTheTreeEndsAsAnUninterruptedRunLeavesIt() throws Exception {
        assumeTrue(MicroServer.STORE.equals("h2"), "the merge does not depend on the store");
        Path workspace = MicroServer.newWorkspace("crash-merge");
        Path markers = workspace.resolve("markers");
        JsonNode first = Server.JSON.readTree(Files.readAllBytes(Examples.synth(40, true, dir)));
        ObjectNode second = first.deepCopy();
        second.get("components").forEach(c -> ((ObjectNode) c).put("description", "Revised " + c.get("id").asText()
                + "."));
        Random random = new Random(SEED + 1);
        MicroServer server = new MicroServer(workspace, MicroServer.STORE, List.of(
                "backforge.test.pace.markers=" + markers, "backforge.test.pace.file-published-ms=" + FILE_MS * 2));
        try (server) {
            server.start();
            Map<String, Path> trees = new TreeMap<>();
            Map<String, JsonNode> reports = new TreeMap<>();
            for (String workflow : List.of("killed", "uninterrupted")) {
                JsonNode run = server.client().awaitStatus(server.client().launch(workflow,
                        Server.launchBody(first, ITEM_COUNT)), "COMPLETED", Duration.ofMinutes(3));
                Path tree = workspace.resolve(run.get("output").get("published_folder").asText());
                // a person's function below a module whose docstring changes, and their own docstring on another
                Path service = tree.resolve("src/d0000/service.py");
                Files.writeString(service, Files.readString(service) + "\n\ndef person_helper() -> int:\n"
                        + "    return 42\n");
                Path repository = tree.resolve("src/d0001/repository.py");
                List<String> lines = new ArrayList<>(Files.readAllLines(repository));
                lines.set(0, "\"\"\"The person's own docstring.\"\"\"");
                Files.write(repository, lines);
                String id = server.client().launch(workflow, Server.launchBody(second, ITEM_COUNT));
                if (workflow.equals("killed")) {
                    for (int kill = 0; kill < 2; kill++) {
                        Thread.sleep(await(markers.resolve(id + ".publishing"), random.nextInt((int) (40 * FILE_MS))));
                        server.kill();
                        Files.delete(markers.resolve(id + ".publishing"));
                        server.start();
                    }
                }
                JsonNode done = server.client().awaitStatus(id, "COMPLETED", Duration.ofMinutes(3));
                assertEquals("COMPLETED_WITH_CONFLICTS", done.get("exit_status").asText(), done.toString());
                trees.put(workflow, tree);
                reports.put(workflow, done.get("publish"));
            }
            Path killed = trees.get("killed");
            Path uninterrupted = trees.get("uninterrupted");
            Set<String> files = FileWatch.files(uninterrupted);
            assertEquals(files, FileWatch.files(killed));
            for (String file : files) {
                if (!file.equals("manifest.json")) {
                    assertEquals(Files.readString(uninterrupted.resolve(file)), Files.readString(killed.resolve(file)),
                            file);
                }
            }
            assertTrue(Files.readString(killed.resolve("src/d0000/service.py")).contains("def person_helper()"));
            assertTrue(Files.readString(killed.resolve("src/d0000/service.py")).contains("Revised D0000-SVC."));
            assertTrue(Files.exists(killed.resolve("src/d0001/repository.py.backforge-new")));
            assertEquals(reports.get("uninterrupted"), reports.get("killed"));
            assertEquals("[\"src/d0001/repository.py\"]", reports.get("killed").get("conflicts").toString());
        }
        assertNoTemporaryFiles(workspace.resolve("workflows"));
    }

    /** Waits for the point's marker; returns how long to wait from there before the kill, drawn from the seed. */
    private static long awaitPoint(Point point, String runId, Path markers, int components, Random random)
            throws InterruptedException {
        return switch (point) {
            case LAUNCH -> random.nextInt(150);
            case PARSE -> await(markers.resolve(runId + ".parse"), random.nextInt((int) STEP_PAUSE_MS));
            case ORDER -> await(markers.resolve(runId + ".order"), random.nextInt((int) STEP_PAUSE_MS));
            case GENERATE -> await(markers.resolve(runId + ".generate"),
                    STEP_PAUSE_MS + random.nextInt((int) (components * UNIT_MS / 2)));
            case VERIFY -> await(markers.resolve(runId + ".verify"),
                    random.nextInt((int) (STEP_PAUSE_MS + components * FILE_MS)));
            case PUBLISH -> await(markers.resolve(runId + ".publishing"), random.nextInt((int) (components * FILE_MS)));
        };
    }

    private static long await(Path marker, long then) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofMinutes(3).toNanos();
        while (!Files.exists(marker)) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("the run never reached " + marker.getFileName());
            }
            Thread.sleep(10);
        }
        return then;
    }

    private static void assertRunAsUninterrupted(Path workspace, JsonNode run, String workflow, byte[] artifact,
                                                 int components,
                                                 int kills, Set<Path> rewritten)
            throws Exception {
        String id = run.get("id").asText();
        assertEquals(components, run.get("progress").get("generated").asInt(), id);
        CoreOutput.Result core = CoreOutput.of(artifact, workflow);
        Path output = workspace.resolve(run.get("output").get("run_folder").asText());
        Path published = workspace.resolve(run.get("output").get("published_folder").asText());
        for (Path tree : List.of(output, published)) {
            Set<String> expected = new HashSet<>(core.files().keySet());
            expected.add("manifest.json");
            assertEquals(new TreeSet<>(expected), FileWatch.files(tree), "exactly the run's files in " + tree);
            for (var file : core.files().entrySet()) {
                assertEquals(file.getValue(), Files.readString(tree.resolve(file.getKey())),
                        tree + ": " + file.getKey());
            }
            JsonNode manifest = Server.JSON.readTree(tree.resolve("manifest.json").toFile());
            assertEquals(core.manifest(), CoreOutput.withoutTimings(manifest), tree + ": the manifest, timings aside");
        }
        try (Stream<Path> versions = Files.list(published.resolveSibling(".backend.versions"))) {
            assertEquals(1, versions.count(), "one published version, no leftover");
        }
        int generatedAgain = 0;
        List<String> again = new ArrayList<>();
        for (JsonNode c : run.get("components")) {
            assertEquals(1, c.get("commits").asInt(), "committed once: " + c);
            int attempts = c.get("attempts").asInt();
            assertTrue(attempts >= 1, c.toString());
            generatedAgain += attempts - 1;
            if (attempts > 1) {
                again.add(c.get("file_path").asText());
            }
            if (rewritten.contains(output.resolve(c.get("file_path").asText()))) {
                assertTrue(attempts > 1, "a file seen written twice counts two attempts: " + c);
            }
        }
        assertTrue(generatedAgain <= ITEM_COUNT * kills, "at most item-count components generated again per kill: "
                + generatedAgain + " after " + kills + " kills: " + again);
    }

    private static void assertNoTemporaryFiles(Path root) throws Exception {
        try (Stream<Path> all = Files.walk(root)) {
            List<Path> leftovers = all.filter(p -> {
                String name = p.getFileName().toString();
                return name.contains(".tmp-") || name.startsWith(".staging-") || name.startsWith(".superseded-")
                        || name.contains(".link-");
            }).toList();
            assertEquals(List.of(), leftovers, "no temporary file survives");
        }
    }
}
