package dev.backforge.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.backforge.architecture.control.ArchitectureValidationTest;
import dev.backforge.kernel.Hashes;
import dev.backforge.support.Artifacts;
import dev.backforge.support.Examples;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class BackforgeCliTest {

    @TempDir
    Path dir;

    @Test
    void generatesTheTreeAndManifest() throws Exception {
        Path artifact = Examples.write(dir, "store.json", Examples.text("store-inventory.json"));
        Path out = dir.resolve("out");
        Cli cli = Cli.run("generate", artifact.toString(), "--out", out.toString(), "--workflow", "wf-1");
        assertEquals(0, cli.exit, cli.err);
        assertTrue(cli.out.contains("[  13/13] ST-APP"), cli.out);
        assertTrue(cli.out.contains("manifest.json"), cli.out);
        JsonNode manifest = new ObjectMapper().readTree(out.resolve("manifest.json").toFile());
        JsonNode meta = manifest.get("metadata");
        assertEquals(11, manifest.get("generated_files").size());
        assertEquals(2, manifest.get("api_files").size());
        assertEquals(13 + manifest.get("project_files").size(), meta.get("total_files").asInt());
        for (String projectFile : List.of("pyproject.toml", "README.md", ".env.example", "alembic.ini",
                "migrations/versions/0001_initial.py", "tests/conftest.py", "src/infra/security.py")) {
            assertTrue(Files.exists(out.resolve(projectFile)), projectFile);
        }
        assertEquals("wf-1", meta.get("workflow_id").asText());
        assertEquals(0, meta.get("tokens_used").asInt());
        assertEquals("template", meta.get("generator").get("name").asText());
        for (JsonNode f : manifest.get("generated_files")) {
            String content = Files.readString(out.resolve(f.get("path").asText()));
            assertEquals(f.get("content").asText(), content);
            assertEquals(Hashes.sha256(content), f.get("sha256").asText());
        }
        // the inventory service's stock logic is business logic: stubbed, listed, and not counted as implemented
        assertTrue(meta.get("stubbed_methods").toString().contains("InventoryService.reserve"));
        assertFalse(meta.get("components_implemented").toString().contains("ST-ISVC"));
        assertTrue(meta.get("components_with_stubs").toString().contains("ST-ISVC"));
    }

    @Test
    void theSameArtifactTwiceGivesTheSameBytes() throws Exception {
        Path artifact = Examples.synth(300, true, dir);
        Path first = dir.resolve("first");
        Path second = dir.resolve("second");
        assertEquals(0, Cli.run("generate", artifact.toString(), "--out", first.toString()).exit);
        assertEquals(0, Cli.run("generate", artifact.toString(), "--out", second.toString(), "--threads", "1").exit);
        try (Stream<Path> files = Files.walk(first)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                Path twin = second.resolve(first.relativize(f));
                if (f.getFileName().toString().equals("manifest.json")) {
                    assertEquals(withoutTimings(f), withoutTimings(twin));
                } else {
                    assertEquals(-1L, Files.mismatch(f, twin), "differs: " + f);
                }
            }
        }
        try (Stream<Path> a = Files.walk(first); Stream<Path> b = Files.walk(second)) {
            assertEquals(a.count(), b.count());
        }
    }

    static Stream<Arguments> violations() {
        return ArchitectureValidationTest.violations();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("violations")
    void anInvalidArtifactWritesNothing(String rule, String pointer, Consumer<ObjectNode> mutation) throws Exception {
        Path artifact = dir.resolve("bad.json");
        Files.write(artifact, Artifacts.mutated("auth-service.json", mutation));
        Path out = dir.resolve("out");
        Cli cli = Cli.run("generate", artifact.toString(), "--out", out.toString());
        assertEquals(2, cli.exit, cli.out + cli.err);
        assertTrue(cli.err.contains("[" + rule + "] " + pointer), cli.err);
        assertFalse(Files.exists(out), "nothing may be written for an invalid artifact");
    }

    @Test
    void verificationErrorsExitWithOne() throws Exception {
        // a model that hard-codes a credential as a default: generated as declared, then flagged by the verifier
        byte[] artifact = Artifacts.mutated("auth-service.json", d -> ((ObjectNode) d.get("components").get(4)
                .get("models").get(1).get("fields").get(1)).put("default", "hunter2-hunter2"));
        Path file = dir.resolve("secret.json");
        Files.write(file, artifact);
        Cli cli = Cli.run("generate", file.toString(), "--out", dir.resolve("out").toString());
        assertEquals(1, cli.exit, cli.out);
        assertTrue(cli.err.contains("[hardcoded-secret]"), cli.err);
        JsonNode meta = new ObjectMapper().readTree(dir.resolve("out/manifest.json").toFile()).get("metadata");
        assertEquals(1, meta.get("verification").get("errors").asInt());
    }

    @Test
    void wrongUsageExitsWith64() {
        assertEquals(64, Cli.run("generate", "a.json").exit);
        assertEquals(64, Cli.run("frobnicate").exit);
        assertEquals(64, Cli.run("generate", "a.json", "--out", "x", "--workflow", "../etc").exit);
    }

    private static JsonNode withoutTimings(Path manifest) throws Exception {
        ObjectNode tree = (ObjectNode) new ObjectMapper().readTree(manifest.toFile());
        ((ObjectNode) tree.get("metadata")).remove("timings");
        return tree;
    }
}
