package dev.backforge.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.backforge.support.Artifacts;
import dev.backforge.support.Examples;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code generate --into} and {@code plan}: the command line merges into a folder people work in. */
class MergeIntoTest {

    static final String STOCK = "src/repositories/stock_repository.py";

    @TempDir
    Path dir;

    Path artifact(String name, Consumer<ObjectNode> change) throws Exception {
        return Files.write(dir.resolve(name), Artifacts.mutated("store-inventory.json", change));
    }

    static Consumer<ObjectNode> lockDescription(String text) {
        return d -> ((ObjectNode) Artifacts.component(d, 6).get("interface").get("methods").get(0))
                .put("description", text);
    }

    @Test
    void aPersonsFunctionSurvivesANewDocstringAndPlanWritesNothing() throws Exception {
        Path first = Examples.write(dir, "store.json", Examples.text("store-inventory.json"));
        Path work = dir.resolve("work");
        Cli created = Cli.run("generate", first.toString(), "--into", work.toString());
        assertEquals(0, created.exit, created.err);
        assertTrue(created.out.contains("new          " + STOCK), created.out);
        Path stock = work.resolve(STOCK);
        String mine = Files.readString(stock) + "\n\ndef person_helper() -> int:\n    return 42\n";
        Files.writeString(stock, mine);

        Cli unchanged = Cli.run("plan", first.toString(), "--into", work.toString());
        assertEquals(0, unchanged.exit, unchanged.err);
        assertTrue(unchanged.out.contains("backforge: 0 files would be written"), unchanged.out);

        Path second = artifact("second.json", lockDescription("Lock the stock row for the update."));
        Cli plan = Cli.run("plan", second.toString(), "--into", work.toString());
        assertTrue(plan.out.contains("merged       " + STOCK), plan.out);
        assertEquals(mine, Files.readString(stock), "plan writes nothing");
        Cli merged = Cli.run("generate", second.toString(), "--into", work.toString());
        assertEquals(0, merged.exit, merged.err);
        String now = Files.readString(stock);
        assertTrue(now.contains("def person_helper()") && now.contains("Lock the stock row for the update."), now);
        String base = Files.readString(work.resolve(".backforge/base/" + STOCK));
        assertFalse(base.contains("person_helper"), "the base is Backforge's own output");
    }

    /** A folder generated from the example, where a person rewrote the docstring the next artifact changes. */
    Path clashing(Path work) throws Exception {
        Path first = Examples.write(dir, "store.json", Examples.text("store-inventory.json"));
        assertEquals(0, Cli.run("generate", first.toString(), "--into", work.toString()).exit);
        Path stock = work.resolve(STOCK);
        Files.writeString(stock, Files.readString(stock).replace("\"\"\"SELECT ... FOR UPDATE.",
                "\"\"\"Locks the row (mine)."));
        return artifact("second.json", lockDescription("Lock the stock row for the update."));
    }

    @Test
    void aClashKeepsThePersonsFileAndStaysOpenUntilTheFileBesideIsDeleted() throws Exception {
        Path work = dir.resolve("work");
        Path second = clashing(work);
        Path stock = work.resolve(STOCK);
        String mine = Files.readString(stock);

        Cli beside = Cli.run("generate", second.toString(), "--into", work.toString());
        assertEquals(3, beside.exit, beside.out);
        assertTrue(beside.out.contains("conflict     " + STOCK), beside.out);
        assertEquals(mine, Files.readString(stock));
        Path besideFile = work.resolve(STOCK + ".backforge-new");
        assertTrue(Files.readString(besideFile).contains("Lock the stock row"));

        Cli stillOpen = Cli.run("generate", second.toString(), "--into", work.toString());
        assertEquals(3, stillOpen.exit, "a later run does not drop the conflict: " + stillOpen.out);
        assertTrue(Files.exists(besideFile));
        Files.delete(besideFile);
        Cli settled = Cli.run("generate", second.toString(), "--into", work.toString());
        assertEquals(0, settled.exit, settled.out);
        assertEquals(mine, Files.readString(stock), "the person's choice stands");
    }

    @Test
    void conflictMarkersWhenAsked() throws Exception {
        Path work = dir.resolve("work");
        Path second = clashing(work);
        Path stock = work.resolve(STOCK);
        Cli marked = Cli.run("generate", second.toString(), "--into", work.toString(), "--markers");
        assertEquals(3, marked.exit, marked.out);
        assertTrue(marked.out.contains("(marked in your file)"), marked.out);
        String withMarkers = Files.readString(stock, StandardCharsets.UTF_8);
        assertTrue(withMarkers.contains("<<<<<<< backforge") && withMarkers.contains("Locks the row (mine)")
                && withMarkers.contains("Lock the stock row for the update."), withMarkers);
        assertFalse(Files.exists(work.resolve(STOCK + ".backforge-new")));
    }

    @Test
    void aCrashBetweenTheBaseRenamesIsUndoneByTheNextRun() throws Exception {
        Path first = Examples.write(dir, "store.json", Examples.text("store-inventory.json"));
        Path work = dir.resolve("work");
        assertEquals(0, Cli.run("generate", first.toString(), "--into", work.toString()).exit);
        Path hidden = work.resolve(".backforge");
        Files.move(hidden.resolve("base"), hidden.resolve("base.old-1"));
        Files.createDirectories(hidden.resolve("base.new-2/src"));
        Files.writeString(hidden.resolve("base.new-2/src/half.py"), "x");
        Cli again = Cli.run("generate", first.toString(), "--into", work.toString());
        assertEquals(0, again.exit, again.err);
        assertTrue(again.out.contains("backforge: 0 files were written"), again.out);
        try (var left = Files.list(hidden)) {
            assertEquals("[base]", left.map(p -> p.getFileName().toString()).sorted().toList().toString());
        }
    }

    @Test
    void planNeedsAFolder() {
        Cli cli = Cli.run("plan", "a.json", "--out", "x");
        assertEquals(64, cli.exit);
        assertTrue(cli.err.contains("--into DIR"), cli.err);
    }
}
