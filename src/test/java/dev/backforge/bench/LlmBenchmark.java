package dev.backforge.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.backforge.generation.control.GenerationContext;
import dev.backforge.generation.llm.budget.BatchPlanner;
import dev.backforge.generation.llm.budget.Tokens;
import dev.backforge.generation.llm.control.PromptWriter;
import dev.backforge.generation.llm.control.Routing;
import dev.backforge.generation.llm.entity.LlmSettings;
import dev.backforge.output.entity.GeneratedFile;
import dev.backforge.planning.control.Planner;
import dev.backforge.planning.entity.PlannedComponent;
import dev.backforge.stacks.TargetStacks;
import dev.backforge.stacks.python.generator.TemplateGenerator;
import dev.backforge.stacks.python.prompts.PythonPrompts;
import dev.backforge.support.Examples;
import dev.backforge.support.FakeLlm;
import dev.backforge.support.MicroServer;
import dev.backforge.support.Server;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Not a test: figures for the language model path, printed and written to target/bench/llm.txt.
 * Run with {@code ./mvnw -Pbench verify}.
 */
class LlmBenchmark {

    @TempDir
    Path dir;

    private final List<String> report = new ArrayList<>();

    @Test
    void promptTokensPerComponent() throws Exception {
        for (String example : List.of("auth-service.json", "store-inventory.json")) {
            for (String mode : List.of("llm", "hybrid")) {
                var architecture = TargetStacks.STANDARD.reader().read(Examples.bytes(example));
                var context = GenerationContext.of(architecture, new Planner().plan(architecture));
                Routing routing = Routing.of(mode);
                Map<String, String> drafts = new LinkedHashMap<>();
                List<PlannedComponent> forModel = new ArrayList<>();
                for (PlannedComponent p : context.plan().components()) {
                    if (!routing.byModel(p.component().kind())) {
                        continue;
                    }
                    GeneratedFile draft = new TemplateGenerator().generate(context, p);
                    if (routing.withDrafts() && draft.stubs().isEmpty()) {
                        continue;
                    }
                    if (routing.withDrafts()) {
                        drafts.put(p.id(), draft.content());
                    }
                    forModel.add(p);
                }
                List<Integer> perComponent = new ArrayList<>();
                PromptWriter prompts = new PromptWriter(context, LlmSettings.DEFAULT, new PythonPrompts());
                var batches = BatchPlanner.pack(LlmSettings.DEFAULT, forModel, drafts, b -> prompts.tokens(b, drafts));
                for (var batch : batches) {
                    int tokens = Tokens.count(prompts.batch(batch, drafts));
                    batch.forEach(p -> perComponent.add(tokens / batch.size()));
                }
                Collections.sort(perComponent);
                print(String.format("prompt tokens per component, %-20s %-6s: %2d components in %d prompts, median %5d,"
                        + " max %5d", example, mode, perComponent.size(), batches.size(),
                        perComponent.isEmpty() ? 0 : perComponent.get(perComponent.size() / 2),
                        perComponent.isEmpty() ? 0 : perComponent.get(perComponent.size() - 1)));
            }
        }
        write();
    }

    /**
     * The model path against its bound. The prompts need no earlier answer (they carry their dependencies' interfaces
     * from the plan), so the bound is ceil(calls / parallelism) x latency over the whole run, which is at most the
     * sum over dependency levels. The model phase runs from the first call's arrival to the last answer; wall time
     * adds launch, the other steps and polling.
     */
    @Test
    void modelPathAgainstItsBound() throws Exception {
        Path workspace = Path.of(System.getProperty("backforge.target", "target"), "bench",
                "llm-" + UUID.randomUUID().toString().substring(0, 8));
        Files.createDirectories(workspace);
        Path wide = Examples.synth(200, false, dir);
        Path chain = Examples.synth(50, true, dir);
        try (FakeLlm fake = new FakeLlm(0).latency(200);
                MicroServer server = new MicroServer(workspace, "h2", List.of("backforge.llm.provider=openai",
                        "backforge.llm.openai.base-url=http://127.0.0.1:" + fake.port() + "/v1",
                        "backforge.llm.concurrency=8"))) {
            server.start();
            for (Path artifactFile : List.of(wide, chain)) {
                byte[] artifact = Files.readAllBytes(artifactFile);
                fake.serve(artifact);
                for (int parallelism : new int[] {1, 4, 8}) {
                    fake.reset();
                    fake.latency(200);
                    measure(server.client(), fake, artifact, artifactFile.getFileName().toString(), parallelism);
                    fake.reset();
                    fake.latency(0);
                    floor(server.client(), fake, artifact, parallelism);
                }
            }
        }
        write();
    }

    private void measure(Server api, FakeLlm fake, byte[] artifact, String name, int parallelism) throws Exception {
        long started = System.nanoTime();
        String runId = launch(api, artifact, parallelism);
        long seen = follow(api, runId);
        double wall = (seen - started) / 1e9;
        JsonNode done = api.run(runId);
        long firstCall = Collections.min(fake.arrivals());
        double phase = (fake.lastAnswerAt() - firstCall) / 1e9;
        int calls = fake.answered();
        double bound = Math.ceil(calls / (double) parallelism) * 0.2;
        print(String.format("%s (%d components), 200 ms model, parallelism %d: %d calls, bound %.1f s, model phase "
                + "%.1f s (phase/bound %.2f), wall launch to COMPLETED %.1f s (wall/bound %.2f)", name,
                done.get("progress").get("total").asInt(), parallelism, calls, bound, phase, phase / bound, wall,
                wall / bound));
        double head = (firstCall - started) / 1e9;
        double tail = (seen - fake.lastAnswerAt()) / 1e9;
        print(String.format("  launch to the first call %.2f s + model phase %.2f s + the last answer to the client "
                + "seeing the end %.2f s; (head + tail)/bound %.2f", head, phase, tail, (head + tail) / bound));
        print("  where the wall time went (s): " + timeline(started, seen, done, fake));
        print("  " + refills(fake, parallelism));
    }

