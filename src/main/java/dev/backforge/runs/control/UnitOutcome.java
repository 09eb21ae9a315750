package dev.backforge.runs.control;

import dev.backforge.output.entity.ComponentOutcome;
import java.util.Map;
import java.util.Set;

/**
 * A processed work unit: files by plan position, and the causes of the components that got none. {@code verified}
 * names the positions whose findings were already made while generating (templates generated ahead, a model's repair
 * loop); the others are verified by the verify step.
 */
public record UnitOutcome(Map<Integer, ComponentOutcome> outcomes, Map<Integer, String> failures,
                          Set<Integer> verified) {
}
