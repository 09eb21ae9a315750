package dev.backforge.security;

import com.fasterxml.jackson.databind.JsonNode;
import dev.backforge.support.Credentials;
import dev.backforge.support.Deployments;
import dev.backforge.support.Examples;
import dev.backforge.support.Server;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
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

/**
 * Files of a run: served only when their real path lies inside the run's folder. Symbolic links planted in the
 * folder (to the users file, to a folder outside) and every spelling of a way out answer 404, and the API names
 * folders relative to the workspace.
 */
@ArquillianTest
@RunAsClient
public class FilesIT {

    @ArquillianResource
    URL url;

    @Deployment(testable = false)
    public static WebArchive deployment() {
        return Deployments.paced();
    }

    @Test
    void linksAndWaysOutAreNotFollowed() throws Exception {
        Server server = Server.at(url);
        String runId = server.launch("files-" + System.nanoTime(), Server.launchBody(
                Server.JSON.readTree(Examples.bytes("auth-service.json")), (Integer) null));
        JsonNode run = server.awaitStatus(runId, "COMPLETED", Duration.ofMinutes(2));
        String folder = run.get("output").get("run_folder").asText();
        assertFalse(folder.startsWith("/"), "relative to the workspace: " + folder);
        Path workspace = Path.of(System.getProperty("it.workspace"));
        Path runFolder = workspace.resolve(folder);
        Path outside = Files.createTempDirectory(workspace.getParent(), "outside-");
        Files.writeString(outside.resolve("secret.py"), "TOKEN = 'outside'\n");
        Files.createSymbolicLink(runFolder.resolve("users.txt"), workspace.resolve("users"));
        Files.createSymbolicLink(runFolder.resolve("src/linked"), outside);
        Files.createSymbolicLink(runFolder.resolve("src/linked.py"), outside.resolve("secret.py"));

        String base = "api/v1/runs/" + runId + "/files/";
        assertEquals(200, get(server, base + "pyproject.toml").statusCode(), "a real file is served");
        for (String path : List.of("users.txt", "src/linked/secret.py", "src/linked.py", "../../../../users",
                "%2e%2e/%2e%2e/%2e%2e/%2e%2e/users", "src/../../../../../users", "/etc/passwd", "%2Fetc%2Fpasswd",
                "src/%2e%2e/%2e%2e/%2e%2e/%2e%2e/%2e%2e/users")) {
            var answer = get(server, base + path);
            assertFalse(answer.body().contains("PBKDF2") || answer.body().contains("outside")
                    || answer.body().contains("root:"), path + " -> " + answer.body());
            assertProblem(answer, 404);
        }
        JsonNode health = Server.JSON.readTree(send("GET", server.base().resolve("/health/ready"), null).body());
        assertFalse(health.toString().contains(workspace.toAbsolutePath().toString()), health.toString());
    }

    static java.net.http.HttpResponse<String> get(Server server, String path) {
        return send("GET", server.base().resolve(path), null, "Authorization", Credentials.viewer());
    }
}
