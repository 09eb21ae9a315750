package dev.backforge.runs.control;

import dev.backforge.architecture.entity.Component;
import dev.backforge.planning.entity.Plan;
import dev.backforge.planning.entity.PlannedComponent;
import dev.backforge.runs.entity.ComponentResult;
import dev.backforge.runs.entity.Run;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Steps parse and order of a run: its stored revision read back, then planned into one row per component, each
 * with what its file is made from and whether the run before can give it (see {@link RunReuse}).
 */
@ApplicationScoped
public class RunPlanning {

    @Inject
    RunStore store;

    @Inject
    RunReports reports;

    @Inject
    RunContexts contexts;

    @Inject
    RunReuse reuse;

    /**
     * What changed, as the order step's reader worked it out, for its writer's chunks: working it out again per chunk
     * costs as much as the rest of the step. A few runs at most are in this step at once.
     */
    private final Map<String, RunReuse.Changes> known = Collections.synchronizedMap(new LinkedHashMap<>(16, 0.75f,
            true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, RunReuse.Changes> eldest) {
            return size() > 16;
        }
    });

    /** Step parse: the run's revision, validated at launch, read back; returns its backend components. */
    public int parse(String runId) {
        return contexts.architecture(store.get(runId).revisionId()).backendComponents().size();
    }

    /** Step order, reader: the plan in generation order; the run learns its size. */
    public List<PlannedComponent> plan(String runId) {
        Run run = store.get(runId);
        Plan plan = contexts.of(run.revisionId()).plan();
        store.started(runId, plan.size(), plan.levels());
        RunReuse.Changes changes = reuse.changes(run);
        reports.changes(runId, changes.json());
        // nothing changed since the run before: this run's output is that run's, and the job ends after this step
        run.sameAs(changes.none() ? changes.since().map(store::get).map(p -> p.sameAs() != null ? p.sameAs() : p.id())
                .orElseThrow() : null);
        known.put(runId, changes);
        return plan.components();
    }

    /** Step order, writer: the rows of planned components not stored yet (a restarted step finds the others). */
    public void store(String runId, List<PlannedComponent> planned) {
        Run run = store.get(runId);
        RunReuse.Changes changes = Optional.ofNullable(known.get(runId)).orElseGet(() -> reuse.changes(run));
        // a run that changes nothing ends after this step: its rows take the earlier results as they are
        Map<String, ComponentResult> earlier = run.sameAs() == null ? Map.of() : store.results(run.sameAs()).stream()
                .collect(Collectors.toMap(ComponentResult::componentId, r -> r, (a, b) -> a));
        Set<Integer> stored = store.results(runId).stream().map(ComponentResult::position).collect(Collectors.toSet());
        List<ComponentResult> rows = new ArrayList<>();
        for (PlannedComponent p : planned) {
            if (!stored.contains(p.position())) {
                Component c = p.component();
                ComponentResult row = new ComponentResult(runId, p.position(), c.id(), c.type(), p.level(),
                        c.filePath());
                RunReuse.Origin origin = changes.origins().get(c.id());
                row.origin(origin.fingerprint(), origin.origin(), origin.from());
                if (earlier.containsKey(c.id())) {
                    row.sameAs(earlier.get(c.id()), OffsetDateTime.now(ZoneOffset.UTC));
                }
                rows.add(row);
            }
        }
        store.add(rows);
    }
}
