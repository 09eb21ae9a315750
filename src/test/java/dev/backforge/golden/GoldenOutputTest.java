package dev.backforge.golden;

import dev.backforge.cli.SynthArtifact;
import dev.backforge.kernel.Hashes;
import dev.backforge.support.CoreOutput;
import dev.backforge.support.Examples;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The template generator's output, byte for byte, against golden files under src/test/resources/golden/: every file
 * and the manifest (timings aside) of the shipped examples, a held-out style artifact and synthetic ones; for synth
 * 1,000 a list of each file's sha256. A change of output is deliberate only: rerun with {@code -Dgolden.update=true},
 * then read the diff.
 */
class GoldenOutputTest {

    static final Path GOLDEN = Path.of(System.getProperty("backforge.basedir", "."), "src/test/resources/golden");
    static final boolean UPDATE = Boolean.getBoolean("golden.update");

    static Stream<Arguments> cases() {
        return Stream.of(
                Arguments.of("auth-service", Examples.bytes("auth-service.json"), true),
                Arguments.of("store-inventory", Examples.bytes("store-inventory.json"), true),
                Arguments.of("library-lending", Examples.resource("/artifacts/library-lending.json"), true),
                Arguments.of("document-archive", Examples.resource("/artifacts/document-archive.json"), true),
                Arguments.of("event-tickets", Examples.resource("/artifacts/event-tickets.json"), true),
                Arguments.of("helpdesk", Examples.resource("/artifacts/helpdesk.json"), true),
                Arguments.of("ledger", Examples.resource("/artifacts/ledger.json"), true),
                Arguments.of("farm", Examples.resource("/artifacts/farm.json"), true),
                Arguments.of("clinic", Examples.resource("/artifacts/clinic.json"), true),
                Arguments.of("shipping", Examples.resource("/artifacts/shipping.json"), true),
                Arguments.of("synth-60-wide", synth(60, false), true),
                Arguments.of("synth-60-chain", synth(60, true), true),
                Arguments.of("synth-1000-chain", synth(1000, true), false));
    }

    private static byte[] synth(int n, boolean chain) {
        return SynthArtifact.of(n, chain, 7).toPrettyString().getBytes(StandardCharsets.UTF_8);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void theOutputIsTheGoldenOne(String name, byte[] artifact, boolean wholeFiles) throws Exception {
        CoreOutput.Result out = CoreOutput.of(artifact, "golden");
        Map<String, String> files = new TreeMap<>(out.files());
        files.put("manifest.json", out.manifest().toPrettyString() + "\n");
        if (wholeFiles) {
            compareTrees(GOLDEN.resolve(name), files);
        } else {
            StringBuilder sums = new StringBuilder();
            files.forEach((path, content) -> sums.append(Hashes.sha256(content))
                    .append("  ").append(path).append('\n'));
            compareFile(GOLDEN.resolve(name + ".sha256"), sums.toString());
        }
    }

    private static void compareTrees(Path golden, Map<String, String> files) throws IOException {
        if (UPDATE) {
            deleteTree(golden);
            for (var f : files.entrySet()) {
                Path target = golden.resolve(f.getKey());
                Files.createDirectories(target.getParent());
                Files.writeString(target, f.getValue());
            }
            return;
        }
        Map<String, String> expected = new LinkedHashMap<>();
        try (Stream<Path> all = Files.walk(golden)) {
            for (Path p : all.filter(Files::isRegularFile).sorted().toList()) {
                expected.put(golden.relativize(p).toString(), Files.readString(p));
            }
        }
        assertEquals(new ArrayList<>(new TreeMap<>(expected).keySet()), new ArrayList<>(files.keySet()),
                "the files of " + golden.getFileName());
        List<String> differ = new ArrayList<>();
        for (var f : files.entrySet()) {
            if (!f.getValue().equals(expected.get(f.getKey()))) {
                differ.add(f.getKey());
            }
        }
        if (!differ.isEmpty()) {
            String first = differ.get(0);
            assertEquals(expected.get(first), files.get(first), differ.size() + " files differ, first " + first);
        }
    }

    private static void compareFile(Path golden, String content) throws IOException {
        if (UPDATE) {
            Files.createDirectories(golden.getParent());
            Files.writeString(golden, content);
            return;
        }
        assertEquals(Files.readString(golden), content, golden.getFileName().toString());
    }

    private static void deleteTree(Path root) throws IOException {
        if (Files.exists(root)) {
            try (Stream<Path> all = Files.walk(root)) {
                for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            }
        }
    }
}
