package dev.backforge.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.ws.rs.client.ClientRequestFilter;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URL;
import java.time.Duration;
import java.util.Set;
import java.util.function.Predicate;
import java.util.function.Supplier;
import org.eclipse.microprofile.rest.client.RestClientBuilder;

/** A running Backforge server as the tests talk to it: through its REST API only. */
public final class Server {

    public static final ObjectMapper JSON = new ObjectMapper();

    private final URI base;
    private final RunsApi api;

    public Server(URI base) {
        this(base, Credentials.operator());
    }

    /** A client that sends the given Authorization header, or none when it is null. */
    public Server(URI base, String authorization) {
        this.base = base;
        // tests look at error responses themselves, so no status is turned into an exception
        RestClientBuilder builder = RestClientBuilder.newBuilder().baseUri(base)
                .property("microprofile.rest.client.disable.default.mapper", true);
        if (authorization != null) {
            builder.register(
                    (ClientRequestFilter) request -> request.getHeaders().putSingle("Authorization", authorization));
        }
        this.api = builder.build(RunsApi.class);
    }

    /** Arquillian's URL names the machine's external address; the tests stay on loopback. */
    public static Server at(URL arquillianUrl) {
        return at(arquillianUrl, Credentials.operator());
    }

    public static Server at(URL arquillianUrl, String authorization) {
        return new Server(loopback(arquillianUrl), authorization);
    }

    /** The deployment's base URI on loopback, ending with a slash. */
    public static URI loopback(URL arquillianUrl) {
        String s = arquillianUrl.toString();
        URI u = URI.create(s.endsWith("/") ? s : s + "/");
        return URI.create("http://127.0.0.1:" + u.getPort() + u.getPath());
    }

    public URI base() {
        return base;
    }

    public RunsApi api() {
        return api;
    }

    /** The launch body for an artifact with the template generator: {architecture, options}. */
    public static String launchBody(JsonNode architecture, Integer itemCount) {
        ObjectNode options = JSON.createObjectNode().put("generator", "template");
        if (itemCount != null) {
            options.put("item_count", itemCount);
        }
        return launchBody(architecture, options);
    }

    public static String launchBody(JsonNode architecture, ObjectNode options) {
        ObjectNode body = JSON.createObjectNode();
        body.set("architecture", architecture);
        body.set("options", options);
        return body.toString();
    }

    public String launch(String workflow, String body) {
        try (Response r = api.launch(workflow, body)) {
            if (r.getStatus() != 202) {
                throw new AssertionError("launch answered " + r.getStatus() + ": " + r.readEntity(String.class));
            }
            return json(r).get("id").asText();
        }
    }

    public JsonNode run(String runId) {
        try (Response r = api.run(runId)) {
            return json(r);
        }
    }

    /** The run's status: the summary and the step, without the components. */
    public JsonNode status(String runId) {
        try (Response r = api.status(runId)) {
            return json(r);
        }
    }

    /** Polls the run until the condition holds; fails with the run's last state after the timeout. */
    public JsonNode await(String runId, Predicate<JsonNode> condition, Duration timeout) {
        return poll(runId, () -> run(runId), condition, timeout);
    }

    private static final Set<String> ACTIVE = Set.of("QUEUED", "STARTING", "STARTED", "STOPPING");

    /** Whether a run's status or detail says it is still at work. */
    public static boolean isActive(JsonNode run) {
        return ACTIVE.contains(run.path("status").asText());
    }

    /**
     * Polls the run's status (not its detail, which lists every component) until it is this one; answers the detail,
     * read once it is and still saying so (a passing status may have moved on in between).
     */
    public JsonNode awaitStatus(String runId, String status, Duration timeout) {
        Predicate<JsonNode> is = r -> status.equals(r.path("status").asText());
        return poll(runId, () -> {
            // waiting helps only for an end: an active status is answered at once without it
            JsonNode s = ACTIVE.contains(status) ? status(runId) : statusWaiting(runId, 10);
            return is.test(s) ? run(runId) : s;
        }, r -> is.test(r) && r.has("components"), timeout);
    }

    /** The run's status once it has ended, or after at most {@code seconds} while it is still active. */
    public JsonNode statusWaiting(String runId, int seconds) {
        try (Response r = api.statusWaiting(runId, String.valueOf(seconds))) {
            return json(r);
        }
    }

    private static JsonNode poll(String runId, Supplier<JsonNode> read, Predicate<JsonNode> until, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        JsonNode last = null;
        while (System.nanoTime() < deadline) {
            last = read.get();
            if (until.test(last)) {
                return last;
            }
            sleep(250);
        }
        throw new AssertionError("run " + runId + " did not get there in " + timeout + "; last: "
                + (last == null ? null : last.toPrettyString()));
    }

    public static JsonNode json(Response r) {
        try {
            return JSON.readTree(r.readEntity(String.class));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
