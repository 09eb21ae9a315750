package dev.backforge.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * Watches a folder from another thread and remembers each regular file's identities (inodes): a file replaced by a
 * new write shows a second one. Polling may miss a write that is replaced quickly, never invent one.
 */
public final class FileWatch implements AutoCloseable {

    private final Path root;
    private final Map<Path, Set<Object>> seen = new HashMap<>();
    private final Thread thread;
    private volatile boolean running = true;

    public FileWatch(Path root) {
        this.root = root;
        this.thread = new Thread(this::poll, "file-watch");
        thread.setDaemon(true);
        thread.start();
    }

    private void poll() {
        while (running) {
            if (Files.isDirectory(root)) {
                try (Stream<Path> all = Files.walk(root)) {
                    for (Path p : all.toList()) {
                        try {
                            BasicFileAttributes a = Files.readAttributes(p, BasicFileAttributes.class,
                                    LinkOption.NOFOLLOW_LINKS);
                            if (a.isRegularFile() && !p.getFileName().toString().startsWith(".")) {
                                synchronized (seen) {
                                    seen.computeIfAbsent(p.toAbsolutePath().normalize(), k -> new HashSet<>())
                                            .add(a.fileKey());
                                }
                            }
                        } catch (IOException e) {
                            // replaced or removed while we looked
                        }
                    }
                } catch (IOException | UncheckedIOException e) {
                    // a folder changed while we walked it: the next round sees it
                }
            }
            try {
                Thread.sleep(25);
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    /** Files that were seen with more than one identity. */
    public Set<Path> rewritten() {
        Set<Path> out = new HashSet<>();
        synchronized (seen) {
            seen.forEach((p, keys) -> {
                if (keys.size() > 1) {
                    out.add(p);
                }
            });
        }
        return out;
    }

    /** The relative paths of the regular files under a folder (links followed at the top only). */
    public static Set<String> files(Path tree) throws IOException {
        Path real = tree.toRealPath();
        try (Stream<Path> all = Files.walk(real)) {
            Set<String> out = new TreeSet<>();
            all.filter(p -> Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS))
                    .forEach(p -> out.add(real.relativize(p).toString()));
            return out;
        }
    }

    @Override
    public void close() throws InterruptedException {
        running = false;
        thread.interrupt();
        thread.join(5000);
    }
}
