package dev.backforge.cli;

import dev.backforge.output.control.TreeMerge;
import java.io.PrintStream;
import java.util.List;
import java.util.Locale;

/** What {@code --into} did (or, for {@code plan}, would do) to the folder, file by file. */
final class MergeReport {

    private MergeReport() {
    }

    /** Prints the outcome per file; exit 3 when there are conflicts, else 0. */
    static int print(TreeMerge.Plan merge, boolean dryRun, TreeMerge.Conflicts style, PrintStream out) {
        String verb = dryRun ? "would be" : "were";
        for (TreeMerge.Outcome outcome : List.of(TreeMerge.Outcome.NEW, TreeMerge.Outcome.REPLACED,
                TreeMerge.Outcome.MERGED, TreeMerge.Outcome.CONFLICT, TreeMerge.Outcome.DELETED,
                TreeMerge.Outcome.KEPT, TreeMerge.Outcome.KEPT_DELETED)) {
            for (String path : merge.paths(outcome)) {
                out.printf("  %-12s %s%n", label(outcome), path);
            }
        }
        List<String> conflicts = merge.paths(TreeMerge.Outcome.CONFLICT);
        out.printf("backforge: %d files %s written, %d merged with your edits, %d conflicts%s, %d unchanged%n",
                merge.writes().size(), verb, merge.paths(TreeMerge.Outcome.MERGED).size(), conflicts.size(),
                conflicts.isEmpty() ? "" : style == TreeMerge.Conflicts.MARKERS ? " (marked in your file)"
                        : " (your file kept, the new one beside it as " + TreeMerge.BESIDE + ")",
                merge.paths(TreeMerge.Outcome.UNCHANGED).size());
        return conflicts.isEmpty() ? 0 : 3;
    }

    private static String label(TreeMerge.Outcome outcome) {
        return switch (outcome) {
            case KEPT -> "kept (yours)";
            case KEPT_DELETED -> "left deleted";
            default -> outcome.name().toLowerCase(Locale.ROOT);
        };
    }
}
