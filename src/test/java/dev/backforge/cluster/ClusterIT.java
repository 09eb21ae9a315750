package dev.backforge.cluster;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.backforge.support.Credentials;
import dev.backforge.support.Examples;
import dev.backforge.support.FakeLlm;
import dev.backforge.support.FileWatch;
import dev.backforge.support.MicroServer;
import dev.backforge.support.Server;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Three Payara Micro instances on one PostgreSQL and one workspace, the data grid off (the store alone decides and
 * detects): thirty model runs launched through all three spread across them; one instance is killed with SIGKILL
 * while it runs two or more, and its runs finish on the others within a minute, as an uninterrupted run would, with
 * no component committed twice, no run executed by two instances at once and no answer paid for twice. A fourth
 * instance boots meanwhile and touches nothing that is running.
 */
class ClusterIT {

    static final int RUNS = 30;
    static final List<String> CLUSTER = List.of("backforge.instance.capacity=2",
            "backforge.instance.heartbeat-seconds=1",
            "backforge.recovery.delay-seconds=1", "backforge.test.pace.unit-generated-ms=150");

    @TempDir
    Path dir;

    /**
     * With the data grid, a dead instance is noticed when it leaves the grid: its heartbeat timeout is set beyond the
     * minute its runs must finish in. Without the grid (as when it is partitioned) the store's heartbeats notice.
     */
    @ParameterizedTest(name = "data grid: {0}")
    @ValueSource(booleans = {true, false})
    void runsSpreadAcrossInstancesAndADeadOnesRunsFinishOnTheOthers(boolean grid) throws Exception {
        assumeTrue(MicroServer.STORE.equals("postgres"), "instances share a store on PostgreSQL");
        Path workspace = MicroServer.newWorkspace(grid ? "cluster-grid" : "cluster");
        Files.createDirectories(workspace);
        Files.writeString(workspace.resolve("key"), "sk-cluster-test-key\n");
        byte[] artifact = Files.readAllBytes(Examples.synth(24, true, dir));
        try (FakeLlm fake = new FakeLlm(0).serve(artifact).latency(100);
                MicroServer a = new MicroServer(workspace, MicroServer.STORE, properties(fake, workspace, grid));
                MicroServer b = a.peer(properties(fake, workspace, grid));
                MicroServer c = a.peer(properties(fake, workspace, grid));
                MicroServer d = a.peer(properties(fake, workspace, grid))) {
            if (grid) {
                joinGrid(List.of(a, b, c, d));
            }
            a.start();
            CompletableFuture.allOf(boot(b), boot(c)).join();
            Map<String, String> ids = new HashMap<>();
            for (MicroServer s : List.of(a, b, c)) {
                ids.put(s.name(), self(s));
            }
            ObjectNode options = Server.JSON.createObjectNode().put("generator", "llm");
            options.putObject("llm").put("parallelism", 1);
            String body = Server.launchBody(Server.JSON.readTree(artifact), options);
            List<MicroServer> through = List.of(a, b, c);
            List<String> runs = new ArrayList<>();
            for (int i = 0; i < RUNS; i++) {
                runs.add(through.get(i % 3).client().launch("cluster-" + i, body));
            }
            Server api = a.client();
            String victim = ids.get(c.name());
            awaitBusy(api, victim);
            c.kill();
            OffsetDateTime killedAt = OffsetDateTime.now();
            CompletableFuture<Void> fourth = boot(d);

            Map<String, JsonNode> done = new TreeMap<>();
            for (String run : runs) {
                done.put(run, api.awaitStatus(run, "COMPLETED", Duration.ofMinutes(5)));
            }
            fourth.join();
            // the runs the killed instance was executing: an execution of theirs ran there and another came after
            List<String> takenOver = done.values().stream().filter(r -> r.get("execution_history").size() > 1)
                    .map(r -> r.get("id").asText()).toList();
            assertTrue(takenOver.size() >= 2, "the kill landed while the instance ran two or more: " + takenOver);
            for (String run : takenOver) {
                OffsetDateTime ended = OffsetDateTime.parse(done.get(run).get("ended_at").asText());
                assertTrue(Duration.between(killedAt, ended).toSeconds() <= 60, "run " + run
                        + " of the killed instance ended within 60 s of the kill: " + ended + " after " + killedAt);
            }
            Map<String, Long> ranOn = ranOn(done.values());
            for (MicroServer s : List.of(a, b, c)) {
                assertTrue(ranOn.getOrDefault(ids.get(s.name()), 0L) >= 5, "each instance ran at least 5: " + ranOn);
            }
            for (JsonNode run : done.values()) {
                List<JsonNode> history = new ArrayList<>();
                run.get("execution_history").forEach(history::add);
                for (int i = 0; i + 1 < history.size(); i++) {
                    assertEquals(victim, history.get(i).get("instance").get("id").asText(), "only the dead "
                            + "instance's runs were taken over (the fourth one touched nothing running): " + run);
                }
            }
            assertSameOutput(workspace, done);
            assertNoDoubleWork(a, takenOver);
            assertNoAnswerPaidTwice(a, fake, takenOver);
        }
    }

