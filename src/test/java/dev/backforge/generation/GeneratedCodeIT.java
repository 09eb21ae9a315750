package dev.backforge.generation;

import dev.backforge.cli.Cli;
import dev.backforge.support.Examples;
import dev.backforge.support.MicroServer;
import dev.backforge.support.Processes;
import dev.backforge.support.PythonCheck;
import dev.backforge.support.PythonEnv;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The template generator's output judged by independent tools: CPython's compiler, pyflakes and mypy against the
 * real FastAPI, Pydantic and SQLAlchemy, and an import of every module. It needs no server and no store, so it runs
 * in the H2 pass of the integration tests only.
 */
class GeneratedCodeIT {

    @TempDir
    Path dir;

    @BeforeEach
    void oncePerBuild() {
        assumeTrue(MicroServer.STORE.equals("h2"), "the generated code does not depend on the store");
    }

    @ParameterizedTest
    @ValueSource(strings = {"auth-service.json", "store-inventory.json"})
    void examplesPassTheIndependentChecks(String example) throws Exception {
        Path artifact = Examples.write(dir, example, Examples.text(example));
        Path out = dir.resolve("out");
        Cli cli = Cli.run("generate", artifact.toString(), "--out", out.toString());
        assertEquals(0, cli.exit, "our own verifier must find no error: " + cli.err);
        assertClean(PythonCheck.run(out));
    }

    /** Artifacts of other domains: keyword and inherited-member field names, UUID keys, packages nested deeper. */
    @ParameterizedTest
    @ValueSource(strings = {"library-lending.json", "document-archive.json", "event-tickets.json",
            "helpdesk.json", "ledger.json", "farm.json", "clinic.json", "shipping.json"})
    void heldOutArtifactsPassTheIndependentChecks(String name) throws Exception {
        Path artifact = Files.write(dir.resolve(name), Examples.resource("/artifacts/" + name));
        Path out = dir.resolve("out");
        Cli cli = Cli.run("generate", artifact.toString(), "--out", out.toString());
        assertEquals(0, cli.exit, "our own verifier must find no error: " + cli.err);
        assertClean(PythonCheck.run(out));
    }

    @Test
    void aDeepSyntheticArchitecturePassesTheIndependentChecks() throws Exception {
        Path artifact = Examples.synth(300, true, dir);
        Path out = dir.resolve("out");
        Cli cli = Cli.run("generate", artifact.toString(), "--out", out.toString());
        assertEquals(0, cli.exit, cli.err);
        PythonCheck.Result result = PythonCheck.run(out);
        assertTrue(result.count("files") > 295, "the 295 components' modules and the project's: " + result.counts());
        assertClean(result);
    }

    /**
     * SQLite keeps NUMERIC as a float: a Decimal column reads back the decimal stored (within a float's precision),
     * not ten padded places (9.9900000000, 0E-10) as SQLAlchemy's plain Numeric gives there.
     */
    @Test
    void decimalColumnsReadBackTheDecimalsStoredOnSqlite() throws Exception {
        Path artifact = Files.write(dir.resolve("shipping.json"), Examples.resource("/artifacts/shipping.json"));
        Path out = dir.resolve("out");
        assertEquals(0, Cli.run("generate", artifact.toString(), "--out", out.toString()).exit);
        // run from the project, so that its package imports
        Path script = Files.write(out.resolve("decimals_check.py"), Examples.resource("/pycheck/shipping_decimals.py"));
        Processes.Result r = PythonEnv.of(PythonCheck.LIBRARIES).run(List.of(script.toString(),
                "sqlite+aiosqlite:///" + dir.resolve("decimals.db")), out, 120);
        assertEquals(0, r.exit(), r.output());
        assertEquals("9.99=9.99 0=0 4.50=4.5 1234567.89=1234567.89 100=100 0.1=0.1", r.output().strip());
    }

    private static void assertClean(PythonCheck.Result r) {
        assertEquals(0, r.count("syntax_errors"), r.output());
        assertEquals(0, r.count("pyflakes"), r.output());
        assertEquals(0, r.count("mypy_errors"), r.output());
        assertEquals(0, r.count("import_errors"), r.output());
        assertTrue(r.count("files") > 0);
    }
}
