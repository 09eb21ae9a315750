package dev.backforge.support;

import java.io.IOException;
import java.net.HttpURLConnection;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A Payara Micro process of our own, for what Arquillian cannot do: kill it with SIGKILL and start it again on the
 * same workspace and database. On PostgreSQL each one gets a database of its own.
 */
public final class MicroServer implements AutoCloseable {

    /** The store the build runs the integration tests on: h2 or postgres. */
    public static final String STORE = System.getProperty("backforge.store", "h2");

    private final Path workspace;
    private final String store;
    private final String database;
    private final int port;
    private final List<String> systemProperties;
    private final String name;
    private final List<String> microOptions = new ArrayList<>(List.of("--nohazelcast"));
    private Process process;
    private int starts;
    private Path runtime;
    private Path archiveTo;

    public MicroServer(Path workspace, String store, List<String> systemProperties) throws IOException {
        this(workspace, store, systemProperties, null);
    }

    private MicroServer(Path workspace, String store, List<String> systemProperties, String sharedDatabase)
            throws IOException {
        this.workspace = workspace;
        this.store = store;
        this.systemProperties = systemProperties;
        // the instance's name stays with this object across restarts: a new boot replaces the one it killed
        this.name = "it-" + UUID.randomUUID().toString().substring(0, 8);
        try (ServerSocket socket = new ServerSocket(0)) {
            this.port = socket.getLocalPort();
        }
        Files.createDirectories(workspace);
        // a database of its own on PostgreSQL, unless it is a peer: runs other tests left behind are not its own
        this.database = sharedDatabase != null ? sharedDatabase
                : store.equals("postgres") ? createDatabase(workspace) : null;
    }

    /** Another server on the same store (PostgreSQL) and the same workspace, as a cluster's instances share them. */
    public MicroServer peer(List<String> systemProperties) throws IOException {
        return new MicroServer(workspace, store, systemProperties, database);
    }

    /** Boots that write the classes they loaded to a class-data-sharing archive on exit ({@link ClassArchive}). */
    MicroServer archiveClassesTo(Path archive) {
        this.archiveTo = archive;
        return this;
    }

    /** Payara Micro options in place of {@code --nohazelcast}, e.g. to join a data grid. */
    public MicroServer microOptions(List<String> options) {
        microOptions.clear();
        microOptions.addAll(options);
        return this;
    }

    /** The log of the server's latest boot. */
    public Path log() {
        return workspace.resolve("server-" + name + "-" + starts + ".log");
    }

    /** The configured instance name. */
    public String name() {
        return name;
    }

