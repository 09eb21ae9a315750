package dev.backforge.output.control;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Exclusive use of a tree: a lock within this JVM (file locks are held per process, not per thread) and a file lock
 * for other processes on the same folder.
 */
final class TreeLock implements AutoCloseable {

    private static final ConcurrentHashMap<Path, ReentrantLock> LOCAL = new ConcurrentHashMap<>();

    private final ReentrantLock local;
    private final FileChannel channel;
    private final FileLock file;

    private TreeLock(ReentrantLock local, FileChannel channel, FileLock file) {
        this.local = local;
        this.channel = channel;
        this.file = file;
    }

    static TreeLock of(Path lockFile) throws IOException {
        ReentrantLock local = LOCAL.computeIfAbsent(lockFile.toAbsolutePath().normalize(), k -> new ReentrantLock());
        local.lock();
        try {
            Files.createDirectories(lockFile.getParent());
            FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            try {
                return new TreeLock(local, channel, channel.lock());
            } catch (IOException | RuntimeException e) {
                channel.close();
                throw e;
            }
        } catch (IOException | RuntimeException e) {
            local.unlock();
            throw e;
        }
    }

    @Override
    public void close() throws IOException {
        try {
            file.release();
            channel.close();
        } finally {
            local.unlock();
        }
    }
}
