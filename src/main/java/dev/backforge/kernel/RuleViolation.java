package dev.backforge.kernel;

/**
 * One way an artifact breaks the contract.
 *
 * @param rule stable id of the rule (docs/architecture-artifact.md lists them)
 * @param pointer JSON Pointer (RFC 6901) to the offending value; "" is the whole document
 * @param message what is wrong, in plain words
 */
public record RuleViolation(String rule, String pointer, String message) {

    @Override
    public String toString() {
        return rule + " at " + (pointer.isEmpty() ? "(document)" : pointer) + ": " + message;
    }
}
