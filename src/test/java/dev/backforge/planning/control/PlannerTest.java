package dev.backforge.planning.control;

import com.fasterxml.jackson.databind.node.ArrayNode;
import dev.backforge.architecture.control.InvalidArchitectureException;
import dev.backforge.planning.entity.Plan;
import dev.backforge.planning.entity.PlannedComponent;
import dev.backforge.stacks.TargetStacks;
import dev.backforge.support.Artifacts;
import dev.backforge.support.Examples;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PlannerTest {

    @Test
    void ordersByDependenciesThenLayerThenId() throws Exception {
        Plan plan = new Planner().plan(TargetStacks.STANDARD.reader().read(Examples.bytes("auth-service.json")));
        List<String> order = plan.components().stream().map(PlannedComponent::id).toList();
        // exceptions, config, utilities, models: all free at first, so the seed's layer order decides
        assertEquals(List.of("COMP-000", "COMP-002", "COMP-003", "COMP-004", "COMP-005", "COMP-006", "COMP-001",
                "COMP-007"), order);
    }

    @Test
    void everyComponentComesAfterItsDependenciesAndLevelsCount() throws Exception {
        var architecture = TargetStacks.STANDARD.reader().read(Examples.bytes("store-inventory.json"));
        Plan plan = new Planner().plan(architecture);
        Map<String, PlannedComponent> byId = new HashMap<>();
        plan.components().forEach(p -> byId.put(p.id(), p));
        assertEquals(13, plan.size(), "frontend and database components are not ours");
        for (PlannedComponent p : plan.components()) {
            int expected = 1;
            for (String dep : p.component().dependencies().internal()) {
                PlannedComponent d = byId.get(dep);
                assertTrue(d.position() < p.position(), dep + " must come before " + p.id());
                expected = Math.max(expected, d.level() + 1);
            }
            assertEquals(expected, p.level(), "level of " + p.id());
        }
        assertEquals(1, byId.get("ST-EXC").level());
        assertEquals(6, byId.get("ST-APP").level());
    }

    @Test
    void theSameArtifactAlwaysGivesTheSameOrder() throws Exception {
        var architecture = TargetStacks.STANDARD.reader().read(Examples.bytes("store-inventory.json"));
        assertEquals(new Planner().plan(architecture), new Planner().plan(architecture));
    }

    @Test
    void deepChainsArePlannedWithoutRecursion(@TempDir Path dir)
            throws Exception {
        var architecture = TargetStacks.STANDARD.reader().read(Files.readAllBytes(
                Examples.synth(3000, true, dir)));
        Plan plan = new Planner().plan(architecture);
        assertEquals(architecture.backendComponents().size(), plan.size());
        assertTrue(plan.levels() > 400, "a chain of 499 services is deep: " + plan.levels());
    }

    @Test
    void aCycleIsRefusedWithItsPath() throws Exception {
        byte[] cyclic = Artifacts.mutated("auth-service.json",
                d -> ((ArrayNode) d.get("components").get(0).get("dependencies")
                        .get("internal")).add("COMP-007"));
        var e = assertThrows(InvalidArchitectureException.class,
                () -> TargetStacks.STANDARD.reader().read(cyclic));
        assertTrue(e.violations().stream().anyMatch(v -> v.rule().equals("dependency-cycle")
                && v.message().contains("COMP-000 -> COMP-007 -> COMP-000")), e.violations().toString());
    }
}
