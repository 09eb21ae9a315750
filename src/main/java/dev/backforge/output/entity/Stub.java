package dev.backforge.output.entity;

/**
 * A function the generator could not write a real body for: its body raises NotImplementedError, and the manifest
 * and verification report list it. Never counted as implemented.
 *
 * @param qualifiedName {@code Class.method} or a module-level function name
 * @param reason why no body was generated, quoting the implementation notes where they say what to do
 */
public record Stub(String componentId, String qualifiedName, String reason) {
}