    /** A tokens-per-minute budget that binds beside the requests' (each call holds its prompt and max output). */
    static final long TOKENS_PER_MINUTE = 12_000;
    static final int MAX_OUTPUT_TOKENS = 1_000;

    /**
     * Two instances calling one provider key under its limits of N requests and T tokens a minute: together they
     * never send more than N calls or T tokens in any 60 seconds, a 429 with Retry-After pauses both, and no run
     * fails.
     */
    @Test
    void instancesShareAProvidersRateLimit() throws Exception {
        assumeTrue(MicroServer.STORE.equals("postgres"), "instances share a store on PostgreSQL");
        int limit = 15;
        Path workspace = MicroServer.newWorkspace("cluster-rates");
        Files.createDirectories(workspace);
        Files.writeString(workspace.resolve("key"), "sk-cluster-test-key\n");
        byte[] artifact = Files.readAllBytes(Examples.synth(16, true, dir));
        List<String> props = new ArrayList<>();
        try (FakeLlm fake = new FakeLlm(0).serve(artifact).limit(limit)) {
            props.addAll(properties(fake, workspace));
            props.add("backforge.llm.requests-per-minute=" + limit);
            props.add("backforge.llm.tokens-per-minute=" + TOKENS_PER_MINUTE);
            props.add("backforge.llm.max-output-tokens=" + MAX_OUTPUT_TOKENS);
            try (MicroServer a = new MicroServer(workspace, MicroServer.STORE, props);
                    MicroServer b = a.peer(props)) {
                a.start();
                b.start();
                ObjectNode options = Server.JSON.createObjectNode().put("generator", "llm");
                // small prompt budgets: a batch or two per component, many calls
                options.putObject("llm").put("parallelism", 2).put("budget_min", 500).put("budget_max", 1000);
                String body = Server.launchBody(Server.JSON.readTree(artifact), options);
                List<String> runs = new ArrayList<>();
                for (int i = 0; i < 2; i++) {
                    runs.add((i % 2 == 0 ? a : b).client().launch("rates-" + i, body));
                }
                // early on, the provider says 429 twice with a 3 s pause
                long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
                while (fake.calls() < 4 && System.nanoTime() < deadline) {
                    Server.sleep(20);
                }
                fake.retryAfter(3).next(FakeLlm.Fault.RATE_LIMITED, 2);
                for (String run : runs) {
                    JsonNode done = a.client().awaitStatus(run, "COMPLETED", Duration.ofMinutes(6));
                    assertEquals(done.get("progress").get("total").asInt(), done.get("progress").get("generated")
                            .asInt(), done.toString());
                }
                assertTrue(fake.mostInAnyMinute() <= limit, "at most " + limit + " calls in any minute, together: "
                        + fake.mostInAnyMinute());
                System.out.printf("rates: %d calls, most in a minute %d; %d tokens, most in a minute %d%n",
                        fake.calls(),
                        fake.mostInAnyMinute(), fake.tokens(), fake.mostTokensInAnyMinute());
                assertEquals(0, fake.overLimit(), "no call went over the provider's limit");
                assertTrue(fake.mostTokensInAnyMinute() <= TOKENS_PER_MINUTE, "at most " + TOKENS_PER_MINUTE
                        + " tokens in any minute, together: " + fake.mostTokensInAnyMinute());
                assertTrue(fake.tokens() > TOKENS_PER_MINUTE, "the runs needed more than a minute's tokens: "
                        + fake.tokens());
                assertTrue(fake.calls() > limit, "the runs needed more than a minute's budget: " + fake.calls());
                assertPausedAfter429(fake);
            }
        }
    }

