package dev.backforge.support;

import java.io.IOException;
import java.net.HttpURLConnection;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

/**
 * A Payara Micro process of our own, for what Arquillian cannot do: kill it with SIGKILL and start it again on the
 * same workspace and database.
 */
public final class MicroServer implements AutoCloseable {

    /** The store the build runs the integration tests on: h2 or postgres. */
    public static final String STORE = System.getProperty("backforge.store", "h2");

    private final Path workspace;
    private final String store;
    private final int port;
    private final List<String> systemProperties;
    private Process process;
    private int starts;

    public MicroServer(Path workspace, String store, List<String> systemProperties) throws IOException {
        this.workspace = workspace;
        this.store = store;
        this.systemProperties = systemProperties;
        try (ServerSocket socket = new ServerSocket(0)) {
            this.port = socket.getLocalPort();
        }
        Files.createDirectories(workspace);
    }

    /** A workspace of its own for one test, under target/it-workspace. */
    public static Path newWorkspace(String name) {
        return Path.of(System.getProperty("backforge.target", "target"), "it-workspace",
                name + "-" + STORE + "-" + UUID.randomUUID().toString().substring(0, 8));
    }

    public URI base() {
        return URI.create("http://127.0.0.1:" + port + "/");
    }

    public Server client() {
        return new Server(base());
    }

    public MicroServer start() throws IOException, InterruptedException {
        Path target = Path.of(System.getProperty("backforge.target", "target"));
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx1g", "-Dbackforge.workspace=" + workspace));
        Credentials.serverProperties().forEach(p -> command.add("-D" + p));
        systemProperties.forEach(p -> command.add("-D" + p));
        // no --rootDir: every boot starts from a fresh runtime folder, all state lives in the database and the
        // workspace (a kept runtime folder would deploy the previous boot's copy of the application as well)
        command.addAll(List.of("-jar", target.resolve("payara-micro.jar").toString(), "--nohazelcast",
                "--postbootcommandfile", postBootFile(target).toString(),
                "--deploy", Deployments.pacedWar().toString(), "--contextroot", "/",
                "--port", String.valueOf(port)));
        if (store.equals("postgres")) {
            command.addAll(List.of("--addlibs", target.resolve("lib/postgresql.jar").toString()));
        }
        Path log = workspace.resolve("server-" + (++starts) + ".log");
        process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(240);
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("Payara Micro exited; see " + log);
            }
            if (ready()) {
                return this;
            }
            Thread.sleep(500);
        }
        throw new IllegalStateException("Payara Micro did not become ready in 240 s; see " + log);
    }

    /** SIGKILL: no shutdown hook, no flush, no goodbye, as when the machine loses power. */
    public void kill() throws InterruptedException {
        process.destroyForcibly();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            throw new IllegalStateException("the server survived SIGKILL");
        }
    }

    /** A graceful stop (SIGTERM), after which {@link #start()} may boot it again. */
    @Override
    public void close() throws InterruptedException {
        if (process != null && process.isAlive()) {
            process.destroy();
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        }
    }

    private boolean ready() {
        try {
            HttpURLConnection c = (HttpURLConnection) base().resolve("health/ready").toURL().openConnection();
            c.setConnectTimeout(1000);
            c.setReadTimeout(2000);
            return c.getResponseCode() == 200;
        } catch (IOException e) {
            return false;
        }
    }

    /** The store's post-boot commands: H2 gets this workspace's database, PostgreSQL the build's settings. */
    private Path postBootFile(Path target) throws IOException {
        if (store.equals("postgres")) {
            return target.resolve("server-config/post-boot-postgres.asadmin");
        }
        Path template = Path.of(System.getProperty("backforge.basedir", ".")).resolve("server-config/post-boot-h2.asadmin");
        Path file = workspace.resolve("post-boot-h2.asadmin");
        Files.writeString(file, Files.readString(template).replace("@backforge.workspace@", workspace.toString()));
        return file;
    }
}
