package dev.backforge.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.backforge.support.CoreOutput;
import dev.backforge.support.Examples;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code bin/backforge}, the command line as the README runs it, against the packaged jar. */
class LauncherIT {

    @TempDir
    Path dir;

    private static final Path LAUNCHER = Path.of(System.getProperty("backforge.basedir", "."), "bin", "backforge");

    private record Outcome(int exit, String output) {
    }

    private Outcome run(List<String> args, String jar) throws Exception {
        ProcessBuilder builder = new ProcessBuilder(args).redirectErrorStream(true);
        if (jar != null) {
            builder.environment().put("BACKFORGE_JAR", jar);
        }
        Process p = builder.start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(2, TimeUnit.MINUTES), "the command line ended");
        return new Outcome(p.exitValue(), output);
    }

    @Test
    void generatesTheCoresFilesFromTheShippedExample() throws Exception {
        byte[] artifact = Examples.bytes("store-inventory.json");
        Path input = Files.write(dir.resolve("store.json"), artifact);
        Path out = dir.resolve("out");
        Outcome o = run(List.of(LAUNCHER.toString(), "generate", input.toString(), "--out", out.toString(),
                "--workflow", "launcher"), null);
        assertEquals(0, o.exit(), o.output());
        CoreOutput.Result core = CoreOutput.of(artifact, "launcher");
        for (var file : core.files().entrySet()) {
            assertEquals(file.getValue(), Files.readString(out.resolve(file.getKey())), file.getKey());
        }
        JsonNode manifest = new ObjectMapper().readTree(out.resolve("manifest.json").toFile());
        assertEquals(core.manifest(), CoreOutput.withoutTimings(manifest));
    }

    @Test
    void aMissingJarIsNamedWithHowToBuildIt() throws Exception {
        Path missing = dir.resolve("nowhere.jar");
        Outcome o = run(List.of(LAUNCHER.toString(), "generate", "a.json"), missing.toString());
        assertEquals(127, o.exit(), o.output());
        assertTrue(o.output().contains(missing + " is missing") && o.output().contains("./mvnw -q -DskipTests package"),
                o.output());
    }
}
