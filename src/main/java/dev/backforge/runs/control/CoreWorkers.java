package dev.backforge.runs.control;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.concurrent.Executor;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * Threads for the steps' work on the cores (template units generated ahead, files verified ahead): one per core,
 * made by the container's thread factory and kept. The managed executor captures the caller's context anew for every
 * task it accepts, which in Payara scans the application's class path for context providers: for a thousand
 * components a run, that scan cost more than the work it ran. These tasks read only their arguments, so the
 * context captured once per thread is enough.
 */
@ApplicationScoped
public class CoreWorkers {

    static final int CORES = Math.max(1, Runtime.getRuntime().availableProcessors());
    /** Work items handed to the cores at once at most: two per core, so a core never waits for its next one. */
    static final int AHEAD = 2 * CORES;

    @Resource
    ManagedThreadFactory threads;

    private ThreadPoolExecutor pool;

    @PostConstruct
    void start() {
        pool = new ThreadPoolExecutor(CORES, CORES, 60, TimeUnit.SECONDS, new LinkedBlockingQueue<>(), threads);
        // idle between runs: no thread is kept
        pool.allowCoreThreadTimeOut(true);
    }

    @PreDestroy
    void stop() {
        pool.shutdownNow();
    }

    /** Runs tasks in the order given, on at most one thread per core; the callers bound how many wait. */
    public Executor executor() {
        return pool;
    }
}