    /** After the first injected 429, no call (from either instance) arrived within its Retry-After. */
    private static void assertPausedAfter429(FakeLlm fake) {
        long first = fake.rateLimitedAt().get(0);
        List<Long> during = fake.arrivals().stream().filter(t -> t > first + 300_000_000L
                && t < first + 2_700_000_000L).toList();
        assertEquals(List.of(), during, "every instance paused for the provider's Retry-After");
    }

    private static List<String> properties(FakeLlm fake, Path workspace, boolean grid) {
        List<String> p = new ArrayList<>(CLUSTER);
        // with the grid, the heartbeat timeout is too long to notice the kill in time: the grid must
        p.add("backforge.instance.dead-after-seconds=" + (grid ? 300 : 8));
        p.addAll(properties(fake, workspace));
        return p;
    }

    /** The servers in one data grid of their own, discovered over TCP on loopback. */
    private static void joinGrid(List<MicroServer> servers) throws Exception {
        List<Integer> ports = new ArrayList<>();
        for (int i = 0; i < servers.size(); i++) {
            try (ServerSocket socket = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
                ports.add(socket.getLocalPort());
            }
        }
        String members = ports.stream().map(p -> "127.0.0.1:" + p).collect(Collectors.joining(","));
        String cluster = "bf-" + UUID.randomUUID().toString().substring(0, 8);
        for (int i = 0; i < servers.size(); i++) {
            servers.get(i).microOptions(List.of("--clustername", cluster, "--clustermode", "tcpip:" + members,
                    "--interfaces", "127.0.0.1", "--startport", String.valueOf(ports.get(i))));
        }
    }

    private static List<String> properties(FakeLlm fake, Path workspace) {
        List<String> p = new ArrayList<>();
        p.addAll(List.of("backforge.llm.provider=openai",
                "backforge.llm.openai.base-url=http://127.0.0.1:" + fake.port() + "/v1",
                "backforge.llm.api-key-file=" + workspace.resolve("key")));
        return p;
    }

