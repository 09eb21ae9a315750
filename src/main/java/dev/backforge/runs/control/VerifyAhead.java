package dev.backforge.runs.control;

import dev.backforge.verification.entity.Finding;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.Future;
import java.util.concurrent.FutureTask;
import java.util.function.Function;

/**
 * The verify step's files, verified ahead of the reader on other threads, up to {@code width} at a time, and handed
 * out in plan order. The batch thread only records findings and checkpoints, so without this it would verify on one
 * core while the others wait. Nothing ahead is stored: a crash loses only work that is done again.
 */
public final class VerifyAhead implements AutoCloseable {

    /** A committed file as the step reads it: copied off the entity, so other threads touch no managed state. */
    public record Committed(int position, String path, String sha256, String findings) {
    }

    /** A file handed out: its plan position and the findings on its bytes. */
    public record Verified(int position, String path, List<Finding> findings) {
    }

    private final Iterator<Committed> files;
    private final Deque<Future<Verified>> started = new ArrayDeque<>();
    private final Executor executor;
    private final Function<Committed, List<Finding>> verifier;
    private final int width;

    VerifyAhead(List<Committed> files, int width, Executor executor,
            Function<Committed, List<Finding>> verifier) {
        this.files = files.iterator();
        this.width = Math.max(1, width);
        this.executor = executor;
        this.verifier = verifier;
    }

    /** The next file in plan order with its findings; empty after the last. */
    public Optional<Verified> next() {
        fill();
        // the next ones start at the next call: the one waited for still counts against the width until then
        Future<Verified> first = started.poll();
        if (first == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(first.get());
        } catch (ExecutionException e) {
            throw new IllegalStateException("verifying a file failed: " + e.getCause(), e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while verifying", e);
        }
    }

    private void fill() {
        while (started.size() < width && files.hasNext()) {
            Committed c = files.next();
            FutureTask<Verified> task = new FutureTask<>(() -> new Verified(c.position(), c.path(),
                    verifier.apply(c)));
            started.add(task);
            executor.execute(task);
        }
    }

    /** Verifications under way when the step ends early are dropped: they wrote nothing. */
    @Override
    public void close() {
        started.forEach(f -> f.cancel(true));
        started.clear();
    }
}