    /**
     * The same configuration with a model that answers at once: the run's own work (launch, validation, the store's
     * commits, verifying the answers, publishing, the client's notice), which the bound does not count. Waiting for
     * the model can hide most of it, but not the part before the first call or after the last answer.
     */
    private void floor(Server api, FakeLlm fake, byte[] artifact, int parallelism) throws Exception {
        long started = System.nanoTime();
        String runId = launch(api, artifact, parallelism);
        double floor = (follow(api, runId) - started) / 1e9;
        int calls = fake.answered();
        assertTrue(calls > 0, "the floor's run asked the model");
        double bound = Math.ceil(calls / (double) parallelism) * 0.2;
        print(String.format("  the same at 0 ms: %d calls, wall %.2f s (floor/bound %.2f)", calls, floor,
                floor / bound));
    }

    private static String launch(Server api, byte[] artifact, int parallelism) throws Exception {
        ObjectNode options = Server.JSON.createObjectNode().put("generator", "llm");
        options.putObject("llm").put("parallelism", parallelism);
        return api.launch("bench-" + parallelism + "-" + UUID.randomUUID().toString().substring(0, 6),
                Server.launchBody(Server.JSON.readTree(artifact), options));
    }

    /** Follows the run to its end; the moment the client saw it end (System.nanoTime()). */
    private static long follow(Server api, String runId) throws Exception {
        // the clock stops when the status says so, before the detail (every component) is read
        JsonNode status = api.status(runId);
        for (long until = System.nanoTime() + Duration.ofMinutes(20).toNanos(); Server.isActive(status)
                && System.nanoTime() < until;) {
            long asked = System.nanoTime();
            status = api.statusWaiting(runId, 10);
            if (Server.isActive(status) && System.nanoTime() - asked < 200_000_000L) {
                // a build that does not wait answers at once: asked again a quarter second later, as before
                Thread.sleep(250);
            }
        }
        long seen = System.nanoTime();
        assertEquals("COMPLETED", status.path("status").asText(), status.toString());
        return seen;
    }

    /**
     * The run's own clock against the benchmark's: launch to the job's start, each step, the first call's arrival and
     * the last answer inside generate, the last step's end to the run's recorded end, and that to the moment the
     * client saw it.
     */
    private static String timeline(long startedNanos, long seenNanos, JsonNode run, FakeLlm fake) {
        long now = System.nanoTime();
        Instant launched = Instant.now().minusNanos(now - startedNanos);
        StringBuilder out = new StringBuilder();
        Instant at = launched;
        Instant lastStep = launched;
        out.append(String.format("launch to start %.2f", seconds(at, Instant.parse(run.get("started_at").asText()))));
        for (JsonNode step : run.get("steps")) {
            Instant from = Instant.parse(step.get("started_at").asText());
            Instant to = Instant.parse(step.get("ended_at").asText());
            lastStep = to.isAfter(lastStep) ? to : lastStep;
            out.append(String.format(", %s %.2f", step.get("name").asText(), seconds(from, to)));
            if ("generate".equals(step.get("name").asText())) {
                Instant first = launched.plusNanos(Collections.min(fake.arrivals()) - startedNanos);
                Instant last = launched.plusNanos(fake.lastAnswerAt() - startedNanos);
                out.append(String.format(" (first call after %.2f, after the last answer %.2f)", seconds(from, first),
                        seconds(last, to)));
            }
        }
        Instant ended = Instant.parse(run.get("ended_at").asText());
        out.append(String.format(", last step to the run's recorded end %.2f, to the client seeing it %.2f",
                seconds(lastStep, ended), seconds(ended, launched.plusNanos(seenNanos - startedNanos))));
        return out.toString();
    }

    /**
     * How soon a freed slot carried the next call: each call ends about 200 ms after it arrived, so the i-th call (i >=
     * p) could have come as the (i-p)-th call ended. Also the most calls the fake answered at once.
     */
    private static String refills(FakeLlm fake, int parallelism) {
        List<Long> arrivals = new ArrayList<>(fake.arrivals());
        Collections.sort(arrivals);
        List<Long> delays = new ArrayList<>();
        for (int i = parallelism; i < arrivals.size(); i++) {
            delays.add((arrivals.get(i) - arrivals.get(i - parallelism) - 200_000_000L) / 1_000_000);
        }
        Collections.sort(delays);
        return String.format("most calls at once %d; a freed slot's next call after (ms): median %s, max %s",
                fake.mostInFlight(), delays.isEmpty() ? "-" : delays.get(delays.size() / 2),
                delays.isEmpty() ? "-" : delays.get(delays.size() - 1));
    }

    private static double seconds(Instant from, Instant to) {
        return Duration.between(from, to).toNanos() / 1e9;
    }

    private void print(String line) {
        System.out.println("BENCH " + line);
        report.add(line);
    }

    private void write() throws Exception {
        Path out = Path.of(System.getProperty("backforge.target", "target"), "bench", "llm.txt");
        Files.createDirectories(out.getParent());
        Files.writeString(out, String.join("\n", report) + "\n", StandardOpenOption.CREATE,
                StandardOpenOption.APPEND);
    }
}
