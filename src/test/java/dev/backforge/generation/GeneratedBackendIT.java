package dev.backforge.generation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.backforge.cli.SynthArtifact;
import dev.backforge.generation.control.GenerationContext;
import dev.backforge.output.entity.ComponentOutcome;
import dev.backforge.pipeline.control.Pipeline;
import dev.backforge.support.Examples;
import dev.backforge.support.MicroServer;
import dev.backforge.support.OpenApiProbe;
import dev.backforge.support.Processes;
import dev.backforge.support.PythonEnv;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * A generated backend tried as a new user would, by what it does: a virtual environment made from its
 * pyproject.toml, {@code alembic upgrade head} on SQLite and on PostgreSQL, the application booted under uvicorn on
 * PostgreSQL, every endpoint called over HTTP with a valid request (a token minted as its README says), then its own
 * pytest suite. Every implemented endpoint answers as declared, every stub 501, invalid input 422, a protected route
 * without a token 401, and the generated tests pass.
 */
class GeneratedBackendIT {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    static Map<String, byte[]> artifacts() {
        Map<String, byte[]> out = new LinkedHashMap<>();
        out.put("store-inventory", Examples.bytes("store-inventory.json"));
        out.put("auth-service", Examples.bytes("auth-service.json"));
        for (String name : List.of("library-lending", "document-archive", "event-tickets", "helpdesk", "ledger", "farm",
                "clinic", "shipping")) {
            out.put(name, Examples.resource("/artifacts/" + name + ".json"));
        }
        out.put("synth-40", SynthArtifact.of(40, true, 11).toString().getBytes(StandardCharsets.UTF_8));
        return out;
    }

    /**
     * One test per artifact, two under way at a time: each is mostly a chain of single-threaded Python processes
     * (pip, alembic, uvicorn, pytest), so two share this machine's two cores with little wait.
     */
    @TestFactory
    Stream<DynamicTest> runAsShipped() {
        assumeTrue(MicroServer.STORE.equals("h2"), "the generated backend does not depend on Backforge's store");
        ExecutorService pool = Executors.newFixedThreadPool(2);
        Map<String, Future<?>> work = new LinkedHashMap<>();
        artifacts().forEach((name, artifact) -> work.put(name, pool.submit(() -> {
            runAsShipped(name, artifact);
            return null;
        })));
        pool.shutdown();
        return work.entrySet().stream().map(e -> DynamicTest.dynamicTest(e.getKey(), () -> outcome(e.getValue())));
    }

    private static void outcome(Future<?> work) throws Throwable {
        try {
            work.get(15, TimeUnit.MINUTES);
        } catch (ExecutionException e) {
            throw e.getCause();
        }
    }

