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
 * Hands the Arquillian server over from one integration test class to the next. Payara's Arquillian container stops
 * a class's server with a signal and does not wait for it, so the next class's server could boot beside one still
 * shutting down, on the same store and workspace; and every server writes the same log file, so a failing class's
 * log was gone by the time anyone looked. After each class this waits for the servers this JVM started to exit and
 * moves the log to {@code target/server-logs/<store>/<class>.log}. Registered for the JUnit launcher in
 * {@code META-INF/services}; it does nothing outside the failsafe passes.
 */
public final class ServerHandover implements TestExecutionListener {

    private static final long EXIT_SECONDS = 60;

    @Override
    public void executionFinished(TestIdentifier id, TestExecutionResult result) {
        String store = System.getProperty("arquillian.launch");
        if (store == null || !(id.getSource().orElse(null) instanceof ClassSource source)) {
            return;
        }
        List<ProcessHandle> servers = ProcessHandle.current().children()
                .filter(p -> p.info().commandLine().orElse("").contains("payara-micro")).toList();
        for (ProcessHandle server : servers) {
            awaitExit(server);
        }
        keepLog(store, source.getClassName());
    }

    private static void awaitExit(ProcessHandle server) {
        try {
            server.onExit().get(EXIT_SECONDS, TimeUnit.SECONDS);
        } catch (TimeoutException e) {
            System.err.println("server " + server.pid() + " still up " + EXIT_SECONDS + " s after its class: killed");
            server.destroyForcibly();
            server.onExit().join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (java.util.concurrent.ExecutionException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void keepLog(String store, String testClass) {
        Path target = Path.of(System.getProperty("backforge.target", "target"));
        String prefix = "server-" + store + ".log";
        try (Stream<Path> files = Files.list(target)) {
            List<Path> logs = files.filter(f -> f.getFileName().toString().startsWith(prefix)).sorted().toList();
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
