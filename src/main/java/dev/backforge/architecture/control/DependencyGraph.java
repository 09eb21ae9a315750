package dev.backforge.architecture.control;

import dev.backforge.architecture.entity.Architecture;
import dev.backforge.architecture.entity.Component;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The "uses" graph among backend components (dependencies on other agents' components are not edges: those are
 * built elsewhere). Finds cycles with Tarjan's strongly connected components, so each tangle is reported once with
 * one concrete path through it.
 */
public final class DependencyGraph {

    private final Map<String, Component> nodes = new LinkedHashMap<>();
    private final Map<String, List<String>> edges = new LinkedHashMap<>();

    public DependencyGraph(Architecture architecture) {
        architecture.backendComponents().forEach(c -> nodes.putIfAbsent(c.id(), c));
        for (Component c : nodes.values()) {
            edges.put(c.id(), c.dependencies().internal().stream().filter(nodes::containsKey).distinct().toList());
        }
    }

    public Map<String, Component> nodes() {
        return nodes;
    }

    public List<String> dependenciesOf(String id) {
        return edges.getOrDefault(id, List.of());
    }

    /** Each cycle as a closed path of ids, e.g. [A, B, C, A]; empty when the graph is acyclic. */
    public List<List<String>> cycles() {
        List<List<String>> cycles = new ArrayList<>();
        for (List<String> scc : new Tarjan().run()) {
            if (scc.size() > 1 || dependenciesOf(scc.get(0)).contains(scc.get(0))) {
                cycles.add(pathThrough(scc));
            }
        }
        return cycles;
    }

    /** A closed walk inside one strongly connected component, starting at its first id in artifact order. */
    private List<String> pathThrough(List<String> scc) {
        String start = nodes.keySet().stream().filter(scc::contains).findFirst().orElseThrow();
        Map<String, String> cameFrom = new HashMap<>();
        Deque<String> queue = new ArrayDeque<>(List.of(start));
        while (!queue.isEmpty()) {
            String at = queue.poll();
            for (String next : dependenciesOf(at)) {
                if (next.equals(start)) {
                    List<String> path = new ArrayList<>(List.of(start));
                    for (String step = at; !step.equals(start); step = cameFrom.get(step)) {
                        path.add(1, step);
                    }
                    path.add(start);
                    return path;
                }
                if (scc.contains(next) && !cameFrom.containsKey(next)) {
                    cameFrom.put(next, at);
                    queue.add(next);
                }
            }
        }
        throw new IllegalStateException("no cycle through " + start);
    }

    /** Iterative Tarjan, so that a 10,000-deep chain does not overflow the stack. */
    private final class Tarjan {
        private final Map<String, Integer> index = new HashMap<>();
        private final Map<String, Integer> low = new HashMap<>();
        private final Deque<String> stack = new ArrayDeque<>();
        private final Set<String> onStack = new HashSet<>();
        private final List<List<String>> result = new ArrayList<>();
        private int counter;

        List<List<String>> run() {
            for (String id : nodes.keySet()) {
                if (!index.containsKey(id)) {
                    visit(id);
                }
            }
            return result;
        }

        private void visit(String root) {
            Deque<Object[]> work = new ArrayDeque<>();
            enter(root);
            work.push(new Object[] {root, 0});
            while (!work.isEmpty()) {
                Object[] frame = work.peek();
                String v = (String) frame[0];
                int i = (Integer) frame[1];
                List<String> next = dependenciesOf(v);
                if (i < next.size()) {
                    frame[1] = i + 1;
                    String w = next.get(i);
                    if (!index.containsKey(w)) {
                        enter(w);
                        work.push(new Object[] {w, 0});
                    } else if (onStack.contains(w)) {
                        low.put(v, Math.min(low.get(v), index.get(w)));
                    }
                    continue;
                }
                work.pop();
                if (!work.isEmpty()) {
                    String parent = (String) work.peek()[0];
                    low.put(parent, Math.min(low.get(parent), low.get(v)));
                }
                if (low.get(v).equals(index.get(v))) {
                    List<String> scc = new ArrayList<>();
                    String w;
                    do {
                        w = stack.pop();
                        onStack.remove(w);
                        scc.add(w);
                    } while (!w.equals(v));
                    result.add(scc);
                }
            }
        }

        private void enter(String id) {
            index.put(id, counter);
            low.put(id, counter++);
            stack.push(id);
            onStack.add(id);
        }
    }
}
