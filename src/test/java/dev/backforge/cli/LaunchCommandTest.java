package dev.backforge.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.backforge.support.Examples;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code launch} against a loopback server that answers as the API does: what a user reads when a regeneration
 * changed nothing, and when it met a person's edit.
 */
class LaunchCommandTest {

    static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    static ObjectNode run(String exit) {
        ObjectNode run = JSON.createObjectNode().put("id", "r2").put("status", "COMPLETED").put("exit_status", exit);
        run.putNull("failure_cause");
        run.putObject("progress").put("percent", 100).put("generated", 13).put("total", 13);
        run.putArray("steps").addObject().put("name", "order");
        ObjectNode output = run.putObject("output").put("run_folder", "workflows/w/runs/r1/code/backend")
                .put("published_folder", "workflows/w/artifacts/code/backend");
        if (exit.equals("NO_CHANGES")) {
            output.put("same_as", "r1");
        } else {
            run.putObject("changes").put("reused", 12).put("regenerated", 1).put("new", 0).putArray("removed");
            run.putObject("publish").putArray("conflicts").add("src/repositories/stock_repository.py");
        }
        return run;
    }

    /** The run's paths and queries the command asked for, in order. */
    final List<String> asked = new CopyOnWriteArrayList<>();

    String launch(ObjectNode answer) throws Exception {
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/api/v1/workflows/w/runs", x -> send(x, 202, "{\"id\": \"r2\"}"));
        server.createContext("/api/v1/runs/r2", x -> {
            asked.add(x.getRequestURI().toString());
            send(x, 200, answer.toString());
        });
        server.start();
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            PrintStream stream = new PrintStream(out, true, StandardCharsets.UTF_8);
            int exit = new LaunchCommand(stream, stream, null).run(Examples.write(dir, "a.json",
                    Examples.text("store-inventory.json")),
                    URI.create("http://127.0.0.1:" + server.getAddress()
                            .getPort() + "/"),
                    "w", null);
            assertEquals(0, exit);
            return out.toString(StandardCharsets.UTF_8);
        } finally {
            server.stop(0);
        }
    }

    static void send(HttpExchange x, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        x.getResponseHeaders().add("Content-Type", "application/json");
        x.sendResponseHeaders(status, bytes.length);
        x.getResponseBody().write(bytes);
        x.close();
    }

    @Test
    void anUnchangedRegenerationSaysSo() throws Exception {
        String printed = launch(run("NO_CHANGES"));
        assertTrue(printed.contains("no changes since run r1: nothing generated or written"), printed);
        // followed by its status, held by the server until the end or a second, the detail (every component) read
        // once at the end
        assertEquals(List.of("/api/v1/runs/r2/status?wait=1", "/api/v1/runs/r2"), asked);
    }

    @Test
    void aRegenerationShowsWhatChangedAndItsConflicts() throws Exception {
        String printed = launch(run("COMPLETED_WITH_CONFLICTS"));
        assertTrue(printed.contains("changes:   12 reused, 1 regenerated, 0 new, 0 removed"), printed);
        assertTrue(printed.contains("conflict:  src/repositories/stock_repository.py"), printed);
    }
}
