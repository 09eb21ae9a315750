package dev.backforge.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Set;

/**
 * {@code launch ARTIFACT.json --server URL [--workflow ID] [--item-count N]}: starts a run on a Backforge server and
 * follows it to its end, printing progress and, at the end, where the files and the manifest are.
 */
final class LaunchCommand {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Set<String> ENDED = Set.of("COMPLETED", "FAILED", "STOPPED", "ABANDONED");

    private final PrintStream out;
    private final PrintStream err;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    private final String authorization;

    LaunchCommand(PrintStream out, PrintStream err, String authorization) {
        this.out = out;
        this.err = err;
        this.authorization = authorization;
    }

    /**
     * The server names folders relative to its workspace (it does not show its own file system); where the caller
     * knows the workspace, BACKFORGE_WORKSPACE, the full path is shown.
     */
    private static String local(String relative) {
        String workspace = System.getenv("BACKFORGE_WORKSPACE");
        return workspace == null || workspace.isBlank() ? "<server workspace>/" + relative
                : Path.of(workspace).resolve(relative).toString();
    }

    private HttpRequest.Builder request(URI uri) {
        HttpRequest.Builder b = HttpRequest.newBuilder(uri);
        return authorization == null ? b : b.header("Authorization", authorization);
    }

    int run(Path artifact, URI server, String workflow, Integer itemCount) throws IOException, InterruptedException {
        ObjectNode body = JSON.createObjectNode();
        body.set("architecture", JSON.readTree(Files.readAllBytes(artifact)));
        if (itemCount != null) {
            body.putObject("options").put("item_count", itemCount);
        }
        HttpResponse<String> launched = http.send(request(server.resolve("api/v1/workflows/" + workflow
                + "/runs")).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body.toString())).build(),
                HttpResponse.BodyHandlers.ofString());
        if (launched.statusCode() != 202) {
            err.println("backforge: the server refused the run (" + launched.statusCode() + "):");
            err.println(launched.body().isBlank() ? "(no body)" : JSON.readTree(launched.body()).toPrettyString());
            if (launched.statusCode() == 401) {
                err.println("give an operator's credentials: --user NAME and BACKFORGE_PASSWORD");
            }
            return 2;
        }
        String runId = JSON.readTree(launched.body()).get("id").asText();
        out.println("backforge: run " + runId + " of workflow " + workflow + " started on " + server);
        JsonNode run = follow(server, runId);
        String status = run.get("status").asText();
        out.println("backforge: run " + runId + " " + status
                + (run.get("failure_cause").isNull() ? "" : ": " + run.get("failure_cause").asText()));
        JsonNode output = run.get("output");
        String exit = run.path("exit_status").asText("");
        if (exit.equals("NO_CHANGES")) {
            out.println("  no changes since run " + output.path("same_as").asText() + ": nothing generated or written");
        } else if (run.path("changes").isObject()) {
            JsonNode c = run.get("changes");
            out.printf("  changes:   %d reused, %d regenerated, %d new, %d removed%n", c.path("reused").asInt(),
                    c.path("regenerated").asInt(), c.path("new").asInt(), c.path("removed").size());
        }
        run.path("publish").path("conflicts").forEach(path -> out.println("  conflict:  " + path.asText()
                + " (yours kept; the new output beside it, or marked in it)"));
        out.println("  files:     " + local(output.get("run_folder").asText()));
        out.println("  manifest:  " + local(output.get("run_folder").asText()) + "/manifest.json");
        if (status.equals("COMPLETED")) {
            out.println("  published: " + local(output.get("published_folder").asText()));
        }
        out.println("  details:   " + server.resolve("api/v1/runs/" + runId));
        return status.equals("COMPLETED") ? 0 : 1;
    }

    private JsonNode follow(URI server, String runId) throws IOException, InterruptedException {
        String last = "";
        while (true) {
            // the status, not the detail: listing every component again and again takes the cores the run needs;
            // the server holds the answer up to a second, giving it at once when the run ends
            long asked = System.nanoTime();
            HttpResponse<String> r = http.send(request(server.resolve("api/v1/runs/" + runId + "/status?wait=1"))
                    .GET().build(), HttpResponse.BodyHandlers.ofString());
            JsonNode run = JSON.readTree(r.body());
            JsonNode p = run.get("progress");
            String step = run.path("step").isTextual() ? run.get("step").asText() : "";
            String line = String.format("  %-9s %-9s %s %3d%% (%d/%d components)", run.get("status").asText(), step,
                    bar(p.get("percent").asInt()), p.get("percent").asInt(), p.get("generated").asInt(),
                    p.get("total").asInt());
            if (!line.equals(last)) {
                out.println(line);
                last = line;
            }
            if (ENDED.contains(run.get("status").asText())) {
                HttpResponse<String> detail = http.send(request(server.resolve("api/v1/runs/" + runId)).GET()
                        .build(), HttpResponse.BodyHandlers.ofString());
                return JSON.readTree(detail.body());
            }
            // a server that answered at once (one that does not wait) is not asked more than twice a second
            Thread.sleep(Math.max(0, 500 - (System.nanoTime() - asked) / 1_000_000));
        }
    }

    private static String bar(int percent) {
        int filled = percent / 5;
        return "[" + "#".repeat(filled) + ".".repeat(20 - filled) + "]";
    }
}
