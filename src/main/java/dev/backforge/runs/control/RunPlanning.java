package dev.backforge.runs.control;

import dev.backforge.architecture.entity.Component;
import dev.backforge.planning.entity.Plan;
import dev.backforge.planning.entity.PlannedComponent;
import dev.backforge.runs.entity.ComponentResult;
import dev.backforge.runs.entity.Run;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;

/** Steps parse and order of a run: its stored revision read back, then planned into one row per component. */
@ApplicationScoped
public class RunPlanning {

    @Inject
    RunStore store;

    @Inject
    RunContexts contexts;

    /** Step parse: the run's revision, validated at launch, read back; returns its backend components. */
    public int parse(String runId) {
        return contexts.architecture(store.get(runId).revisionId()).backendComponents().size();
    }

    /** Step order, reader: the plan in generation order; the run learns its size. */
    public List<PlannedComponent> plan(String runId) {
        Run run = store.get(runId);
        Plan plan = contexts.of(run.revisionId()).plan();
        store.started(runId, plan.size(), plan.levels());
        return plan.components();
    }

    /** Step order, writer: the rows of planned components not stored yet (a restarted step finds the others). */
    public void store(String runId, List<PlannedComponent> planned) {
        List<ComponentResult> rows = new ArrayList<>();
        for (PlannedComponent p : planned) {
            if (store.result(runId, p.position()).isEmpty()) {
                Component c = p.component();
                rows.add(new ComponentResult(runId, p.position(), c.id(), c.type(), p.level(), c.filePath()));
            }
        }
        store.add(rows);
    }
}
