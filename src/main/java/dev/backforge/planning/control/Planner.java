package dev.backforge.planning.control;

import dev.backforge.architecture.control.DependencyGraph;
import dev.backforge.architecture.entity.Architecture;
import dev.backforge.architecture.entity.Component;
import dev.backforge.planning.entity.Plan;
import dev.backforge.planning.entity.PlannedComponent;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;

/**
 * Orders the backend components so that each comes after everything it uses (Kahn's algorithm). When several are
 * free, the lower layer of the seed's order goes first (exceptions, config, utilities, models, repositories, services,
 * dependencies, api, middleware, app), then the smaller id: the same artifact always gives the same order.
 */
public final class Planner {

    private static final Comparator<Component> TIE_BREAK = Comparator.comparingInt((Component c) -> c.kind().layer())
            .thenComparing(Component::id);

    public Plan plan(Architecture architecture) {
        DependencyGraph graph = new DependencyGraph(architecture);
        List<List<String>> cycles = graph.cycles();
        if (!cycles.isEmpty()) {
            throw new IllegalArgumentException("dependency cycle: " + String.join(" -> ", cycles.get(0)));
        }
        Map<String, Integer> waitingOn = new HashMap<>();
        Map<String, List<String>> usedBy = new HashMap<>();
        for (String id : graph.nodes().keySet()) {
            List<String> deps = graph.dependenciesOf(id);
            waitingOn.put(id, deps.size());
            deps.forEach(d -> usedBy.computeIfAbsent(d, k -> new ArrayList<>()).add(id));
        }
        PriorityQueue<Component> ready = new PriorityQueue<>(TIE_BREAK);
        graph.nodes().values().stream().filter(c -> waitingOn.get(c.id()) == 0).forEach(ready::add);
        Map<String, Integer> levels = new HashMap<>();
        List<PlannedComponent> order = new ArrayList<>();
        while (!ready.isEmpty()) {
            Component next = ready.poll();
            int level = 1 + graph.dependenciesOf(next.id()).stream().mapToInt(levels::get).max().orElse(0);
            levels.put(next.id(), level);
            order.add(new PlannedComponent(next, order.size(), level));
            for (String user : usedBy.getOrDefault(next.id(), List.of())) {
                if (waitingOn.merge(user, -1, Integer::sum) == 0) {
                    ready.add(graph.nodes().get(user));
                }
            }
        }
        return new Plan(order);
    }
}
