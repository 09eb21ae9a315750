package dev.backforge.kernel;

import dev.backforge.runs.control.RunStore;

/** Test only: a kernel class that reaches up to the runs, which the floors must refuse. */
public final class PlantedViolation {

    private PlantedViolation() {
    }

    public static Class<?> reachUp() {
        return RunStore.class;
    }
}
