package dev.backforge.runs.entity;

/** What is stored about a committed component; lists are JSON arrays. */
public record GeneratedRecord(String sha256, int lineCount, int implemented, int stubbed, int errors, int warnings,
                              long durationMillis, long promptTokens, long completionTokens, String findings,
                              String stubs, String description, String dependenciesUsed, String implementedNames) {
}
