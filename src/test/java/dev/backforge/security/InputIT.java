package dev.backforge.security;

import com.fasterxml.jackson.databind.JsonNode;
import dev.backforge.support.Credentials;
import dev.backforge.support.Deployments;
import dev.backforge.support.Examples;
import dev.backforge.support.Server;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.container.annotation.ArquillianTest;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;

import static dev.backforge.support.Http.assertProblem;
import static dev.backforge.support.Http.send;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Bad input, each case as it was once seen failing: every answer is a 4xx problem document that names what was
 * wrong, never a 500, a 404 for a malformed number, an HTML page or an empty body.
 */
@ArquillianTest
@RunAsClient
public class InputIT {

    static final String JSON = "application/json";

    @ArquillianResource
    URL url;

    @Deployment(testable = false)
    public static WebArchive deployment() {
        return Deployments.paced();
    }

    URI at(String path) {
        return Server.loopback(url).resolve(path);
    }

    HttpResponse<String> get(String path) {
        return send("GET", at(path), null, "Authorization", Credentials.operator());
    }

    @Test
    void queryNumbersAndTimesThatAreNotSoAre400sNamingTheParameter() {
        for (String[] c : new String[][] {{"size=abc", "size"}, {"page=abc", "page"}, {"size=2147483648", "size"},
                {"page=-1", "page"}, {"size=0", "size"}, {"from=yesterday", "from"}, {"status=running-ish", "status"},
                {"workflow=a%20b", "workflow"}}) {
            JsonNode problem = assertProblem(get("api/v1/runs?" + c[0]), 400);
            assertEquals(c[1], problem.get("invalid_params").get(0).get("name").asText(), problem.toString());
        }
        HttpResponse<String> far = get("api/v1/runs?page=2147483647&size=200");
        assertEquals(200, far.statusCode(), far.body());
        assertTrue(far.body().contains("\"items\":[]"), far.body());
    }

    @Test
    void aStatusWaitIsWholeSecondsUpToAMinuteAndAnUnknownRunIsNotWaitedFor() {
        for (String wait : new String[] {"abc", "-1", "61", "1.5"}) {
            JsonNode problem = assertProblem(get("api/v1/runs/no-such-run/status?wait=" + wait), 400);
            assertEquals("wait", problem.get("invalid_params").get(0).get("name").asText(), problem.toString());
        }
        assertProblem(get("api/v1/runs/no-such-run/status?wait=60"), 404);
    }

    @Test
    void aLaunchTakesJsonOnlyAndAWrongMethodIs405() {
        String body = "{\"architecture\": " + new String(Examples.bytes("auth-service.json"), StandardCharsets.UTF_8)
                + "}";
        assertProblem(send("POST", at("api/v1/workflows/plain/runs"), body, "Authorization", Credentials.operator(),
                "Content-Type", "text/plain"), 415);
        assertProblem(send("POST", at("api/v1/workflows/plain/runs"), body, "Authorization", Credentials.operator(),
                "Content-Type", "application/json; charset=x"), 415);
        assertProblem(send("GET", at("api/v1/runs"), null, "Authorization", Credentials.operator(), "Accept",
                "application/json; charset=nonesuch"), 406);
        HttpResponse<String> wrongMethod = send("DELETE", at("api/v1/runs"), null, "Authorization",
                Credentials.operator());
        assertProblem(wrongMethod, 405);
        assertTrue(wrongMethod.headers().firstValue("Allow").orElse("").contains("GET"));
    }

    @Test
    void workflowIdsFollowOnePatternOnEveryRoute() {
        String body = "{\"architecture\": " + new String(Examples.bytes("auth-service.json"), StandardCharsets.UTF_8)
                + "}";
        for (String id : new String[] {"a;b", "a%3Bb", "a%20b", "-lead", "x".repeat(101)}) {
            assertProblem(send("POST", at("api/v1/workflows/" + id + "/runs"), body, "Authorization",
                    Credentials.operator(), "Content-Type", JSON), 400);
        }
        JsonNode schedule = assertProblem(send("POST", at("api/v1/schedules"),
                "{\"workflow_id\": \"a;b\", \"cron\": \"0 2 * * *\"}", "Authorization", Credentials.operator(),
                "Content-Type", JSON), 422);
        assertEquals("/workflow_id", schedule.get("errors").get(0).get("pointer").asText());
    }

    @Test
    void malformedOriginsAreRefusedNotCrashedOn() {
        for (String origin : new String[] {"http://evil example", "%zz", "null", "http://", "::::"}) {
            assertProblem(send("POST", at("api/v1/runs/none/stop"), null, "Authorization", Credentials.operator(),
                    "Origin", origin), 403);
        }
    }

    @Test
    void errorsTheContainerRaisesAreProblemDocumentsToo() {
        assertProblem(send("POST", at("api/v1/runs/none/stop"), null, "Authorization", Credentials.viewer()), 403);
        assertProblem(get("api/v1/runs/none/files/../../users"), 404);
        assertProblem(get("api/v1/nothing-here"), 404);
        assertProblem(get("assets/nothing-here.js"), 404);
        assertProblem(get("api/v1/runs/none/files/%2e%2e/%2e%2e/users"), 404);
        // a raw backslash or NUL is refused by the HTTP layer before any application code runs (see docs/security.md)
        for (String path : new String[] {"api/v1/runs/none/files/a%5Cb", "api/v1/runs/none/files/a%00b"}) {
            assertEquals(400, get(path).statusCode(), path);
        }
        HttpResponse<String> options = send("OPTIONS", at("api/v1/runs"), null);
        assertFalse(options.body().contains("wadl") || options.body().contains("<application"), options.body());
    }

    @Test
    void malformedAndDeeplyNestedBodiesAreNamedPlainly() {
        JsonNode broken = assertProblem(send("POST", at("api/v1/workflows/broken/runs"), "{\"architecture\": [1, ",
                "Authorization", Credentials.operator(), "Content-Type", JSON), 400);
        assertTrue(broken.get("detail").asText().contains("line 1"), broken.toString());
        String deep = "[".repeat(5000) + "]".repeat(5000);
        JsonNode nested = assertProblem(send("POST", at("api/v1/workflows/deep/runs"), deep, "Authorization",
                Credentials.operator(), "Content-Type", JSON), 400);
        assertTrue(nested.get("detail").asText().contains("nesting"), nested.toString());
        assertProblem(send("POST", at("api/v1/schedules"), deep, "Authorization", Credentials.operator(),
                "Content-Type", JSON), 400);
        assertProblem(send("POST", at("api/v1/session"), deep, "Content-Type", JSON), 400);
    }
}
