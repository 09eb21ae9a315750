package dev.backforge.output.control;

import dev.backforge.output.control.TreeMerge.Conflicts;
import dev.backforge.output.control.TreeMerge.Outcome;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TreeMergeTest {

    static final String GENERATED = """
            \"\"\"Service.\"\"\"
            import logging


            class BookService:
                async def lend(self, book_id: int) -> None:
                    raise NotImplementedError

                async def count(self) -> int:
                    return 0
            """;

    static byte[] b(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    static TreeMerge.Plan plan(Map<String, String> base, Map<String, String> disk, Map<String, String> ours,
                               Conflicts style) {
        return TreeMerge.plan(bytes(base), p -> Optional.ofNullable(disk.get(p)).map(TreeMergeTest::b), bytes(ours),
                disk.keySet().stream().filter(p -> p.endsWith(TreeMerge.BESIDE)).toList(), style);
    }

    static Map<String, byte[]> bytes(Map<String, String> m) {
        var out = new LinkedHashMap<String, byte[]>();
        m.forEach((k, v) -> out.put(k, b(v)));
        return out;
    }

    @Test
    void aPersonsBodySurvivesANewImportAndANewMethod() {
        String edited = GENERATED.replace("raise NotImplementedError", "await self._repo.lend(book_id)");
        String next = GENERATED.replace("import logging\n", "import logging\nimport uuid\n")
                + "\n    async def total(self) -> int:\n        return 0\n";
        var plan = plan(Map.of("s.py", GENERATED), Map.of("s.py", edited), Map.of("s.py", next), Conflicts.BESIDE);
        assertEquals(List.of("s.py"), plan.paths(Outcome.MERGED));
        String merged = new String(plan.writes().get("s.py"), StandardCharsets.UTF_8);
        assertTrue(merged.contains("await self._repo.lend(book_id)") && merged.contains("import uuid")
                && merged.contains("async def total"), merged);
    }

    @Test
    void untouchedFilesTakeTheNewOutputAndEqualOnesAreLeftAlone() {
        var plan = plan(Map.of("a.py", "1\n", "b.py", "2\n"), Map.of("a.py", "1\n", "b.py", "2\n"),
                Map.of("a.py", "1 new\n", "b.py", "2\n", "c.py", "3\n"), Conflicts.BESIDE);
        assertEquals(List.of("a.py"), plan.paths(Outcome.REPLACED));
        assertEquals(List.of("b.py"), plan.paths(Outcome.UNCHANGED));
        assertEquals(List.of("c.py"), plan.paths(Outcome.NEW));
        assertEquals(Set.of("a.py", "c.py"), plan.writes().keySet());
    }

    @Test
    void bothChangingTheSameLinesIsAConflictThatLeavesThePersonsFile() {
        String mine = GENERATED.replace("return 0", "return await self._repo.count()");
        String next = GENERATED.replace("return 0", "return -1");
        var beside = plan(Map.of("s.py", GENERATED), Map.of("s.py", mine), Map.of("s.py", next), Conflicts.BESIDE);
        assertEquals(List.of("s.py"), beside.paths(Outcome.CONFLICT));
        assertEquals(Set.of("s.py" + TreeMerge.BESIDE), beside.writes().keySet(), "the person's file stays");
        assertEquals(next, new String(beside.writes().get("s.py" + TreeMerge.BESIDE), StandardCharsets.UTF_8));
        var markers = plan(Map.of("s.py", GENERATED), Map.of("s.py", mine), Map.of("s.py", next), Conflicts.MARKERS);
        String marked = new String(markers.writes().get("s.py"), StandardCharsets.UTF_8);
        assertTrue(marked.contains("<<<<<<< backforge") && marked.contains(">>>>>>> yours")
                && marked.contains("return await self._repo.count()"), marked);
    }

    @Test
    void removedFilesGoOnlyIfNobodyChangedThem() {
        var plan = plan(Map.of("gone.py", "x\n", "edited.py", "y\n"), Map.of("gone.py", "x\n", "edited.py", "y2\n"),
                Map.of(), Conflicts.BESIDE);
        assertEquals(List.of("gone.py"), plan.paths(Outcome.DELETED));
        assertEquals(List.of("edited.py"), plan.paths(Outcome.KEPT));
        assertEquals(Set.of("gone.py"), plan.deletes());
    }

    @Test
    void aResolvedConflictTakesItsBesideFileAwayAndAPersonsDeletionStands() {
        var plan = plan(Map.of("s.py", "a\n", "d.py", "d\n"), Map.of("s.py", "a\n", "s.py" + TreeMerge.BESIDE,
                "old\n"), Map.of("s.py", "b\n", "d.py", "d\n"), Conflicts.BESIDE);
        assertEquals(Set.of("s.py" + TreeMerge.BESIDE), plan.deletes());
        assertEquals(List.of("d.py"), plan.paths(Outcome.KEPT_DELETED));
        assertTrue(plan.writes().containsKey("s.py"));
    }

    @Test
    void aPersonsOwnFileWhereBackforgeNowWritesOneIsAConflict() {
        var plan = plan(Map.of(), Map.of("new.py", "mine\n"), Map.of("new.py", "ours\n"), Conflicts.BESIDE);
        assertEquals(List.of("new.py"), plan.paths(Outcome.CONFLICT));
        assertEquals(Set.of("new.py" + TreeMerge.BESIDE), plan.writes().keySet());
    }

    @Test
    void aConflictStaysOpenUntilThePersonDeletesTheFileBesideTheirs() {
        String mine = GENERATED.replace("return 0", "return await self._repo.count()");
        String next = GENERATED.replace("return 0", "return -1");
        // the run after the conflict has nothing new for the file: base and new output are the same
        var open = plan(Map.of("s.py", next), Map.of("s.py", mine, "s.py" + TreeMerge.BESIDE, next),
                Map.of("s.py", next), Conflicts.BESIDE);
        assertEquals(List.of("s.py"), open.paths(Outcome.CONFLICT));
        assertTrue(open.writesNothing(), "the file beside is already the newest output");
        String newer = next.replace("import logging\n", "import logging\nimport uuid\n");
        var updated = plan(Map.of("s.py", next), Map.of("s.py", mine, "s.py" + TreeMerge.BESIDE, next),
                Map.of("s.py", newer), Conflicts.BESIDE);
        assertEquals(List.of("s.py"), updated.paths(Outcome.CONFLICT));
        assertEquals(Set.of("s.py" + TreeMerge.BESIDE), updated.writes().keySet(), "still not in the person's file");
        var settled = plan(Map.of("s.py", next), Map.of("s.py", mine), Map.of("s.py", next), Conflicts.BESIDE);
        assertEquals(List.of("s.py"), settled.paths(Outcome.UNCHANGED));
        assertTrue(settled.writesNothing());
    }
}
