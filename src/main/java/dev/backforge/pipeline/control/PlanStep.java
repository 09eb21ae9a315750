package dev.backforge.pipeline.control;

import dev.backforge.architecture.control.Symbols;
import dev.backforge.architecture.entity.Architecture;
import dev.backforge.generation.control.GenerationContext;
import dev.backforge.generation.control.ResearchPattern;
import dev.backforge.planning.control.Planner;
import java.util.List;

/** Step plan (the job's {@code order}): the generation order, and everything a generator may know while it writes. */
public final class PlanStep {

    private final Planner planner = new Planner();

    public GenerationContext plan(Architecture architecture, String conventions, List<ResearchPattern> research) {
        return new GenerationContext(architecture, new Symbols(architecture), planner.plan(architecture), conventions,
                research);
    }
}
