package dev.backforge.operations.control;

import java.util.HashSet;
import java.util.Set;

/**
 * Makes a scrape valid Prometheus text again: Payara Micro 6.2025.10 writes the base and vendor series a second
 * time for each deployed application, after the application's metrics and without their HELP and TYPE lines, which
 * Prometheus refuses (a series twice, or a sample away from its family). The first occurrence of each family's
 * HELP and TYPE and of each series is kept, in order; later repeats are dropped. Fixed upstream in 2026 (Payara
 * pull request 8111), in no release this build can use.
 */
public final class PrometheusText {

    private PrometheusText() {
    }

    public static String deduplicated(String text) {
        Set<String> seen = new HashSet<>();
        StringBuilder out = new StringBuilder(text.length());
        for (String line : text.split("\n")) {
            String key = key(line);
            if (key == null || seen.add(key)) {
                out.append(line).append('\n');
            }
        }
        return out.toString();
    }

    /** What makes a line a repeat: the family for HELP and TYPE, the series (name and labels) for a sample. */
    private static String key(String line) {
        if (line.isBlank()) {
            return null;
        }
        if (line.startsWith("# HELP ") || line.startsWith("# TYPE ")) {
            String[] parts = line.split(" ", 4);
            return parts.length > 2 ? parts[1] + " " + parts[2] : null;
        }
        if (line.startsWith("#")) {
            return null;
        }
        int end = line.lastIndexOf('}');
        int space = end >= 0 ? line.indexOf(' ', end) : line.indexOf(' ');
        return space < 0 ? line : line.substring(0, space);
    }
}
