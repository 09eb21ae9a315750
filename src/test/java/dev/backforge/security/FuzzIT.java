package dev.backforge.security;

import dev.backforge.support.Credentials;
import dev.backforge.support.Deployments;
import dev.backforge.support.Server;
import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.container.annotation.ArquillianTest;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;

import static dev.backforge.support.Http.assertProblem;
import static dev.backforge.support.Http.send;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * A bounded fuzz of the API from a fixed seed: a few thousand requests with odd path segments, query values,
 * headers and bodies. No answer is a 5xx, every 4xx is a problem document, and nothing is written outside the
 * workspace. A failure names the request, so it can be replayed.
 */
@ArquillianTest
@RunAsClient
public class FuzzIT {

    static final long SEED = 20261201L;
    static final int REQUESTS = 2500;

    static final String[] ROUTES = {"GET runs", "GET runs/{id}", "POST runs/{id}/stop", "POST runs/{id}/restart",
            "POST runs/{id}/abandon", "GET runs/{id}/manifest", "GET runs/{id}/files/{path}",
            "POST workflows/{id}/runs",
            "GET schedules", "POST schedules", "GET schedules/{id}", "PATCH schedules/{id}", "DELETE schedules/{id}",
            "POST schedules/{id}/pause", "GET session", "POST session", "DELETE session", "PUT runs",
            "DELETE runs/{id}"};
    static final String[] ODD = {"", " ", "..", ".", "%2e%2e", "-", "a b", "é", "💥", "\"", "'", "<script>", "%",
            "%zz", "%252e", "null", "0", "-1", "99999999999999999999", "1e309", "NaN", "[]", "{}", "x".repeat(300),
            "..%2f..%2f", "%2F", "~", "*", "?", "#", "a\tb", "\u0001", "ﬀ", "\u202e", "🙂".repeat(40)};
    static final String[] PARAMS = {"page", "size", "from", "to", "status", "workflow"};
    static final String[] TYPES = {"application/json", "text/plain", "application/xml", "application/json; charset=x",
            "multipart/form-data; boundary=z", "", "application/problem+json", "*/*", "application/json;;"};
    static final String[] BODIES = {"{}", "[]", "null", "1", "\"s\"", "{\"architecture\": null}",
            "{\"architecture\": {\"components\": \"x\"}}", "{\"architecture\": {\"components\": [{}]}, \"options\": 5}",
            "{\"architecture\": {\"components\": []}, \"options\": {\"item_count\": -5}}",
            "{\"architecture\": {\"components\": []}, \"options\": {\"item_count\": 1e400}}",
            "{\"workflow_id\": 5, \"cron\": [], \"time_zone\": {}}", "{\"cron\": \"* * * * * * *\"}",
            "{\"username\": [], \"password\": {}}", "{\"a\":", "\u0000\u0001", "{\"x\": \"\\ud800\"}",
            "[".repeat(3000), "{\"architecture\": " + "[".repeat(1500) + "]".repeat(1500) + "}"};

    @ArquillianResource
    URL url;

    @Deployment(testable = false)
    public static WebArchive deployment() {
        return Deployments.paced();
    }

    @Test
    void oddRequestsGetProblemDocumentsNeverA5xx() throws Exception {
        URI base = Server.loopback(url);
        Path workspace = Path.of(System.getProperty("it.workspace")).toAbsolutePath();
        Set<String> before = filesOutside(workspace);
        Random random = new Random(SEED);
        List<String> failures = new ArrayList<>();
        for (int i = 0; i < REQUESTS && failures.size() < 10; i++) {
            String[] route = pick(random, ROUTES).split(" ");
            String path = route[1].replace("{id}", segment(random)).replace("{path}", segment(random) + "/"
                    + segment(random));
            String query = random.nextInt(3) == 0 ? "" : "?" + pick(random, PARAMS) + "=" + encode(pick(random, ODD))
                    + "&" + pick(random, PARAMS) + "=" + encode(pick(random, ODD));
            List<String> headers = new ArrayList<>();
            header(headers, "Authorization", authorization(random));
            if (random.nextBoolean()) {
                header(headers, "Content-Type", pick(random, TYPES));
            }
            if (random.nextInt(4) == 0) {
                header(headers, "Origin", random.nextBoolean() ? "http://" + pick(random, ODD) : pick(random, ODD));
            }
            if (random.nextInt(5) == 0) {
                header(headers, "Accept", pick(random, TYPES));
            }
            String body = route[0].equals("GET") || route[0].equals("DELETE") ? null : pick(random, BODIES);
            String what = "#" + i + " " + route[0] + " " + path + query + " " + headers;
            HttpResponse<String> answer;
            try {
                answer = send(route[0], URI.create(base + "api/v1/" + path + query), body,
                        headers.toArray(String[]::new));
            } catch (IllegalArgumentException e) {
                continue; // a header value the client itself refuses to send
            }
            if (answer.statusCode() >= 500) {
                failures.add(what + " -> " + answer.statusCode() + " " + answer.body());
            } else if (answer.statusCode() >= 400) {
                try {
                    assertProblem(answer);
                } catch (AssertionError e) {
                    failures.add(what + " -> " + e.getMessage());
                }
            }
        }
        assertEquals(List.of(), failures);
        assertEquals(before, filesOutside(workspace), "files written outside the workspace");
    }

    /** Files of the build's folder outside the workspace and the logs (what a request could have written to). */
    static Set<String> filesOutside(Path workspace) throws Exception {
        Path target = workspace.getParent();
        try (Stream<Path> files = Files.walk(target, 2)) {
            return new TreeSet<>(files.filter(f -> !f.startsWith(workspace) && !f.toString().endsWith(".log")
                    && !f.toString().contains("failsafe") && !f.toString().contains("surefire"))
                    .map(Path::toString).toList());
        }
    }

    static void header(List<String> headers, String name, String value) {
        if (!value.isEmpty()) {
            headers.add(name);
            headers.add(value);
        }
    }

    static String authorization(Random random) {
        return switch (random.nextInt(10)) {
            case 0 -> "";
            case 1 -> Credentials.viewer();
            case 2 -> Credentials.basic("fuzz-" + random.nextInt(1000), "guess");
            case 3 -> "Bearer " + pick(random, ODD);
            case 4 -> "Basic " + pick(random, ODD);
            default -> Credentials.operator();
        };
    }

    static String segment(Random random) {
        String raw = pick(random, ODD);
        return random.nextBoolean() ? encode(raw) : raw.replaceAll("[^A-Za-z0-9._~%-]", "_");
    }

    static String encode(String s) {
        // %5C and %00 are refused by the HTTP layer before the application (docs/security.md): left out here
        return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20").replace("%5C", "_")
                .replace("%00", "_");
    }

    static <T> T pick(Random random, T[] values) {
        return values[random.nextInt(values.length)];
    }
}
