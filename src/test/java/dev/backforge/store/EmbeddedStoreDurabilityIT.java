package dev.backforge.store;

import dev.backforge.support.CommitLoop;
import dev.backforge.support.MicroServer;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The embedded store keeps every commit its JVM saw return, through SIGKILL: the H2 database opened with the very
 * URL the server's post-boot file gives its pool, written by a child JVM that is killed at random moments.
 */
class EmbeddedStoreDurabilityIT {

    @TempDir
    Path dir;

    @Test
    void everyReportedCommitSurvivesSigkill() throws Exception {
        assumeTrue(MicroServer.STORE.equals("h2"), "the embedded store's own test runs in the H2 pass");
        String url = shippedUrl().replace("@backforge.workspace@", dir.toString());
        Random random = new Random(20261201);
        for (int round = 0; round < 5; round++) {
            int reported = commitThenKill(url, 300 + random.nextInt(1500), dir.resolve("child-" + round + ".log"));
            try (Connection c = DriverManager.getConnection(url, "backforge", "backforge");
                    ResultSet r = c.createStatement().executeQuery("select count(*), max(n) from commits")) {
                r.next();
                assertTrue(r.getInt(1) >= reported, "round " + round + ": " + reported
                        + " commits were reported, " + r.getInt(1) + " found after SIGKILL");
                assertEquals(r.getInt(1), r.getInt(2), "round " + round + ": no gap");
            }
        }
    }

    /** Runs {@link CommitLoop} until it has reported at least one commit and {@code millis} have passed, then kills it. */
    private static int commitThenKill(String url, long millis, Path log) throws Exception {
        Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), CommitLoop.class.getName(), url, "backforge",
                "backforge").redirectError(log.toFile()).start();
        int[] last = {0};
        Thread reader = new Thread(() -> {
            try (BufferedReader in = new BufferedReader(new InputStreamReader(child.getInputStream(),
                    StandardCharsets.UTF_8))) {
                for (String line = in.readLine(); line != null; line = in.readLine()) {
                    synchronized (last) {
                        last[0] = Integer.parseInt(line.trim());
                    }
                }
            } catch (Exception e) {
                // the child died; what it reported is what counts
            }
        });
        reader.start();
        long deadline = System.nanoTime() + 60_000_000_000L;
        while (true) {
            synchronized (last) {
                if (last[0] > 0 || !child.isAlive() || System.nanoTime() > deadline) {
                    break;
                }
            }
            Thread.sleep(20);
        }
        Thread.sleep(millis);
        child.destroyForcibly().waitFor();
        reader.join(10_000);
        synchronized (last) {
            assertTrue(last[0] > 0, "the child committed nothing: " + Files.readString(log));
            return last[0];
        }
    }

    /** The pool URL of server-config/post-boot-h2.asadmin, unescaped as asadmin reads it. */
    private static String shippedUrl() throws Exception {
        Path file = Path.of(System.getProperty("backforge.basedir", ".")).resolve("server-config/post-boot-h2.asadmin");
        Matcher m = Pattern.compile("URL=((?:\\\\.|[^: \\\\])+)").matcher(Files.readString(file));
        assertTrue(m.find(), "the post-boot file names the pool's URL");
        return m.group(1).replaceAll("\\\\(.)", "$1");
    }
}
