package dev.backforge.runs.batch;

import dev.backforge.runs.control.UnitOutcome;
import dev.backforge.runs.control.WorkUnit;

/** An item of the generate step between processor and writer: the unit and what became of its components. */
record GeneratedComponent(WorkUnit unit, UnitOutcome outcome) {
}
