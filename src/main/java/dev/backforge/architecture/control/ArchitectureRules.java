package dev.backforge.architecture.control;

import dev.backforge.architecture.entity.Architecture;
import dev.backforge.architecture.entity.Component;
import dev.backforge.kernel.RuleViolation;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static dev.backforge.kernel.Pointer.of;

/**
 * The rules that need the whole document: unique ids and paths, existing dependencies, no cycles, safe file paths.
 * The per-component contract (signatures, types, references) is {@link ContractRules}.
 */
final class ArchitectureRules {

    private ArchitectureRules() {
    }

    static List<RuleViolation> check(Architecture architecture, ArchitectureLimits limits, Dialect dialect) {
        List<RuleViolation> out = new ArrayList<>();
        List<Component> components = architecture.components();
        if (components.size() > limits.maxComponents()) {
            out.add(new RuleViolation("component-limit", of("components"), "the artifact has " + components.size()
                    + " components; at most " + limits.maxComponents() + " are accepted"));
        }
        Map<String, Integer> firstIndex = new HashMap<>();
        Map<String, Integer> pathIndex = new HashMap<>();
        for (int i = 0; i < components.size(); i++) {
            Component c = components.get(i);
            Integer earlier = firstIndex.putIfAbsent(c.id(), i);
            if (earlier != null) {
                out.add(new RuleViolation("duplicate-id", of("components", i, "id"),
                        "id '" + c.id() + "' is already used by /components/" + earlier));
            }
            if (!c.isBackend()) {
                continue;
            }
            int at = i;
            FilePaths.problem(c.filePath(), dialect)
                    .ifPresent(p -> out.add(new RuleViolation(p[0], of("components", at, "file_path"), p[1])));
            String normalized = c.filePath().replace('\\', '/');
            Integer samePath = pathIndex.putIfAbsent(normalized, i);
            if (samePath != null) {
                out.add(new RuleViolation("duplicate-file-path", of("components", i, "file_path"),
                        "file_path '" + c.filePath() + "' is already used by /components/" + samePath
                                + "; one component per file"));
            }
        }
        checkDependencies(components, firstIndex.keySet(), out);
        checkCycles(architecture, components, out);
        return out;
    }

    private static int indexOf(List<Component> components, Component c) {
        for (int i = 0; i < components.size(); i++) {
            if (components.get(i) == c) {
                return i;
            }
        }
        return -1;
    }

    private static void checkDependencies(List<Component> components, Set<String> ids, List<RuleViolation> out) {
        for (int i = 0; i < components.size(); i++) {
            List<String> internal = components.get(i).dependencies().internal();
            for (int j = 0; j < internal.size(); j++) {
                if (!ids.contains(internal.get(j))) {
                    out.add(new RuleViolation("unknown-dependency", of("components", i, "dependencies", "internal", j),
                            "no component has id '" + internal.get(j) + "'"));
                }
            }
        }
    }

    private static void checkCycles(Architecture architecture, List<Component> components, List<RuleViolation> out) {
        Set<String> reported = new HashSet<>();
        for (List<String> cycle : new DependencyGraph(architecture).cycles()) {
            String from = cycle.get(0);
            String to = cycle.get(1);
            int i = indexOf(components, architecture.component(from).orElseThrow());
            int j = components.get(i).dependencies().internal().indexOf(to);
            if (reported.add(String.join(" -> ", cycle))) {
                out.add(new RuleViolation("dependency-cycle", of("components", i, "dependencies", "internal", j),
                        "dependency cycle among backend components: " + String.join(" -> ", cycle)));
            }
        }
    }
}
