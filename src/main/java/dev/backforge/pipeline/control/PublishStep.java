package dev.backforge.pipeline.control;

import dev.backforge.output.control.AtomicFiles;
import dev.backforge.output.control.PublishedTree;
import dev.backforge.output.control.TreeFiles;
import dev.backforge.output.control.TreeMerge;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * Step publish: the files and their manifest where people use them. A published tree switches to the new version
 * in one step; a plain output folder is written file by file, each file atomically; a folder people work in is
 * merged into (see {@link TreeMerge}), with what Backforge last wrote there kept in its {@value #BASE} folder.
 */
public final class PublishStep {

    /** Backforge's own last output in a merged folder: the base of the next three-way merge. */
    public static final String BASE = ".backforge/base";

    /** Into a published tree, as one new version named after {@code label}. */
    public void publish(Path tree, String label, Map<String, byte[]> files, Consumer<String> progress)
            throws IOException {
        new PublishedTree(tree).publish(label, files, progress);
    }

    /** Into a plain folder (the command line's {@code --out}). */
    public void write(Path folder, Map<String, byte[]> files) throws IOException {
        AtomicFiles.writeAll(folder, files);
    }

    /**
     * Into a folder people work in (the command line's {@code --into}): what would happen, and unless
     * {@code dryRun} it happens, the base last. A crash before the base is replaced leaves files equal to the new
     * output, which the next merge leaves as they are, so running again finishes the job.
     */
    public TreeMerge.Plan merge(Path folder, Map<String, byte[]> files, TreeMerge.Conflicts style, boolean dryRun)
            throws IOException {
        Path base = folder.resolve(BASE);
        if (!dryRun) {
            recover(base);
        }
        TreeMerge.Plan plan = TreeMerge.plan(TreeFiles.read(Optional.of(base)), Optional.of(folder), files, style);
        if (dryRun) {
            return plan;
        }
        write(folder, plan.writes());
        for (String path : plan.deletes()) {
            Files.deleteIfExists(AtomicFiles.resolveInside(folder, path));
        }
        Path fresh = folder.resolve(".backforge/base.new-" + UUID.randomUUID());
        write(fresh, files);
        Path old = folder.resolve(".backforge/base.old-" + UUID.randomUUID());
        if (Files.isDirectory(base)) {
            Files.move(base, old, StandardCopyOption.ATOMIC_MOVE);
        }
        Files.move(fresh, base, StandardCopyOption.ATOMIC_MOVE);
        PublishedTree.deleteTree(old);
        return plan;
    }

    /**
     * Undoes what a crash between the two renames above left: the old base goes back if there is no base, and any
     * half-written new base is removed; the merge that follows then finishes the job.
     */
    private static void recover(Path base) throws IOException {
        Path hidden = base.getParent();
        if (!Files.isDirectory(hidden)) {
            return;
        }
        List<Path> leftovers;
        try (Stream<Path> entries = Files.list(hidden)) {
            leftovers = entries.filter(p -> p.getFileName().toString().startsWith("base.")).sorted().toList();
        }
        for (Path leftover : leftovers) {
            if (!Files.isDirectory(base) && leftover.getFileName().toString().startsWith("base.old-")) {
                Files.move(leftover, base, StandardCopyOption.ATOMIC_MOVE);
            } else {
                PublishedTree.deleteTree(leftover);
            }
        }
    }
}
