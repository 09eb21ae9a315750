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

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

class AtomicFilesTest {

    @TempDir
    Path dir;

    private List<Path> everything() throws Exception {
        try (Stream<Path> all = Files.walk(dir)) {
            return all.filter(Files::isRegularFile).toList();
        }
    }

    @Test
    void manyFilesInManyFoldersAreWrittenWholeAndNoTemporaryFileIsLeft() throws Exception {
        Map<String, byte[]> files = new LinkedHashMap<>();
        // more than one group of open descriptors, in nested folders, one of them replacing an older file
        for (int i = 0; i < 600; i++) {
            files.put("src/part" + (i % 7) + "/deep/m" + i + ".py",
                    ("x = " + i + "\n").getBytes(StandardCharsets.UTF_8));
        }
        Files.createDirectories(dir.resolve("src/part0/deep"));
        Files.writeString(dir.resolve("src/part0/deep/m0.py"), "old, and longer than the new content\n");

        AtomicFiles.writeAll(dir, files);

        assertEquals(600, everything().size());
        for (var f : files.entrySet()) {
            assertArrayEquals(f.getValue(), Files.readAllBytes(dir.resolve(f.getKey())), f.getKey());
        }
        assertEquals(0, AtomicFiles.sweep(dir));
    }

    @Test
    void aPathOutsideTheFolderRefusesTheWholeBatchBeforeAnyFileIsWritten() throws Exception {
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put("src/a.py", "a = 1\n".getBytes(StandardCharsets.UTF_8));
        files.put("../escaped.py", "b = 2\n".getBytes(StandardCharsets.UTF_8));

        assertThrows(IllegalArgumentException.class, () -> AtomicFiles.writeAll(dir.resolve("out"), files));

        assertFalse(Files.exists(dir.resolve("escaped.py")));
        assertEquals(List.of(), everything());
    }

    @Test
    void foldersAreForcedManyAtOnceAndOneGoneMeanwhileIsPassedOver() throws Exception {
        // more folders than one group of descriptors, the last one removed before it is forced
        List<Path> folders = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            folders.add(Files.createDirectories(dir.resolve("f" + i + "/inner")));
        }
        Files.delete(folders.get(299));

        AtomicFiles.forceFolders(folders);

        assertEquals(299, folders.stream().filter(Files::isDirectory).count());
    }
}