    private void runAsShipped(String name, byte[] artifact) throws Exception {
        Path project = dir.resolve(name);
        Pipeline pipeline = Pipeline.standard();
        Pipeline.Result result = pipeline.run(artifact, name, 2, new LinkedHashMap<>(), new Pipeline.Listener() {
            @Override
            public void planned(GenerationContext context) {
            }

            @Override
            public void generated(int position, ComponentOutcome outcome) {
            }
        });
        pipeline.publish().write(project, result.files());
        PythonEnv env = PythonEnv.of(ShippedProject.requirements(project.resolve("pyproject.toml")));
        List<String> build = new ArrayList<>(List.of("-m", "pip", "wheel", "-q", "--no-deps", "-w",
                dir.resolve("wheels-" + name).toString()));
        build.addAll(PythonEnv.indexOptions());
        build.add(project.toString());
        Processes.Result wheel = env.run(build, project, 300);
        assertEquals(0, wheel.exit(), "the project builds as a package:\n" + wheel.output());

        // as its README says: .env.example copied to .env, secrets then given (here in the environment)
        if (Files.exists(project.resolve(".env.example"))) {
            Files.copy(project.resolve(".env.example"), project.resolve(".env"));
        }
        Map<String, String> settings = ShippedProject.settings(project);
        boolean migrations = Files.exists(project.resolve("alembic.ini"));
        String sqlite = "sqlite+aiosqlite:///" + dir.resolve(name + ".db");
        String database = "bf_backend_" + name.replace('-', '_');
        String postgres = ShippedProject.createDatabase(database);
        if (migrations) {
            for (String url : List.of(sqlite, postgres)) {
                Processes.Result up = env.run(List.of("-m", "alembic", "upgrade", "head"), project,
                        ShippedProject.withUrl(settings, url), 300);
                assertEquals(0, up.exit(), "alembic upgrade head on " + url.split(":")[0] + ":\n" + up.output());
            }
        }

        Map<String, String> appEnv = ShippedProject.withUrl(settings, postgres);
        Map<String, String> headers = new LinkedHashMap<>();
        ShippedProject.tokenCommand(project).ifPresent(command -> {
            try {
                Processes.Result token = env.run(command, project, appEnv, 120);
                assertEquals(0, token.exit(), token.output());
                headers.put("Authorization", "Bearer " + token.output().strip());
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        headers.putIfAbsent("Authorization", "Bearer not-a-valid-token");
        JsonNode manifest = JSON.readTree(project.resolve("manifest.json").toFile());
        JsonNode spec = JSON.readTree(artifact);
        String app = ShippedProject.appModule(project);
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        List<String> uvicorn = new ArrayList<>(List.of(env.python().toString(), "-m", "uvicorn", app + ":app",
                "--host", "127.0.0.1", "--port", String.valueOf(port)));
        ProcessBuilder pb = new ProcessBuilder(uvicorn).directory(project.toFile()).redirectErrorStream(true)
                .redirectOutput(dir.resolve(name + "-uvicorn.log").toFile());
        pb.environment().putAll(appEnv);
        Process server = pb.start();
        EndpointTally tally = new EndpointTally();
        try {
            ShippedProject.awaitUp(port, server, dir.resolve(name + "-uvicorn.log"));
            OpenApiProbe probe = new OpenApiProbe(URI.create("http://127.0.0.1:" + port), headers);
            BackendExpectations expect = new BackendExpectations(spec, manifest);
            for (OpenApiProbe.Operation op : probe.operations()) {
                OpenApiProbe.Answer a = probe.call(op);
                // a row its create operation could not make is not there: a correct backend says 404
                int wanted = expect.stub(op) ? 501 : a.unmade() ? 404 : op.declaredStatus();
                tally.count(op, wanted, a);
                if (wanted != 501 && !a.unmade() && a.status() == wanted) {
                    Optional<OpenApiProbe.Answer> missing = probe.withMissingRow(op);
                    if (missing.isPresent()) {
                        tally.expectNotFound(op, expect.notFoundCodes(op), missing.get());
                    }
                }
                if (op.method().equals("POST") && a.status() == 201) {
                    // the same create twice: a second row, or a conflict with the first (a unique value), never a 500
                    OpenApiProbe.Answer again = probe.again();
                    tally.expect(op, "the same body again", again.status() == 409 ? 409 : 201, again);
                }
                // a route whose caller cannot be checked (the token validator is a stub) answers 501 before reading
                int invalid = expect.validatorStub(op) ? 501 : 422;
                if (op.hasBody() && probe.bodyRequiresFields(op)) {
                    tally.expect(op, "an empty body", invalid, probe.withEmptyBody(op));
                }
                probe.withBadParameter(op).ifPresent(bad -> tally.expect(op, "a value of the wrong type", invalid,
                        bad));
                if (expect.protectedRoute(op)) {
                    tally.expect(op, "no token", 401, probe.anonymous(op));
                }
            }
        } finally {
            server.destroy();
            server.waitFor(20, TimeUnit.SECONDS);
            server.destroyForcibly();
        }
        System.out.println("[generated backend] " + name + ": " + tally.summary());
        assertTrue(tally.failures.isEmpty(), name + ": " + tally.failures + "\n" + Files.readString(
                dir.resolve(name + "-uvicorn.log")));

        Processes.Result pytest = env.run(List.of("-m", "pytest", "-q", "-p", "no:cacheprovider"), project,
                Map.of(), 600);
        System.out.println("[generated tests] " + name + ": " + pytest.output().lines()
                .filter(l -> l.matches(".*(passed|failed|error).*")).reduce((x, y) -> y).orElse(""));
        assertEquals(0, pytest.exit(), name + ": the generated tests pass:\n" + pytest.output());
    }

}
