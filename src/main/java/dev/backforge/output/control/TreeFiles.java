package dev.backforge.output.control;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Stream;

/** The files of a folder as a three-way merge reads them: regular files only, by relative path with '/'. */
public final class TreeFiles {

    private TreeFiles() {
    }

    /** Every regular file under the folder (none when there is no folder), hidden folders of Backforge left out. */
    public static Map<String, byte[]> read(Optional<Path> folder) throws IOException {
        Map<String, byte[]> files = new TreeMap<>();
        for (String path : list(folder)) {
            AtomicFiles.readInside(folder.get(), path).ifPresent(b -> files.put(path, b));
        }
        return files;
    }

    /** A reader of one file at a time, links not followed. */
    public static Function<String, Optional<byte[]>> reader(Optional<Path> folder) {
        return path -> {
            try {
                return folder.isEmpty() ? Optional.empty() : AtomicFiles.readInside(folder.get(), path);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        };
    }

    /** The relative paths of the regular files under the folder. */
    public static List<String> list(Optional<Path> folder) throws IOException {
        if (folder.isEmpty() || !Files.isDirectory(folder.get())) {
            return List.of();
        }
        Path root = folder.get();
        try (Stream<Path> all = Files.walk(root)) {
            return all.filter(p -> Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS))
                    .map(p -> root.relativize(p).toString().replace('\\', '/'))
                    .filter(p -> !p.startsWith(".backforge/") && !p.contains("/.tmp-") && !p.contains(".tmp-"))
                    .sorted().toList();
        }
    }
}
