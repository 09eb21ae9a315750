package dev.backforge.stacks.python.verification;

import dev.backforge.verification.entity.Finding;
import dev.backforge.verification.entity.Finding.Severity;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** The findings for one file, in line order. */
final class Report {

    private final String file;
    private final List<Finding> findings = new ArrayList<>();

    Report(String file) {
        this.file = file;
    }

    void add(int line, String rule, Severity severity, String message) {
        findings.add(new Finding(file, line, rule, severity, message));
    }

    List<Finding> findings() {
        return findings.stream().distinct()
                .sorted(Comparator.comparingInt(Finding::line).thenComparing(Finding::rule)).toList();
    }
}
