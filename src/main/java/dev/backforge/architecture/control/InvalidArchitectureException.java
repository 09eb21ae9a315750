package dev.backforge.architecture.control;

import dev.backforge.kernel.RuleViolation;
import java.util.List;

/**
 * The artifact cannot be generated. {@code malformed} means it is not even JSON of the right size (HTTP 400);
 * otherwise it is JSON that breaks the contract (HTTP 422). Carries every violation found, not just the first.
 */
public class InvalidArchitectureException extends Exception {

    private final boolean malformed;
    private final List<RuleViolation> violations;

    public InvalidArchitectureException(boolean malformed, List<RuleViolation> violations) {
        super(summary(violations));
        this.malformed = malformed;
        this.violations = List.copyOf(violations);
    }

    public boolean malformed() {
        return malformed;
    }

    public List<RuleViolation> violations() {
        return violations;
    }

    private static String summary(List<RuleViolation> violations) {
        return violations.size() == 1 ? violations.get(0).toString()
                : violations.size() + " violations, first: " + violations.get(0);
    }
}
