package dev.backforge.runs.batch;

import dev.backforge.artifacts.entity.ComponentOutcome;

/** An item of the generate step between processor and writer: where it is in the plan, and what was generated. */
record GeneratedComponent(int position, ComponentOutcome outcome) {
}
