package dev.backforge.security;

import com.fasterxml.jackson.databind.JsonNode;
import dev.backforge.support.Credentials;
import dev.backforge.support.MicroServer;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import static dev.backforge.support.Http.assertProblem;
import static dev.backforge.support.Http.send;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Authentication on a server of its own with the shipped throttle settings (the shared test servers lift the
 * per-address limit, since every test talks from 127.0.0.1): what a wrong password costs, when guessing is slowed,
 * that Basic is stateless and only the sign-in endpoint opens a session, and where the hashes live.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class AuthenticationIT {

    static MicroServer server;

    @BeforeAll
    static void boot() throws Exception {
        // the shipped limits, with a first delay long enough that a slow machine cannot outwait it between two calls
        server = new MicroServer(MicroServer.newWorkspace("authentication"), MicroServer.STORE,
                List.of("backforge.security.throttle.first-delay-seconds=60"));
        server.start();
    }

    @AfterAll
    static void stop() throws Exception {
        server.close();
    }

    static URI at(String path) {
        return server.base().resolve(path);
    }

    static HttpResponse<String> runs(String authorization) {
        return send("GET", at("api/v1/runs"), null, "Authorization", authorization);
    }

    static HttpResponse<String> signIn(String user, String password, String cookie) {
        String body = "{\"username\": \"" + user + "\", \"password\": \"" + password + "\"}";
        return cookie == null ? send("POST", at("api/v1/session"), body, "Content-Type", "application/json")
                : send("POST", at("api/v1/session"), body, "Content-Type", "application/json", "Cookie", cookie);
    }

    static String cookie(HttpResponse<String> r) {
        return r.headers().firstValue("Set-Cookie").orElseThrow().split(";")[0];
    }

    static double passwordChecks() {
        String metrics = send("GET", at("metrics?scope=application"), null).body();
        return metrics.lines().filter(l -> l.startsWith("backforge_password_checks_total"))
                .mapToDouble(l -> Double.parseDouble(l.substring(l.lastIndexOf(' ') + 1))).findFirst().orElse(0);
    }

    @Test
    @Order(1)
    void hashesComeFromAPrivateFileNotTheCommandLine() throws Exception {
        assertFalse(server.commandLine().contains("PBKDF2"), server.commandLine());
        Path users = server.workspace().resolve("users");
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(users)));
        Files.setPosixFilePermissions(users, PosixFilePermissions.fromString("rw-r--r--"));
        try {
            assertProblem(runs(Credentials.operator()), 401);
            HttpResponse<String> health = send("GET", at("health/ready"), null);
            assertEquals(503, health.statusCode(), health.body());
            assertTrue(health.body().contains("chmod 600"), health.body());
        } finally {
            Files.setPosixFilePermissions(users, PosixFilePermissions.fromString("rw-------"));
        }
        assertEquals(200, runs(Credentials.operator()).statusCode());
    }

    @Test
    @Order(2)
    void anUnknownNameCostsTheSameHashCheckAsAKnownOne() {
        double before = passwordChecks();
        assertProblem(runs(Credentials.basic("nobody-at-all", "guess")), 401);
        assertEquals(before + 1, passwordChecks(), "an unknown user's password is hashed like a known one's");
        assertProblem(runs(Credentials.basic(Credentials.VIEWER, "guess")), 401);
        assertEquals(before + 2, passwordChecks());
        assertEquals(200, runs(Credentials.viewer()).statusCode(), "and the viewer's count starts again");
    }

    @Test
    @Order(3)
    void basicIsStatelessAndOnlyTheSignInOpensASession() {
        HttpResponse<String> basic = runs(Credentials.operator());
        assertEquals(200, basic.statusCode());
        assertTrue(basic.headers().allValues("Set-Cookie").isEmpty(), "no session for Basic: " + basic.headers());

        HttpResponse<String> wrong = signIn(Credentials.VIEWER, "nope", null);
        assertProblem(wrong, 401);
        assertTrue(wrong.headers().firstValue("WWW-Authenticate").isEmpty(), "no browser prompt: " + wrong.headers());

        HttpResponse<String> viewer = signIn(Credentials.VIEWER, Credentials.VIEWER_PASSWORD, null);
        assertEquals(200, viewer.statusCode(), viewer.body());
        String viewerCookie = cookie(viewer);
        HttpResponse<String> operator = signIn(Credentials.OPERATOR, Credentials.OPERATOR_PASSWORD, viewerCookie);
        assertEquals(200, operator.statusCode(), operator.body());
        assertTrue(operator.body().contains("\"operator\""), operator.body());
        String operatorCookie = cookie(operator);
        assertNotEquals(viewerCookie, operatorCookie, "a new session replaces the old one");
        assertProblem(send("GET", at("api/v1/session"), null, "Cookie", viewerCookie), 401);

        // a wrong password while signed in signs out; it never answers as the one signed in
        assertProblem(signIn(Credentials.OPERATOR, "wrong", operatorCookie), 401);
        assertProblem(send("GET", at("api/v1/session"), null, "Cookie", operatorCookie), 401);
    }

    @Test
    @Order(4)
    void guessingOneUsersPasswordIsSlowedDownEvenForTheRightOne() {
        String guessed = Credentials.VIEWER;
        for (int i = 0; i < 5; i++) {
            assertProblem(runs(Credentials.basic(guessed, "guess-" + i)), 401);
        }
        HttpResponse<String> slowed = runs(Credentials.viewer());
        JsonNode problem = assertProblem(slowed, 429);
        assertTrue(Integer.parseInt(slowed.headers().firstValue("Retry-After").orElseThrow()) >= 1, problem
                .toString());
        assertProblem(signIn(guessed, Credentials.VIEWER_PASSWORD, null), 429);
        assertEquals(200, runs(Credentials.operator()).statusCode(), "another user is not held up");
    }

    @Test
    @Order(5)
    void oneAddressTryingManyNamesIsSlowedDown() {
        for (int i = 0; i < 20; i++) {
            assertProblem(runs(Credentials.basic("someone-" + i, "guess")), 401);
        }
        assertProblem(runs(Credentials.basic("someone-new", "guess")), 429);
    }
}
