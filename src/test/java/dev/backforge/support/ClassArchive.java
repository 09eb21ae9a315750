package dev.backforge.support;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;

/**
 * A class-data-sharing archive of a booted test server (the JDK's dynamic CDS): the servers the tests boot map the
 * classes Payara Micro and the application loaded instead of reading, verifying and linking them again, which took
 * a boot here from 11-13 s to under 9 s. Made once per build before the integration tests (pre-integration-test)
 * by booting a server that runs one generation and stops gracefully, as the JVM writes the archive on exit. A
 * missing or stale archive only makes boots slower: the JVM ignores an archive that does not match it.
 */
public final class ClassArchive {

    private ClassArchive() {
    }

    /** The archive's place in the build's folder. */
    static Path file() {
        return Path.of(System.getProperty("backforge.target", "target"), "payara-classes.jsa").toAbsolutePath();
    }

    /** The JVM option that maps the archive, when there is one. */
    static List<String> options() {
        Path file = file();
        return Files.isRegularFile(file) ? List.of("-XX:SharedArchiveFile=" + file) : List.of();
    }

    /** args: the build's folder (target) and the project's folder. */
    public static void main(String[] args) throws Exception {
        System.setProperty("backforge.target", args[0]);
        System.setProperty("backforge.basedir", args[1]);
        System.setProperty("backforge.war", Path.of(args[0], "backforge.war").toString());
        Path file = file();
        Path runtime = Path.of(args[0], "payara-micro.jar");
        if (Files.isRegularFile(file) && newer(file, runtime) && newer(file, Path.of(args[0], "backforge.war"))) {
            System.out.println("class archive up to date: " + file);
            return;
        }
        Files.deleteIfExists(file);
        Path part = file.resolveSibling(file.getFileName() + ".part");
        Files.deleteIfExists(part);
        long started = System.nanoTime();
        try (MicroServer server = new MicroServer(MicroServer.newWorkspace("class-archive"), "h2", List.of())) {
            server.archiveClassesTo(part).start();
            Server api = server.client();
            api.awaitStatus(api.launch("class-archive", Server.launchBody(Server.JSON.readTree(Examples.bytes(
                    "auth-service.json")), (Integer) null)), "COMPLETED", Duration.ofMinutes(2));
        } catch (RuntimeException e) {
            // slower boots, not wrong ones
            System.out.println("no class archive: " + e);
            return;
        }
        if (Files.isRegularFile(part) && Files.size(part) > 0) {
            Files.move(part, file, StandardCopyOption.ATOMIC_MOVE);
            System.out.printf("class archive %s (%d MB) in %.1f s%n", file, Files.size(file) >> 20,
                    (System.nanoTime() - started) / 1e9);
        } else {
            System.out.println("no class archive: the server wrote none");
        }
    }

    private static boolean newer(Path file, Path than) throws IOException {
        return Files.getLastModifiedTime(file).compareTo(Files.getLastModifiedTime(than)) > 0;
    }
}
