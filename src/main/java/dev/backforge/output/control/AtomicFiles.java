package dev.backforge.output.control;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.channels.SeekableByteChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * Writes files so that a reader sees the old content or the new, never half of one: write a temporary file beside
 * the target, force it to disk, then rename it over the target. Refuses any path that would land outside the base
 * folder.
 */
public final class AtomicFiles {

    private static final String TEMP = ".tmp-";

    private AtomicFiles() {
    }

    /** The absolute path of {@code relative} under {@code base}; throws if it would resolve outside it. */
    public static Path resolveInside(Path base, String relative) {
        Path root = base.toAbsolutePath().normalize();
        if (relative == null || relative.isEmpty() || relative.indexOf('\0') >= 0) {
            throw new IllegalArgumentException("empty or invalid path");
        }
        Path candidate = Path.of(relative.replace('\\', '/'));
        if (candidate.isAbsolute()) {
            throw new IllegalArgumentException("absolute path refused: " + relative);
        }
        Path target = root.resolve(candidate).normalize();
        if (!target.startsWith(root) || target.equals(root)) {
            throw new IllegalArgumentException("path outside the output folder refused: " + relative);
        }
        return target;
    }

    /**
     * A file of the tree for reading, or empty when there is no such regular file. Links are not followed: when the
     * file or any folder on the way is a symbolic link, or its real path lies outside the tree, it is as if there were
     * no file (a link planted in a run's folder must not serve what it points at).
     */
    public static Optional<byte[]> readInside(Path base, String relative) throws IOException {
        Path target;
        try {
            target = resolveInside(base, relative);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        Path root = base.toAbsolutePath().normalize();
        for (Path p = target; p != null && !p.equals(root); p = p.getParent()) {
            if (Files.isSymbolicLink(p)) {
                return Optional.empty();
            }
        }
        if (!Files.isRegularFile(target, LinkOption.NOFOLLOW_LINKS)
                || !target.toRealPath().startsWith(root.toRealPath())) {
            return Optional.empty();
        }
        try (SeekableByteChannel in = Files.newByteChannel(target, Set.of(StandardOpenOption.READ,
                LinkOption.NOFOLLOW_LINKS))) {
            return Optional.of(Channels.newInputStream(in).readAllBytes());
        } catch (NoSuchFileException e) {
            return Optional.empty();
        }
    }

    public static Path write(Path base, String relative, byte[] content) throws IOException {
        return write(base, relative, content, true);
    }

    /**
     * Writes a file atomically for readers and for the death of this process (the rename is seen by all, and the
     * operating system holds what was written), but does not wait for the disk: a power loss can still take it.
     * {@link #forceAll} makes such files durable later, many at once.
     */
    public static Path writeUnforced(Path base, String relative, byte[] content) throws IOException {
        return write(base, relative, content, false);
    }

    private static Path write(Path base, String relative, byte[] content, boolean force) throws IOException {
        Path target = checkedTarget(base, relative);
        Path temp = temp(target);
        try {
            try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.CREATE_NEW,
                    StandardOpenOption.WRITE)) {
                writeFully(channel, content);
                if (force) {
                    channel.force(true);
                }
            }
            rename(temp, target);
        } finally {
            Files.deleteIfExists(temp);
        }
        return target;
    }

    /** Forces files written earlier under {@code base}, and their folders' entries, to disk; a missing file is skipped. */
    public static void forceAll(Path base, Collection<String> relatives) throws IOException {
        Set<Path> folders = new LinkedHashSet<>();
        ParallelForce.inGroups(List.copyOf(relatives), relative -> {
            Path file = resolveInside(base, relative);
            try {
                FileChannel channel = FileChannel.open(file, StandardOpenOption.READ, LinkOption.NOFOLLOW_LINKS);
                folders.add(file.getParent());
                return channel;
            } catch (NoSuchFileException e) {
                // nothing to keep: whoever reads it next finds it missing and says so
                return null;
            }
        });
        forceFolders(folders);
    }

    /**
     * Writes many files, each one atomically as {@link #write} does, but forced to disk together (see
     * {@link #createForced}), then renamed; each folder's new names are forced once at the end. When it returns every
     * file is on disk; a crash before that leaves each file either old or new, as writing them one by one would.
     */
    public static void writeAll(Path base, Map<String, byte[]> files) throws IOException {
        Set<Path> folders = new LinkedHashSet<>();
        Map<Path, Path> targets = new LinkedHashMap<>();
        Map<Path, byte[]> temps = new LinkedHashMap<>();
        try {
            for (var f : files.entrySet()) {
                Path target = target(base, f.getKey(), folders);
                folders.add(target.getParent());
                Path temp = temp(target);
                targets.put(temp, target);
                temps.put(temp, f.getValue());
            }
            createForced(temps, written -> {
            });
            for (var e : targets.entrySet()) {
                rename(e.getKey(), e.getValue());
            }
            forceFolders(folders);
        } finally {
            for (Path temp : temps.keySet()) {
                Files.deleteIfExists(temp);
            }
        }
    }

    /**
     * Creates new files with their content and forces them to disk, a group at a time (see
     * {@link ParallelForce#inGroups}). {@code written} hears each file once its content is written, before it is
     * forced.
     */
    static void createForced(Map<Path, byte[]> files, Consumer<Path> written) throws IOException {
        ParallelForce.inGroups(List.copyOf(files.entrySet()), f -> {
            FileChannel channel = FileChannel.open(f.getKey(), StandardOpenOption.CREATE_NEW,
                    StandardOpenOption.WRITE);
            try {
                writeFully(channel, f.getValue());
                written.accept(f.getKey());
            } catch (IOException | RuntimeException e) {
                channel.close();
                throw e;
            }
            return channel;
        });
    }

    /** A target whose folder is known to be safe already, or else checked as {@link #write} checks it. */
    private static Path target(Path base, String relative, Set<Path> safeFolders) throws IOException {
        Path target = resolveInside(base, relative);
        return safeFolders.contains(target.getParent()) ? target : checkedTarget(base, relative);
    }

    private static Path checkedTarget(Path base, String relative) throws IOException {
        Path target = resolveInside(base, relative);
        Files.createDirectories(target.getParent());
        // a symbolic link planted in the tree must not redirect the write outside it
        Path realParent = target.getParent().toRealPath();
        if (!realParent.startsWith(base.toAbsolutePath().normalize().toRealPath())) {
            throw new IllegalArgumentException("path outside the output folder refused: " + relative);
        }
        return target;
    }

    private static Path temp(Path target) {
        return target.resolveSibling("." + target.getFileName() + TEMP + UUID.randomUUID());
    }

    private static void rename(Path temp, Path target) throws IOException {
        try {
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    public static Path write(Path base, String relative, String content) throws IOException {
        return write(base, relative, content.getBytes(StandardCharsets.UTF_8));
    }

    static void writeFully(FileChannel channel, byte[] content) throws IOException {
        ByteBuffer buffer = ByteBuffer.wrap(content);
        while (buffer.hasRemaining()) {
            channel.write(buffer);
        }
    }

    /**
     * Forces many folders' entries to disk together, as {@link ParallelForce} forces files: a tree of a thousand
     * components has some 170 folders, and one folder after another waits for a journal commit each.
     */
    static void forceFolders(Collection<Path> folders) throws IOException {
        try {
            ParallelForce.inGroups(List.copyOf(folders), folder -> {
                try {
                    return FileChannel.open(folder, StandardOpenOption.READ);
                } catch (IOException | UnsupportedOperationException e) {
                    // as forceFolder: a platform that cannot open a folder makes renames as durable as it can
                    return null;
                }
            });
        } catch (IOException e) {
            // a file system that refuses to force a folder: one at a time, each refusal passed over as forceFolder does
            for (Path folder : folders) {
                forceFolder(folder);
            }
        }
    }

    /** Forces a folder's entries (new names, renames) to disk, where the platform allows opening a folder. */
    static void forceFolder(Path folder) throws IOException {
        try (FileChannel channel = FileChannel.open(folder, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException | UnsupportedOperationException e) {
            // some platforms cannot open a folder; the rename is then as durable as the platform makes it
        }
    }

    /**
     * Removes the temporary files a crash left under {@code base} between writing one and renaming it, so that the
     * tree holds exactly what was committed. Returns how many were removed.
     */
    public static int sweep(Path base) throws IOException {
        if (!Files.isDirectory(base)) {
            return 0;
        }
        List<Path> leftovers;
        try (Stream<Path> all = Files.walk(base)) {
            leftovers = all.filter(p -> {
                String name = p.getFileName().toString();
                return name.startsWith(".") && name.contains(TEMP) && Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS);
            }).toList();
        }
        for (Path p : leftovers) {
            Files.deleteIfExists(p);
        }
        return leftovers.size();
    }
}
