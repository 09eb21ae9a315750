package dev.backforge.generation.control;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.backforge.planning.control.Planner;
import dev.backforge.stacks.TargetStacks;
import dev.backforge.support.Artifacts;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class FingerprintsTest {

    static Map<String, String> fingerprints(byte[] artifact, String generator) throws Exception {
        var a = TargetStacks.STANDARD.reader().read(artifact);
        return Fingerprints.of(GenerationContext.of(a, new Planner().plan(a)), generator);
    }

    static Set<String> changedBy(Consumer<ObjectNode> change) throws Exception {
        Map<String, String> before = fingerprints(Artifacts.mutated("store-inventory.json", d -> {
        }), "template:1");
        Map<String, String> after = fingerprints(Artifacts.mutated("store-inventory.json", change), "template:1");
        Set<String> changed = new TreeSet<>();
        before.forEach((id, f) -> {
            if (!f.equals(after.get(id))) {
                changed.add(id);
            }
        });
        return changed;
    }

    @Test
    void theSameInputsGiveTheSameFingerprints() throws Exception {
        assertEquals(Set.of(), changedBy(d -> {
        }));
    }

    @Test
    void aChangedDescriptionRegeneratesThatComponentOnly() throws Exception {
        assertEquals(Set.of("ST-SREPO"), changedBy(d -> ((ObjectNode) Artifacts.component(d, 6).get("interface")
                .get("methods").get(0)).put("description", "SELECT ... FOR UPDATE, then wait")));
    }

    @Test
    void aChangedInterfaceRegeneratesTheComponentsThatUseIt() throws Exception {
        Set<String> changed = changedBy(d -> ((ArrayNode) Artifacts.component(d, 6).get("interface").get("methods"))
                .addObject().put("name", "count").put("signature", "async def count(self) -> int"));
        assertEquals(Set.of("ST-SREPO", "ST-ISVC", "ST-DEPS"), changed);
    }

    @Test
    void anotherGeneratorRegeneratesEverything() throws Exception {
        Map<String, String> a = fingerprints(Artifacts.mutated("store-inventory.json", d -> {
        }), "template:1");
        Map<String, String> b = fingerprints(Artifacts.mutated("store-inventory.json", d -> {
        }), "hybrid:1");
        a.forEach((id, f) -> assertEquals(false, f.equals(b.get(id)), id));
    }
}
