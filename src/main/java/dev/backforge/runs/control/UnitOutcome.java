package dev.backforge.runs.control;

import dev.backforge.artifacts.entity.ComponentOutcome;
import java.util.Map;

/** A processed work unit: files by plan position, and the causes of the components that got none. */
public record UnitOutcome(Map<Integer, ComponentOutcome> outcomes, Map<Integer, String> failures) {
}
