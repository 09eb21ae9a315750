package dev.backforge.support;

import java.io.IOException;
import java.io.InputStream;
import java.net.HttpURLConnection;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * What a boot that never became ready was doing, said in the failure itself: CI keeps only the build's output, not
 * the server's log. The readiness answer, and the threads of ours or of the boot with their top frames; the whole
 * thread dump goes beside the log.
 */
final class StuckBoot {

    private static final int FRAMES = 6;

    private StuckBoot() {
    }

    static String describe(Process process, URI ready, Path log) {
        StringBuilder s = new StringBuilder("readiness: ").append(readiness(ready));
        try {
            s.append("; errors in the log: ").append(errors(Files.readAllLines(log)));
        } catch (IOException e) {
            s.append("; log unreadable: ").append(e.getMessage());
        }
        try {
            Processes.Result dump = Processes.run(List.of(Path.of(System.getProperty("java.home"), "bin", "jcmd")
                    .toString(), String.valueOf(process.pid()), "Thread.print"), null, 30);
            Path file = log.resolveSibling(log.getFileName() + ".threads");
            Files.writeString(file, dump.output());
            s.append("; threads (all in ").append(file).append("): ").append(notable(dump.output()));
        } catch (IOException | RuntimeException e) {
            s.append("; no thread dump: ").append(e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return s.toString().replace('\n', ' ');
    }

    private static String readiness(URI ready) {
        try {
            HttpURLConnection c = (HttpURLConnection) ready.toURL().openConnection();
            c.setConnectTimeout(2000);
            c.setReadTimeout(10_000);
            int status = c.getResponseCode();
            try (InputStream in = status < 400 ? c.getInputStream() : c.getErrorStream()) {
                return status + " " + (in == null ? "" : new String(in.readAllBytes(), StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            return "no answer (" + e + ")";
        }
    }

    /** The causes the log names (a failed deployment leaves the server up, unready, with nothing deployed). */
    static String errors(List<String> log) {
        List<String> causes = new ArrayList<>();
        for (String line : log) {
            String l = line.strip();
            if ((l.startsWith("Caused by:") || l.contains("Exception while") || l.contains("SEVERE"))
                    && !causes.contains(l) && causes.size() < 12) {
                causes.add(l.length() > 300 ? l.substring(0, 300) : l);
            }
        }
        return causes.isEmpty() ? "none" : String.join(" | ", causes);
    }

    /** The main thread and every thread with a frame of ours, each with its state and top frames. */
    static String notable(String dump) {
        List<String> picked = new ArrayList<>();
        for (String thread : dump.split("\n\n")) {
            String[] lines = thread.strip().split("\n");
            if (lines.length < 2 || !lines[0].startsWith("\"")) {
                continue;
            }
            if (lines[0].startsWith("\"main\"") || thread.contains("dev.backforge.")) {
                StringBuilder t = new StringBuilder(lines[0].substring(0, lines[0].indexOf('"', 1) + 1));
                for (int i = 1; i < lines.length && i <= FRAMES + 1; i++) {
                    t.append(" | ").append(lines[i].strip());
                }
                picked.add(t.toString());
            }
        }
        return String.join(" || ", picked);
    }
}
