package dev.backforge.output.entity;

import dev.backforge.architecture.entity.Component;
import dev.backforge.verification.entity.Finding;
import java.util.List;

/** One component's generated file, what the verifier found in it, and how long it took. */
public record ComponentOutcome(Component component, GeneratedFile file, List<Finding> findings, long millis) {

    public ComponentOutcome {
        findings = List.copyOf(findings);
    }

    public long errors() {
        return findings.stream().filter(Finding::isError).count();
    }
}
