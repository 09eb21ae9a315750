package dev.backforge.pipeline.control;

import dev.backforge.output.control.AtomicFiles;
import dev.backforge.output.control.PublishedTree;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Step publish: the files and their manifest where people use them. A published tree switches to the new version
 * in one step; a plain output folder is written file by file, each file atomically.
 */
public final class PublishStep {

    /** Into a published tree, as one new version named after {@code label}. */
    public void publish(Path tree, String label, Map<String, byte[]> files, Consumer<String> progress)
            throws IOException {
        new PublishedTree(tree).publish(label, files, progress);
    }

    /** Into a plain folder (the command line's {@code --out}). */
    public void write(Path folder, Map<String, byte[]> files) throws IOException {
        for (var f : files.entrySet()) {
            AtomicFiles.write(folder, f.getKey(), f.getValue());
        }
    }
}
