package dev.backforge.operations;

import com.fasterxml.jackson.databind.JsonNode;
import dev.backforge.support.Examples;
import dev.backforge.support.MicroServer;
import dev.backforge.support.Processes;
import dev.backforge.support.PythonEnv;
import dev.backforge.support.Server;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

import static dev.backforge.support.Http.send;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What a server answers on /openapi and /metrics, as shipped (deployed at the root, the post-boot commands of the
 * store): the OpenAPI document validated by swagger-parser, the metrics parsed by prometheus_client's parser with
 * Prometheus's own rules (one HELP and TYPE per family, each series once), after a run has counted something; the
 * boot's warm-up leaves nothing behind in the store or the counters.
 */
class ObservabilityIT {

    @Test
    void openApiAndMetricsAreValidForTheirParsers() throws Exception {
        try (MicroServer server = new MicroServer(MicroServer.newWorkspace("observability"), MicroServer.STORE,
                List.of("backforge.warmup.seconds=2"))) {
            server.start();
            // ready only after the boot's warm-up ran the pipeline in memory
            HttpResponse<String> ready = send("GET", server.base().resolve("health/ready"), null);
            assertEquals(200, ready.statusCode(), ready.body());
            assertTrue(ready.body().contains("\"warm-up\""), ready.body());
            assertTrue(Files.readString(server.log()).matches(
                    "(?s).*warm-up: [1-9][0-9]* generations of [^\\n]*, each rehearsed in the store,.*"),
                    "the warm-up ran, through the store too, before the server was ready");
            // its rehearsals were rolled back: no run, no workflow, nothing counted
            Server api = server.client();
            JsonNode runs = Server.json(api.api().list(null, null, null, null));
            assertEquals(0, runs.get("total").asInt(), runs.toString());
            api.awaitStatus(api.launch("observed", Server.launchBody(Server.JSON.readTree(
                    Examples.bytes("auth-service.json")), (Integer) null)), "COMPLETED", Duration.ofMinutes(2));

            HttpResponse<String> openapi = send("GET", server.base().resolve("openapi"), null);
            assertEquals(200, openapi.statusCode());
            ParseOptions options = new ParseOptions();
            options.setValidateInternalRefs(true);
            SwaggerParseResult parsed = new OpenAPIV3Parser().readContents(openapi.body(), null, options);
            assertEquals(List.of(), parsed.getMessages(), openapi.body());
            assertEquals("3.1.0", parsed.getOpenAPI().getOpenapi());
            assertTrue(parsed.getOpenAPI().getPaths().containsKey("/api/v1/runs/{runId}/files/{path}"));

            HttpResponse<String> metrics = send("GET", server.base().resolve("metrics"), null);
            assertEquals(200, metrics.statusCode());
            assertTrue(metrics.headers().firstValue("Content-Type").orElse("").startsWith("text/plain"));
            assertTrue(
                    metrics.body().matches("(?s).*\\nbackforge_components_generated_total\\{mp_scope=\"application\"} "
                            + "8(\\.0)?\\n.*"),
                    metrics.body());
            assertTrue(metrics.body().contains("memory_usedHeap_bytes{mp_scope=\"base\"}"), metrics.body());
            Path text = Files.writeString(server.workspace().resolve("metrics.txt"), metrics.body());
            Path check = Path.of(System.getProperty("backforge.basedir", "."),
                    "src/test/resources/prometheus/check.py");
            PythonEnv python = PythonEnv.of(List.of("prometheus_client"));
            Processes.Result result = python.run(List.of(check.toString(), text.toString()), server.workspace(), 120);
            assertEquals(0, result.exit(), result.output());
            assertTrue(Integer.parseInt(result.output().strip()) > 20, result.output());
            assertTrue(new String(Files.readAllBytes(text), StandardCharsets.UTF_8).contains("# TYPE"));

            // the store's schema came from the migrations: the deploy logged no error on the way
            String log = Files.readString(server.log());
            assertTrue(log.contains("store migrated to version"), "migrations ran");
            assertTrue(log.lines().noneMatch(l -> l.contains("SEVERE") || l.contains("EclipseLink") && l
                    .contains("Exception")), "errors in the log");
        }
    }
}