    private static CompletableFuture<Void> boot(MicroServer server) {
        return CompletableFuture.runAsync(() -> {
            try {
                server.start();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
    }

    /** The instance id of the server answering. */
    private static String self(MicroServer server) throws Exception {
        JsonNode instances = get(server, "api/v1/instances");
        return instances.get("answered_by").asText();
    }

    private static JsonNode get(MicroServer server, String path) throws Exception {
        HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(server.base().resolve(path))
                .header("Authorization", Credentials.operator()).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, r.statusCode(), r.body());
        return Server.JSON.readTree(r.body());
    }

    /** Waits until the instance has run at least five runs and is generating in two or more (one list read a poll). */
    private static void awaitBusy(Server api, String instance) {
        long deadline = System.nanoTime() + Duration.ofMinutes(4).toNanos();
        while (System.nanoTime() < deadline) {
            int ran = 0;
            int generating = 0;
            for (JsonNode r : Server.json(api.api().list(null, null, 0, 100)).get("items")) {
                if (instance.equals(r.path("instance").path("id").asText())) {
                    ran++;
                    generating += r.get("status").asText().equals("STARTED")
                            && r.path("progress").path("generated").asInt() > 0 ? 1 : 0;
                }
            }
            if (ran >= 5 && generating >= 2) {
                return;
            }
            Server.sleep(20);
        }
        throw new AssertionError("instance " + instance + " never ran five runs and two at once");
    }

    private static Map<String, Long> ranOn(java.util.Collection<JsonNode> runs) {
        Map<String, Long> counts = new HashMap<>();
        for (JsonNode run : runs) {
            Set<String> instances = new java.util.HashSet<>();
            run.get("execution_history").forEach(e -> instances.add(e.get("instance").get("id").asText()));
            instances.forEach(i -> counts.merge(i, 1L, Long::sum));
        }
        return counts;
    }

    /** Every run's folder holds the same files with the same bytes: the same artifact and answers, killed or not. */
    private static void assertSameOutput(Path workspace, Map<String, JsonNode> done) throws Exception {
        Map<String, String> reference = null;
        for (JsonNode run : done.values()) {
            Path folder = workspace.resolve(run.get("output").get("run_folder").asText());
            Map<String, String> files = new TreeMap<>();
            for (String f : FileWatch.files(folder)) {
                if (!f.equals("manifest.json")) {
                    files.put(f, Files.readString(folder.resolve(f)));
                }
            }
            if (reference == null) {
                reference = files;
            }
            assertEquals(reference, files, "run " + run.get("id").asText() + " has the bytes of every other run");
        }
    }

    /**
     * Every answer is stored in the workflow's durable cache the moment it arrives, once per workflow and prompt; an
     * answer the fake sent that is not there was asked for again or lost in flight. Only the call each taken-over run
     * had in flight at the kill may be lost (parallelism 1).
     */
    private static void assertNoAnswerPaidTwice(MicroServer server, FakeLlm fake, List<String> takenOver)
            throws Exception {
        try (Connection c = server.connectToStore();
                Statement s = c.createStatement();
                // an answer the provider was paid for carries its usage; the files of a batch answer, cached again
                // under each component's own prompt, carry none
                ResultSet rs = s.executeQuery("select count(*) from bf_llm_answer where prompttokens > 0")) {
            rs.next();
            int stored = rs.getInt(1);
            int paidAgain = fake.answered() - stored;
            assertTrue(paidAgain >= 0 && paidAgain <= takenOver.size(), "answers sent " + fake.answered()
                    + ", stored " + stored + ": at most one in flight per taken-over run was asked for again");
        }
    }

    /**
     * From the store: every component committed once, and a run's executions one after the other (an execution
     * ended before the next began), whichever instances ran them.
     */
    private static void assertNoDoubleWork(MicroServer server, List<String> takenOver) throws Exception {
        try (Connection c = server.connectToStore(); Statement s = c.createStatement()) {
            try (ResultSet rs = s.executeQuery("select runid, componentid, commits from bf_component_result "
                    + "where commits <> 1")) {
                List<String> twice = new ArrayList<>();
                while (rs.next()) {
                    twice.add(rs.getString(1) + "/" + rs.getString(2) + ": " + rs.getInt(3));
                }
                assertEquals(List.of(), twice, "every component committed once");
            }
            Map<String, List<Timestamp[]>> spans = new TreeMap<>();
            try (ResultSet rs = s.executeQuery("select r.runid, e.createtime, e.endtime, r.instanceid from "
                    + "bf_run_execution r join jbatchexecutioninstancedata e on e.jobexecid = r.executionid "
                    + "order by r.runid, e.createtime")) {
                while (rs.next()) {
                    spans.computeIfAbsent(rs.getString(1), k -> new ArrayList<>())
                            .add(new Timestamp[] {rs.getTimestamp(2), rs.getTimestamp(3)});
                }
            }
            for (var run : spans.entrySet()) {
                List<Timestamp[]> executions = run.getValue();
                for (int i = 0; i + 1 < executions.size(); i++) {
                    Timestamp end = executions.get(i)[1];
                    assertTrue(end != null && !end.after(executions.get(i + 1)[0]), "run " + run.getKey()
                            + ": an execution ended before the next began");
                }
            }
            try (ResultSet rs = s.executeQuery("select runid, componentid, count(*), count(distinct executionid) "
                    + "from bf_generation_attempt group by runid, componentid having count(*) > 1")) {
                while (rs.next()) {
                    String component = rs.getString(1) + "/" + rs.getString(2);
                    assertTrue(takenOver.contains(rs.getString(1)), "only runs taken over attempted a component "
                            + "again: " + component);
                    assertEquals(2, rs.getInt(3), "attempted once more, by the new execution: " + component);
                    assertEquals(2, rs.getInt(4), "attempted once more, by the new execution: " + component);
                }
            }
        }
    }
}