    private static String createDatabase(Path workspace) {
        String name = "bf_" + workspace.getFileName().toString().toLowerCase(java.util.Locale.ROOT)
                .replaceAll("[^a-z0-9]+", "_");
        try (Connection c = DriverManager.getConnection(postgresUrl(System.getProperty("backforge.db.name", "test")),
                System.getProperty("backforge.db.user", "postgres"), System.getProperty("backforge.db.password",
                        "postgres"));
                Statement s = c.createStatement()) {
            s.execute("drop database if exists " + name);
            s.execute("create database " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("could not create the test database " + name, e);
        }
        return name;
    }

    static String postgresUrl(String database) {
        return "jdbc:postgresql://" + System.getProperty("backforge.db.host", "127.0.0.1") + ":"
                + System.getProperty("backforge.db.port", "5432") + "/" + database;
    }

    /** The store this server uses, from outside; for H2 only once the server has stopped (it holds the file). */
    public Connection connectToStore() throws SQLException {
        if (database == null) {
            return DriverManager.getConnection("jdbc:h2:file:" + workspace.toAbsolutePath().resolve("db/backforge"),
                    "backforge", "backforge");
        }
        return DriverManager.getConnection(postgresUrl(database), System.getProperty("backforge.db.user", "postgres"),
                System.getProperty("backforge.db.password", "postgres"));
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
        List<String> command = new ArrayList<>(
                List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        // short-lived servers on few cores: C1 compiles at once, C2 would take a core for minutes
                        "-XX:TieredStopAtLevel=1", "-Xmx1g", "-Dbackforge.workspace=" + workspace,
                        "-Dbackforge.instance.name=" + name,
                        // boots are many here and timed by nobody: no warm-up unless a test asks (a later -D wins)
                        "-Dbackforge.warmup.seconds=0"));
        command.addAll(archiveTo != null ? List.of("-XX:ArchiveClassesAtExit=" + archiveTo) : ClassArchive.options());
        Credentials.writeUsersFile(workspace);
        systemProperties.forEach(p -> command.add("-D" + p));
        // every boot gets a fresh runtime folder, all state lives in the database and the workspace (a kept one
        // would deploy the previous boot's copy of the application as well); its own, not one in /tmp, since a
        // killed server never removes it and each holds 130 MB
        removeRuntime();
        runtime = workspace.resolve("runtime-" + name + "-" + (starts + 1));
        command.addAll(List.of("-jar", target.resolve("payara-micro.jar").toString(), "--rootDir",
                runtime.toString()));
        command.addAll(microOptions);
        command.addAll(List.of("--postbootcommandfile", postBootFile(target).toString(),
                "--deploy", Deployments.pacedWar().toString(), "--contextroot", "/",
                "--port", String.valueOf(port)));
        if (store.equals("postgres")) {
            command.addAll(List.of("--addlibs", target.resolve("lib/postgresql.jar").toString()));
        }
        Path log = workspace.resolve("server-" + name + "-" + (++starts) + ".log");
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
        throw new IllegalStateException("Payara Micro did not become ready in 240 s; see " + log + "; "
                + StuckBoot.describe(process, base().resolve("health/ready"), log));
    }

    /** The server process's command line, as any local user can read it. */
    public String commandLine() {
        return process.info().commandLine().orElse(String.join(" ", process.info().arguments().orElse(
                new String[0])));
    }

    public Path workspace() {
        return workspace;
    }

    /** SIGKILL: no shutdown hook, no flush, no goodbye, as when the machine loses power. */
    public void kill() throws InterruptedException {
        process.destroyForcibly();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            throw new IllegalStateException("the server survived SIGKILL");
        }
        removeRuntime();
    }

    /** A graceful stop (SIGTERM), after which {@link #start()} may boot it again. */
    @Override
    public void close() throws InterruptedException {
        if (process != null && process.isAlive()) {
            process.destroy();
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                process.waitFor(30, TimeUnit.SECONDS);
            }
        }
        removeRuntime();
    }

    /** The runtime folder of the boot before, once its process has ended. */
    private void removeRuntime() {
        if (runtime == null || (process != null && process.isAlive())) {
            return;
        }
        try (Stream<Path> all = Files.walk(runtime)) {
            for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            // a leftover folder costs disk, not correctness
        }
        runtime = null;
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
            Path template = Path.of(System.getProperty("backforge.basedir", "."))
                    .resolve("server-config/post-boot-postgres.asadmin");
            Path file = workspace.resolve("post-boot-postgres-" + name + ".asadmin");
            Files.writeString(file, Files.readString(template)
                    .replace("@backforge.db.host@", System.getProperty("backforge.db.host", "127.0.0.1"))
                    .replace("@backforge.db.port@", System.getProperty("backforge.db.port", "5432"))
                    .replace("@backforge.db.name@", database)
                    .replace("@backforge.db.user@", System.getProperty("backforge.db.user", "postgres"))
                    .replace("@backforge.db.password@", System.getProperty("backforge.db.password", "postgres")));
            return file;
        }
        Path template = Path.of(System.getProperty("backforge.basedir", "."))
                .resolve("server-config/post-boot-h2.asadmin");
        Path file = workspace.resolve("post-boot-h2-" + name + ".asadmin");
        Files.writeString(file, Files.readString(template).replace("@backforge.workspace@", workspace.toString()));
        return file;
    }
}
