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
import java.net.HttpURLConnection;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

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

    static Stream<Arguments> artifacts() {
        return Stream.of(
                Arguments.of("store-inventory", Examples.bytes("store-inventory.json")),
                Arguments.of("auth-service", Examples.bytes("auth-service.json")),
                Arguments.of("library-lending", Examples.resource("/artifacts/library-lending.json")),
                Arguments.of("document-archive", Examples.resource("/artifacts/document-archive.json")),
                Arguments.of("event-tickets", Examples.resource("/artifacts/event-tickets.json")),
                Arguments.of("helpdesk", Examples.resource("/artifacts/helpdesk.json")),
                Arguments.of("ledger", Examples.resource("/artifacts/ledger.json")),
                Arguments.of("farm", Examples.resource("/artifacts/farm.json")),
                Arguments.of("clinic", Examples.resource("/artifacts/clinic.json")),
                Arguments.of("shipping", Examples.resource("/artifacts/shipping.json")),
                Arguments.of("synth-40", SynthArtifact.of(40, true, 11).toString().getBytes(StandardCharsets.UTF_8)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("artifacts")
    void runsAsShipped(String name, byte[] artifact) throws Exception {
        assumeTrue(MicroServer.STORE.equals("h2"), "the generated backend does not depend on Backforge's store");
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
        PythonEnv env = PythonEnv.of(requirements(project.resolve("pyproject.toml")));
        List<String> build = new ArrayList<>(List.of("-m", "pip", "wheel", "-q", "--no-deps", "-w",
                dir.resolve("wheels").toString()));
        build.addAll(PythonEnv.indexOptions());
        build.add(project.toString());
        Processes.Result wheel = env.run(build, project, 300);
        assertEquals(0, wheel.exit(), "the project builds as a package:\n" + wheel.output());

        // as its README says: .env.example copied to .env, secrets then given (here in the environment)
        if (Files.exists(project.resolve(".env.example"))) {
            Files.copy(project.resolve(".env.example"), project.resolve(".env"));
        }
        Map<String, String> settings = settings(project);
        boolean migrations = Files.exists(project.resolve("alembic.ini"));
        String sqlite = "sqlite+aiosqlite:///" + dir.resolve(name + ".db");
        String database = "bf_backend_" + name.replace('-', '_');
        String postgres = createDatabase(database);
        if (migrations) {
            for (String url : List.of(sqlite, postgres)) {
                Processes.Result up = env.run(List.of("-m", "alembic", "upgrade", "head"), project,
                        withUrl(settings, url), 300);
                assertEquals(0, up.exit(), "alembic upgrade head on " + url.split(":")[0] + ":\n" + up.output());
            }
        }

        Map<String, String> appEnv = withUrl(settings, postgres);
        Map<String, String> headers = new LinkedHashMap<>();
        tokenCommand(project).ifPresent(command -> {
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
        String app = appModule(project);
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
            awaitUp(port, server, dir.resolve(name + "-uvicorn.log"));
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

    private static List<String> requirements(Path pyproject) throws Exception {
        String text = Files.readString(pyproject);
        List<String> out = new ArrayList<>();
        for (String block : List.of("dependencies = [", "test = [")) {
            int start = text.indexOf(block);
            int end = text.indexOf("\n]", start + block.length());
            Matcher m = Pattern.compile("\"([^\"]+)\"").matcher(text.substring(start, end));
            while (m.find()) {
                out.add(m.group(1));
            }
        }
        return out;
    }

    /**
     * The settings .env.example marks as required, given values, and the database URL; the optional ones keep their
     * defaults.
     */
    private static Map<String, String> settings(Path project) throws Exception {
        Map<String, String> out = new LinkedHashMap<>();
        String comment = "";
        for (String line : Files.readAllLines(project.resolve(".env.example"))) {
            if (line.startsWith("#")) {
                comment = line;
                continue;
            }
            int eq = line.indexOf('=');
            if (eq > 0 && line.substring(eq + 1).isEmpty() && comment.contains("required")) {
                out.put(line.substring(0, eq), "it-secret-0123456789abcdef0123456789abcdef");
            } else if (eq > 0 && line.substring(0, eq).matches(".*(DATABASE_URL|DB_URL|DSN)")) {
                // a database URL with a default is still the one each run names
                out.put(line.substring(0, eq), line.substring(eq + 1));
            }
        }
        return out;
    }

    private static Map<String, String> withUrl(Map<String, String> settings, String url) {
        Map<String, String> out = new LinkedHashMap<>(settings);
        out.replaceAll((k, v) -> k.endsWith("DATABASE_URL") || k.endsWith("DB_URL") || k.endsWith("DSN") ? url : v);
        return out;
    }

    /** The README's command for a development token, when it has one. */
    private static java.util.Optional<List<String>> tokenCommand(Path project) throws Exception {
        Matcher m = Pattern.compile("TOKEN=\\$\\(python (-m [^)]+)\\)").matcher(Files.readString(
                project.resolve("README.md")));
        if (!m.find()) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(List.of(m.group(1).split("\\s+")));
    }

    private static String appModule(Path project) throws Exception {
        Matcher m = Pattern.compile("uvicorn ([\\w.]+):app").matcher(Files.readString(project.resolve("README.md")));
        assertTrue(m.find(), "the README says how to run the application");
        return m.group(1);
    }

    private static String createDatabase(String name) throws Exception {
        String host = System.getProperty("backforge.db.host", "127.0.0.1");
        String port = System.getProperty("backforge.db.port", "5432");
        String user = System.getProperty("backforge.db.user", "postgres");
        String password = System.getProperty("backforge.db.password", "postgres");
        try (Connection c = DriverManager.getConnection("jdbc:postgresql://" + host + ":" + port + "/"
                + System.getProperty("backforge.db.name", "test"), user, password);
                Statement s = c.createStatement()) {
            s.execute("drop database if exists " + name + " with (force)");
            s.execute("create database " + name);
        }
        return "postgresql+asyncpg://" + user + ":" + password + "@" + host + ":" + port + "/" + name;
    }

    private static void awaitUp(int port, Process server, Path log) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (System.nanoTime() < deadline) {
            if (!server.isAlive()) {
                throw new AssertionError("the application exited:\n" + Files.readString(log));
            }
            try {
                HttpURLConnection c = (HttpURLConnection) URI.create("http://127.0.0.1:" + port + "/openapi.json")
                        .toURL().openConnection();
                c.setConnectTimeout(500);
                if (c.getResponseCode() == 200) {
                    return;
                }
            } catch (java.io.IOException e) {
                // not up yet
            }
            Thread.sleep(200);
        }
        throw new AssertionError("the application did not answer in 60 s:\n" + Files.readString(log));
    }
}
