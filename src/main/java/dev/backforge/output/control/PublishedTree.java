package dev.backforge.output.control;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * A published tree that readers and crashes only ever see whole. The published path is a symbolic link to one
 * complete version folder beside it; a new version is built in a staging folder, forced to disk, renamed to its
 * version name, and the link is replaced by a single rename. Files of the previous version that the new one does
 * not write (people's own files among them) are carried over.
 *
 * <pre>
 * code/backend -&gt; .backend.versions/000007-RUN
 * code/.backend.versions/000007-RUN/...      the tree
 * code/.backend.versions/.staging-RUN/...    a version being built (removed by {@link #recover()})
 * </pre>
 */
public final class PublishedTree {

    private static final String STAGING = ".staging-";

    private final Path link;
    private final Path versions;

    public PublishedTree(Path link) {
        this.link = link.toAbsolutePath().normalize();
        this.versions = this.link.resolveSibling("." + this.link.getFileName() + ".versions");
    }

    public Path path() {
        return link;
    }

    /** The folder readers see now: the link's target, a folder an older release published in place, or none. */
    public Optional<Path> current() throws IOException {
        if (Files.isSymbolicLink(link)) {
            Path target = link.resolveSibling(Files.readSymbolicLink(link)).normalize();
            return Files.isDirectory(target) ? Optional.of(target) : Optional.empty();
        }
        return Files.isDirectory(link, LinkOption.NOFOLLOW_LINKS) ? Optional.of(link) : Optional.empty();
    }

    /**
     * Publishes {@code files} (relative path to content) as the new version named after {@code label}, keeping
     * every other file of the current version. Safe to call again after a crash: it starts over from what readers
     * see. {@code progress} hears each path written.
     */
    public Path publish(String label, Map<String, byte[]> files, Consumer<String> progress) throws IOException {
        return publish(label, files, Set.of(), progress);
    }

    /** The same, leaving out the current version's files at {@code removed}. */
    public Path publish(String label, Map<String, byte[]> files, Set<String> removed, Consumer<String> progress)
            throws IOException {
        if (label.isEmpty() || label.contains("/") || label.startsWith(".")) {
            throw new IllegalArgumentException("a version label is a plain name: " + label);
        }
        try (TreeLock lock = TreeLock.of(lockFile())) {
            return build(label, files, removed, progress);
        }
    }

    /** The label the current version was published under (a run id), if there is a versioned tree. */
    public Optional<String> currentLabel() throws IOException {
        Optional<Path> current = current();
        if (current.isEmpty() || current.get().equals(link)) {
            return Optional.empty();
        }
        String name = current.get().getFileName().toString();
        return name.matches("\\d{6}-.+") ? Optional.of(name.substring(7)) : Optional.empty();
    }

    private Path build(String label, Map<String, byte[]> files, Set<String> removed, Consumer<String> progress)
            throws IOException {
        tidy();
        Files.createDirectories(versions);
        Path staging = versions.resolve(STAGING + label);
        Optional<Path> current = current();
        if (current.isPresent()) {
            Set<String> left = new TreeSet<>(files.keySet());
            left.addAll(removed);
            carryOver(current.get(), staging, left);
        }
        Files.createDirectories(staging);
        Set<Path> folders = new TreeSet<>();
        folders.add(staging);
        Map<Path, byte[]> targets = new LinkedHashMap<>();
        Map<Path, String> paths = new HashMap<>();
        for (var e : files.entrySet()) {
            Path target = AtomicFiles.resolveInside(staging, e.getKey());
            Files.createDirectories(target.getParent());
            Files.deleteIfExists(target);
            targets.put(target, e.getValue());
            paths.put(target, e.getKey());
            for (Path p = target.getParent(); p.startsWith(staging); p = p.getParent()) {
                folders.add(p);
            }
        }
        AtomicFiles.createForced(targets, target -> progress.accept(paths.get(target)));
        AtomicFiles.forceFolders(folders);
        Path version = versions.resolve(String.format("%06d-%s", lastNumber() + 1, label));
        Files.move(staging, version, StandardCopyOption.ATOMIC_MOVE);
        AtomicFiles.forceFolder(versions);
        pointAt(version);
        tidy();
        return version;
    }

    /**
     * Puts the tree back in order after a crash: unfinished staging folders go, the link points at a complete
     * version (the newest, if a crash took it away), and versions nobody can see any more go.
     */
    public void recover() throws IOException {
        if (!Files.isDirectory(versions)) {
            return;
        }
        try (TreeLock lock = TreeLock.of(lockFile())) {
            tidy();
        }
    }

    private Path lockFile() {
        return link.resolveSibling("." + link.getFileName() + ".lock");
    }

    private void tidy() throws IOException {
        if (!Files.isDirectory(versions)) {
            return;
        }
        List<Path> complete = new ArrayList<>();
        try (Stream<Path> children = Files.list(versions)) {
            for (Path child : children.sorted().toList()) {
                if (child.getFileName().toString().startsWith(".")) {
                    deleteTree(child);
                } else {
                    complete.add(child);
                }
            }
        }
        if (!Files.exists(link, LinkOption.NOFOLLOW_LINKS) && !complete.isEmpty()) {
            pointAt(complete.get(complete.size() - 1));
        }
        Optional<Path> current = current();
        for (Path version : complete) {
            if (current.isEmpty() || !version.equals(current.get())) {
                deleteTree(version);
            }
        }
    }

    private void pointAt(Path version) throws IOException {
        if (Files.isDirectory(link, LinkOption.NOFOLLOW_LINKS)) {
            // published in place by an older release: moved among the versions, superseded by the new link
            Files.move(link, versions.resolve(".superseded-" + System.nanoTime()), StandardCopyOption.ATOMIC_MOVE);
        }
        Path temp = link.resolveSibling("." + link.getFileName() + ".link-" + System.nanoTime());
        Files.createSymbolicLink(temp, link.getParent().relativize(version));
        Files.move(temp, link, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        AtomicFiles.forceFolder(link.getParent());
    }

    private int lastNumber() throws IOException {
        try (Stream<Path> children = Files.list(versions)) {
            return children.map(p -> p.getFileName().toString()).filter(n -> n.matches("\\d{6}-.*"))
                    .mapToInt(n -> Integer.parseInt(n.substring(0, 6))).max().orElse(0);
        }
    }

    /** Links (or, where links are not possible, copies) every entry of {@code from} that is not replaced. */
    private static void carryOver(Path from, Path to, Set<String> replaced) throws IOException {
        Files.walkFileTree(from, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) throws IOException {
                Files.createDirectories(to.resolve(from.relativize(dir).toString()));
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                String relative = from.relativize(file).toString().replace('\\', '/');
                if (replaced.contains(relative)) {
                    return FileVisitResult.CONTINUE;
                }
                Path target = to.resolve(relative);
                if (attrs.isSymbolicLink()) {
                    Files.createSymbolicLink(target, Files.readSymbolicLink(file));
                } else if (attrs.isRegularFile()) {
                    try {
                        Files.createLink(target, file);
                    } catch (UnsupportedOperationException | IOException e) {
                        Files.copy(file, target, StandardCopyOption.COPY_ATTRIBUTES);
                    }
                }
                return FileVisitResult.CONTINUE;
            }
        });
    }

    /** Deletes a folder and everything under it, links not followed; nothing when it does not exist. */
    public static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        try (Stream<Path> all = Files.walk(root)) {
            for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
                try {
                    Files.delete(p);
                } catch (NoSuchFileException e) {
                    // gone already
                }
            }
        }
    }
}
