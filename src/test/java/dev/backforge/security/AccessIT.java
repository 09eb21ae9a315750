package dev.backforge.security;

import dev.backforge.support.Credentials;
import dev.backforge.support.Deployments;
import dev.backforge.support.Server;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Locale;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.container.annotation.ArquillianTest;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Access control: 401 without credentials, 403 for a viewer on every state-changing endpoint, health open. */
@ArquillianTest
@RunAsClient
public class AccessIT {

    static final HttpClient HTTP = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    /** Every state-changing endpoint: method and path (the ids need not exist: access is decided first). */
    static final List<String[]> CHANGING = List.of(
            new String[] {"POST", "api/v1/workflows/any/runs"},
            new String[] {"POST", "api/v1/runs/some-run/stop"},
            new String[] {"POST", "api/v1/runs/some-run/restart"},
            new String[] {"POST", "api/v1/runs/some-run/abandon"},
            new String[] {"POST", "api/v1/schedules"},
            new String[] {"PATCH", "api/v1/schedules/some-schedule"},
            new String[] {"POST", "api/v1/schedules/some-schedule/pause"},
            new String[] {"POST", "api/v1/schedules/some-schedule/resume"},
            new String[] {"DELETE", "api/v1/schedules/some-schedule"});

    @ArquillianResource
    URL url;

    @Deployment(testable = false)
    public static WebArchive deployment() {
        return Deployments.paced();
    }

    URI base() {
        return Server.loopback(url);
    }

    HttpResponse<String> call(String method, String path, String authorization, String body) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(base().resolve(path)).header("Content-Type", "application/json")
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body));
        if (authorization != null) {
            b.header("Authorization", authorization);
        }
        return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void everyChangingEndpointNeedsAnOperator() throws Exception {
        for (String[] e : CHANGING) {
            HttpResponse<String> anonymous = call(e[0], e[1], null, "{}");
            assertEquals(401, anonymous.statusCode(), "anonymous " + e[0] + " " + e[1]);
            assertTrue(anonymous.headers().firstValue("WWW-Authenticate").orElse("").startsWith("Basic"));
            assertEquals(403, call(e[0], e[1], Credentials.viewer(), "{}").statusCode(), "viewer " + e[0] + " " + e[1]);
            assertEquals(401, call(e[0], e[1], Credentials.basic("operator", "wrong"), "{}").statusCode(),
                    "wrong password " + e[0] + " " + e[1]);
            int asOperator = call(e[0], e[1], Credentials.operator(), "{}").statusCode();
            assertTrue(asOperator != 401 && asOperator != 403, "an operator passes " + e[0] + " " + e[1]);
        }
    }

    @Test
    void viewersReadAndAnonymousDoesNot() throws Exception {
        for (String path : List.of("api/v1/runs", "api/v1/schedules")) {
            assertEquals(200, call("GET", path, Credentials.viewer(), null).statusCode(), path);
            assertEquals(401, call("GET", path, null, null).statusCode(), path);
        }
        HttpResponse<String> console = call("GET", "console/", null, null);
        assertEquals(302, console.statusCode(), "the console sends strangers to its login page");
        assertTrue(console.headers().firstValue("Location").orElse("").endsWith("/login.html"));
    }

    @Test
    void healthStaysOpen() throws Exception {
        URI root = URI.create("http://127.0.0.1:" + base().getPort() + "/health/ready");
        HttpResponse<String> health = HTTP.send(HttpRequest.newBuilder(root).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        // open to anyone: 200 when ready, 503 when a check is down (here the test model server may be off)
        assertTrue(health.statusCode() == 200 || health.statusCode() == 503, health.statusCode() + " " + health.body());
        assertTrue(health.body().contains("\"store\""), health.body());
    }

    @Test
    void aSessionSignsInAndAForeignSiteCannotUseIt() throws Exception {
        assertEquals(401, call("POST", "api/v1/session", null,
                "{\"username\": \"viewer\", \"password\": \"nope\"}").statusCode());
        HttpResponse<String> malformed = call("POST", "api/v1/session", null, "{\"username\": ");
        assertEquals(400, malformed.statusCode(), malformed.body());
        assertTrue(malformed.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"));
        HttpResponse<String> signedIn = call("POST", "api/v1/session", null,
                "{\"username\": \"operator\", \"password\": \"" + Credentials.OPERATOR_PASSWORD + "\"}");
        assertEquals(200, signedIn.statusCode(), signedIn.body());
        String cookie = signedIn.headers().firstValue("Set-Cookie").orElseThrow().split(";")[0];
        assertTrue(
                signedIn.headers().firstValue("Set-Cookie").orElseThrow().toLowerCase(Locale.ROOT)
                        .contains("samesite=strict"),
                signedIn.headers().allValues("Set-Cookie").toString());
        HttpResponse<String> me = HTTP.send(HttpRequest.newBuilder(base().resolve("api/v1/session"))
                .header("Cookie", cookie).GET().build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, me.statusCode());
        assertTrue(me.body().contains("\"operator\""), me.body());
        HttpResponse<String> forged = HTTP.send(HttpRequest.newBuilder(base().resolve("api/v1/runs/x/stop"))
                .header("Cookie", cookie).header("Origin", "https://attacker.example")
                .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(403, forged.statusCode(), "a cross-site request is refused even with the session");
    }
}
