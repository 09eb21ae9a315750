package dev.backforge.output.control;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PublishedTreeTest {

    @TempDir
    Path dir;

    private static Map<String, byte[]> files(String... pathsAndContents) {
        Map<String, byte[]> out = new LinkedHashMap<>();
        for (int i = 0; i < pathsAndContents.length; i += 2) {
            out.put(pathsAndContents[i], pathsAndContents[i + 1].getBytes(StandardCharsets.UTF_8));
        }
        return out;
    }

    private static List<String> children(Path folder) throws Exception {
        try (Stream<Path> s = Files.list(folder)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void theLinkPointsAtOneCompleteVersionAndCarriesOverWhatTheRunDoesNotWrite() throws Exception {
        PublishedTree tree = new PublishedTree(dir.resolve("code/backend"));
        List<String> heard = new ArrayList<>();
        tree.publish("run-1", files("src/a.py", "a1", "src/b.py", "b1"), heard::add);
        assertEquals(List.of("src/a.py", "src/b.py"), heard);
        assertTrue(Files.isSymbolicLink(dir.resolve("code/backend")));
        Files.writeString(dir.resolve("code/backend/src/mine.py"), "a person's file");

        tree.publish("run-2", files("src/a.py", "a2"), p -> {
        });
        assertEquals("a2", Files.readString(dir.resolve("code/backend/src/a.py")));
        assertEquals("b1", Files.readString(dir.resolve("code/backend/src/b.py")));
        assertEquals("a person's file", Files.readString(dir.resolve("code/backend/src/mine.py")));
        assertEquals(List.of("000002-run-2"), children(dir.resolve("code/.backend.versions")));
    }

    @Test
    void recoveryRemovesUnfinishedWorkAndKeepsWhatReadersSee() throws Exception {
        PublishedTree tree = new PublishedTree(dir.resolve("code/backend"));
        tree.publish("run-1", files("x.py", "one"), p -> {
        });
        Path versions = dir.resolve("code/.backend.versions");
        // a crash while staging, and one after a version was complete but before the link moved
        Files.createDirectories(versions.resolve(".staging-run-2/src"));
        Files.writeString(versions.resolve(".staging-run-2/src/half.py"), "half");
        Files.createDirectories(versions.resolve("000002-run-3"));
        Files.writeString(versions.resolve("000002-run-3/x.py"), "three");

        tree.recover();
        assertEquals(List.of("000001-run-1"), children(versions));
        assertEquals("one", Files.readString(dir.resolve("code/backend/x.py")));
    }

    @Test
    void aLinkLostInTheMiddleOfATakeOverPointsAtTheNewestVersion() throws Exception {
        Path versions = dir.resolve("code/.backend.versions");
        Files.createDirectories(versions.resolve("000001-a"));
        Files.createDirectories(versions.resolve("000002-b"));
        Files.writeString(versions.resolve("000002-b/x.py"), "b");
        new PublishedTree(dir.resolve("code/backend")).recover();
        assertEquals("b", Files.readString(dir.resolve("code/backend/x.py")));
        assertEquals(List.of("000002-b"), children(versions));
    }

    @Test
    void aTreePublishedInPlaceByAnOlderReleaseIsTakenOver() throws Exception {
        Path legacy = dir.resolve("code/backend");
        Files.createDirectories(legacy.resolve("src"));
        Files.writeString(legacy.resolve("src/old.py"), "old");
        Files.writeString(legacy.resolve("src/a.py"), "a0");
        new PublishedTree(legacy).publish("run-1", files("src/a.py", "a1"), p -> {
        });
        assertTrue(Files.isSymbolicLink(legacy));
        assertEquals("a1", Files.readString(legacy.resolve("src/a.py")));
        assertEquals("old", Files.readString(legacy.resolve("src/old.py")));
        assertEquals(List.of("000001-run-1"), children(dir.resolve("code/.backend.versions")));
    }

    @Test
    void sweepRemovesTheTemporaryFilesACrashLeft() throws Exception {
        Path out = dir.resolve("out");
        AtomicFiles.write(out, "src/a.py", "a");
        Files.writeString(out.resolve("src/.a.py.tmp-123"), "half");
        assertEquals(1, AtomicFiles.sweep(out));
        assertFalse(Files.exists(out.resolve("src/.a.py.tmp-123")));
        assertEquals("a", Files.readString(out.resolve("src/a.py")));
    }
}
