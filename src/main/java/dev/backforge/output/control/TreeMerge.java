package dev.backforge.output.control;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import org.eclipse.jgit.diff.RawText;
import org.eclipse.jgit.diff.RawTextComparator;
import org.eclipse.jgit.merge.MergeAlgorithm;
import org.eclipse.jgit.merge.MergeFormatter;
import org.eclipse.jgit.merge.MergeResult;

/**
 * Brings a new output into a tree people edit, file by file, three ways: base is what Backforge last put there,
 * theirs the file on disk now, ours the new output. A file nobody touched takes the new output; a file a person
 * changed is merged line by line (JGit's merge), and when both changed the same lines the person's file stays as
 * it is and the new output goes beside it ({@value #BESIDE}) or, if asked, into the file with conflict markers. A
 * file whose component is gone is deleted only if nobody changed it. A conflict stays open until the person
 * deletes the file beside theirs, so a later run does not quietly drop it. Nothing is written here: the plan says what
 * to write and delete, and the caller publishes it in one step.
 */
public final class TreeMerge {

    public static final String BESIDE = ".backforge-new";

    /** What happens to one path. */
    public enum Outcome {
        NEW, REPLACED, MERGED, UNCHANGED, CONFLICT, DELETED, KEPT, KEPT_DELETED
    }

    /** How a conflict is shown: the new output beside the person's file, or conflict markers in it. */
    public enum Conflicts {
        BESIDE, MARKERS
    }

    public record Change(String path, Outcome outcome) {
    }

    /** Files to write (path to content), paths to delete, and what happened to each path. */
    public record Plan(Map<String, byte[]> writes, Set<String> deletes, List<Change> changes) {

        public boolean writesNothing() {
            return writes.isEmpty() && deletes.isEmpty();
        }

        public List<String> paths(Outcome outcome) {
            return changes.stream().filter(c -> c.outcome() == outcome).map(Change::path).toList();
        }
    }

    private TreeMerge() {
    }

    /**
     * @param base what Backforge last published, by path (empty for a first publish)
     * @param theirs the file on disk now at a path, if there is one
     * @param ours the new output, by path
     * @param besideFiles the {@value #BESIDE} files on disk now. One beside a file that still differs from the new
     *     output is a conflict the person has not settled yet: it stays a conflict, with the newest output beside
     *     it, until they delete the {@value #BESIDE} file (or make their file equal to it). Others are removed.
     */
    public static Plan plan(Map<String, byte[]> base, Function<String, Optional<byte[]>> theirs,
                            Map<String, byte[]> ours, Collection<String> besideFiles, Conflicts style) {
        Map<String, byte[]> writes = new LinkedHashMap<>();
        Set<String> deletes = new TreeSet<>(besideFiles);
        List<Change> changes = new ArrayList<>();
        Set<String> paths = new TreeSet<>(ours.keySet());
        paths.addAll(base.keySet());
        for (String path : paths) {
            byte[] b = base.get(path);
            byte[] o = ours.get(path);
            Optional<byte[]> t = theirs.apply(path);
            boolean pending = o != null && t.isPresent() && !Arrays.equals(t.get(), o)
                    && !Arrays.equals(t.get(), b) && besideFiles.contains(path + BESIDE);
            Outcome outcome = pending ? Outcome.CONFLICT : o == null ? removed(b, t.orElse(null))
                    : kept(path, b, t.orElse(null), o, style, writes);
            if (outcome == Outcome.DELETED) {
                deletes.add(path);
            }
            if (pending || outcome == Outcome.CONFLICT && style == Conflicts.BESIDE) {
                if (theirs.apply(path + BESIDE).filter(now -> Arrays.equals(now, o)).isPresent()) {
                    deletes.remove(path + BESIDE);
                } else {
                    writes.put(path + BESIDE, o);
                }
            }
            changes.add(new Change(path, outcome));
        }
        writes.keySet().forEach(deletes::remove);
        return new Plan(writes, deletes, changes);
    }

    /** The same against a tree on disk (none yet when empty): its files are theirs, its beside files found there. */
    public static Plan plan(Map<String, byte[]> base, Optional<Path> tree, Map<String, byte[]> ours, Conflicts style)
            throws IOException {
        List<String> beside = TreeFiles.list(tree).stream().filter(p -> p.endsWith(BESIDE)).toList();
        return plan(base, TreeFiles.reader(tree), ours, beside, style);
    }

    /** A path of the new output. */
    private static Outcome kept(String path, byte[] b, byte[] t, byte[] o, Conflicts style,
                                Map<String, byte[]> writes) {
        if (t == null) {
            if (b == null) {
                writes.put(path, o);
                return Outcome.NEW;
            }
            // the person deleted it: their decision stands unless Backforge has something new to say
            return Arrays.equals(o, b) ? Outcome.KEPT_DELETED : Outcome.CONFLICT;
        }
        if (Arrays.equals(t, o)) {
            return Outcome.UNCHANGED;
        }
        if (b != null && Arrays.equals(t, b)) {
            writes.put(path, o);
            return Outcome.REPLACED;
        }
        if (b != null && Arrays.equals(o, b)) {
            // Backforge has nothing new for it: the person's file is the file
            return Outcome.UNCHANGED;
        }
        MergeResult<RawText> merged = new MergeAlgorithm().merge(RawTextComparator.DEFAULT,
                new RawText(b == null ? new byte[0] : b), new RawText(o), new RawText(t));
        if (b != null && !merged.containsConflicts()) {
            writes.put(path, format(merged));
            return Outcome.MERGED;
        }
        if (style == Conflicts.MARKERS && b != null) {
            writes.put(path, format(merged));
        }
        return Outcome.CONFLICT;
    }

    /** A path Backforge wrote before and writes no more: deleted if nobody changed it. */
    private static Outcome removed(byte[] b, byte[] t) {
        if (t == null) {
            return Outcome.KEPT_DELETED;
        }
        return Arrays.equals(t, b) ? Outcome.DELETED : Outcome.KEPT;
    }

    private static byte[] format(MergeResult<RawText> merged) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            new MergeFormatter().formatMerge(out, merged, List.of("base", "backforge", "yours"),
                    StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
