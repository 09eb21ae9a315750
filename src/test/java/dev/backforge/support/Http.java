package dev.backforge.support;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Raw HTTP as an outsider sends it (any method, header or body), and what every error answer must be. */
public final class Http {

    // HTTP/1.1 as curl and browsers speak it to a plain-text port (no h2c upgrade)
    public static final HttpClient CLIENT = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(10)).build();

    /** What no answer may show: stack frames, exception class names, library internals. */
    private static final Pattern INTERNALS = Pattern.compile("\\tat |\\bat (java|jakarta|org|com|dev)\\.|Exception\\b|"
            + "com\\.fasterxml|org\\.glassfish|org\\.eclipse|StreamReadConstraints|\\.java:\\d+");

    private Http() {
    }

    /** Headers as name, value pairs; a null body sends none. */
    public static HttpResponse<String> send(String method, URI uri, String body, String... headers) {
        HttpRequest.Builder b = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(60))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body));
        for (int i = 0; i + 1 < headers.length; i += 2) {
            b.header(headers[i], headers[i + 1]);
        }
        try {
            return CLIENT.send(b.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /**
     * The answer is one RFC 9457 problem document with this status: the media type, a single JSON object whose
     * status is the answer's, a title and a detail, nothing internal.
     */
    public static JsonNode assertProblem(HttpResponse<String> r, int status) {
        String what = r.request().method() + " " + r.request().uri() + " -> " + r.statusCode() + " " + r.body();
        assertEquals(status, r.statusCode(), what);
        return assertProblem(r);
    }

    public static JsonNode assertProblem(HttpResponse<String> r) {
        String what = r.request().method() + " " + r.request().uri() + " -> " + r.statusCode() + " " + r.body();
        assertTrue(r.headers().firstValue("Content-Type").orElse("").toLowerCase(Locale.ROOT)
                .startsWith("application/problem+json"), "media type: " + what);
        JsonNode doc;
        try {
            var parser = Server.JSON.createParser(r.body());
            doc = Server.JSON.readTree(parser);
            assertEquals(null, parser.nextToken(), "one document, nothing after it: " + what);
        } catch (IOException e) {
            throw new AssertionError("not JSON: " + what, e);
        }
        assertTrue(doc.isObject(), what);
        assertEquals(r.statusCode(), doc.path("status").asInt(), "status member: " + what);
        for (String member : List.of("type", "title", "detail")) {
            assertTrue(doc.path(member).isTextual() && !doc.path(member).asText().isBlank(), member + ": " + what);
        }
        assertFalse(INTERNALS.matcher(r.body()).find(), "internals shown: " + what);
        return doc;
    }
}
