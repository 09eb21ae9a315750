package dev.backforge.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Stream;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.support.descriptor.ClassSource;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;

/**
 * Hands the Arquillian server over from one integration test class to the next. Every server writes the same log
 * file, so a failing class's log was gone by the time anyone looked: after each class the log is moved to
 * {@code target/server-logs/<store>/<class>.log} (a rename, so a server still shutting down goes on writing into the
 * moved file). Payara's Arquillian container stops a server with a signal and does not wait for it; a server that
 * has not exited a minute after its class (its shutdown normally takes about 2 s, while the next server boots for
 * 20) is killed, so no two classes' servers share the store and workspace for long. Registered for the JUnit
 * launcher in {@code META-INF/services}; it does nothing outside the failsafe passes.
 */
public final class ServerHandover implements TestExecutionListener {

    private static final long EXIT_SECONDS = 60;

    @Override
    public void executionFinished(TestIdentifier id, TestExecutionResult result) {
        String store = System.getProperty("arquillian.launch");
        if (store == null || !(id.getSource().orElse(null) instanceof ClassSource source)) {
            return;
        }
        keepLog(store, source.getClassName());
        ProcessHandle.current().children().filter(p -> p.info().commandLine().orElse("").contains("payara-micro"))
                .forEach(server -> server.onExit().orTimeout(EXIT_SECONDS, TimeUnit.SECONDS).exceptionally(e -> {
                    if (e instanceof TimeoutException && server.isAlive()) {
                        System.err.println("server " + server.pid() + " still up " + EXIT_SECONDS
                                + " s after its class: killed");
                        server.destroyForcibly();
                    }
                    return server;
                }));
    }

    private static void keepLog(String store, String testClass) {
        Path target = Path.of(System.getProperty("backforge.target", "target"));
        String prefix = "server-" + store + ".log";
        try (Stream<Path> files = Files.list(target)) {
            // the lock file of a server still shutting down stays where it deletes it
            List<Path> logs = files.map(Path::getFileName).map(Path::toString)
                    .filter(n -> n.startsWith(prefix) && !n.endsWith(".lck")).sorted().map(target::resolve).toList();
            if (logs.isEmpty()) {
                return;
            }
            Path folder = Files.createDirectories(target.resolve("server-logs").resolve(store));
            String name = testClass.substring(testClass.lastIndexOf('.') + 1);
            for (Path log : logs) {
                String suffix = log.getFileName().toString().substring(prefix.length());
                Files.move(log, folder.resolve(name + ".log" + suffix), StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
