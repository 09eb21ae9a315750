package dev.backforge.verification.entity;

import java.util.Locale;

/**
 * Something the verifier found in a generated file.
 *
 * @param line 1-based line, 0 for the file as a whole
 * @param rule stable rule id (docs/verification.md lists them)
 */
public record Finding(String file, int line, String rule, Severity severity, String message) {

    public enum Severity {
        ERROR, WARNING
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    @Override
    public String toString() {
        return file + ":" + line + ": " + severity.name().toLowerCase(Locale.ROOT) + " [" + rule + "] "
                + message;
    }
}
