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
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Not a test: thirty model runs of synth 200 (a fake model answering after 200 ms) launched at once, on one instance
 * and then on three sharing one PostgreSQL and one workspace, in one sitting: wall time from the first launch to the
 * last run's end, model calls per second, and how many runs each instance executed. Printed and written to
 * target/bench/cluster.txt. Run with {@code ./mvnw -Pbench verify -Dit.test=ClusterBenchmark} (PostgreSQL pass).
 */
class ClusterBenchmark {

    static final int RUNS = 30;

    @TempDir
    Path dir;

    @Test
    void thirtyRunsOnOneAndOnThreeInstances() throws Exception {
        assumeTrue(MicroServer.STORE.equals("postgres"), "instances share a store on PostgreSQL");
        byte[] artifact = Files.readAllBytes(Examples.synth(200, true, dir));
        List<String> report = new ArrayList<>();
        double one = 0;
        for (int instances : new int[] {1, 3}) {
            Path workspace = MicroServer.newWorkspace("bench-cluster-" + instances);
            Files.createDirectories(workspace);
            try (FakeLlm fake = new FakeLlm(0).serve(artifact).latency(200)) {
                List<String> props = List.of("backforge.llm.provider=openai",
                        "backforge.llm.openai.base-url=http://127.0.0.1:" + fake.port() + "/v1",
                        "backforge.instance.heartbeat-seconds=1");
                List<MicroServer> servers = new ArrayList<>();
                servers.add(new MicroServer(workspace, MicroServer.STORE, props));
                for (int i = 1; i < instances; i++) {
                    servers.add(servers.get(0).peer(props));
                }
                try {
                    servers.get(0).start();
                    CompletableFuture.allOf(
                            servers.subList(1, servers.size()).stream().map(s -> CompletableFuture.runAsync(() -> {
                                try {
                                    s.start();
                                } catch (Exception e) {
                                    throw new IllegalStateException(e);
                                }
                            })).toArray(CompletableFuture[]::new)).join();
                    ObjectNode options = Server.JSON.createObjectNode().put("generator", "llm");
                    options.putObject("llm").put("parallelism", 4);
                    String body = Server.launchBody(Server.JSON.readTree(artifact), options);
                    long started = System.nanoTime();
                    List<String> runs = new ArrayList<>();
                    for (int i = 0; i < RUNS; i++) {
                        runs.add(servers.get(i % instances).client().launch("bench-" + i, body));
                    }
                    Map<String, Integer> balance = new TreeMap<>();
                    Server api = servers.get(0).client();
                    for (String run : runs) {
                        JsonNode done = api.awaitStatus(run, "COMPLETED", Duration.ofMinutes(60));
                        balance.merge(done.get("execution_history").get(0).get("instance").get("name").asText(), 1,
                                Integer::sum);
                    }
                    double wall = (System.nanoTime() - started) / 1e9;
                    one = instances == 1 ? wall : one;
                    String line = String.format("%d runs of synth 200, llm, 200 ms model, parallelism 4, capacity 4: "
                            + "%d instance(s) %7.1f s wall (%.2fx of one), %6.1f model calls/s (%d calls), runs per "
                            + "instance %s", RUNS, instances, wall, one / wall, fake.calls() / wall, fake.calls(),
                            balance.values());
                    System.out.println("BENCH " + line);
                    report.add(line);
                } finally {
                    for (MicroServer s : servers) {
                        s.close();
                    }
                }
            }
        }
        Path out = Path.of(System.getProperty("backforge.target", "target"), "bench", "cluster.txt");
        Files.createDirectories(out.getParent());
        Files.writeString(out, String.join("\n", report) + "\n", StandardOpenOption.CREATE,
                StandardOpenOption.APPEND);
    }
}
