package dev.cascade.okr.service.kernel;

import com.atlassian.plugin.spring.scanner.annotation.component.JiraComponent;
import jakarta.inject.Inject;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;

/**
 * Coalesces bursts of issue changes into one recompute: changed issue keys collect until the changes have been quiet
 * for {@value #QUIET_MILLIS} ms (or {@value #MAX_WAIT_MILLIS} ms after the first, so a steady stream still lands),
 * then one background flush finds the affected key results and recomputes them through {@link ProgressService} — a
 * bulk edit of 1,000 issues is one recompute per affected key result, not 1,000.
 *
 * <p>The pending keys are this node's work queue, not shared state: the node that received Jira's event recomputes,
 * and stores the result where every node reads it. A node that dies with keys pending loses nothing the daily
 * reconciliation ({@link ProgressService#recomputeAll()}) does not restore.
 */
@JiraComponent
public final class RecomputeQueue implements DisposableBean {

    /** Changes quiet for this long are flushed. */
    public static final long QUIET_MILLIS = 100;
    /** A flush happens at the latest this long after the first pending change. */
    public static final long MAX_WAIT_MILLIS = 1000;

    private static final Logger LOG = LoggerFactory.getLogger(RecomputeQueue.class);

    private final ProgressService progress;
    private final ScheduledExecutorService executor;
    private final AtomicLong flushes = new AtomicLong();
    private Set<String> pending = new HashSet<>();
    private long firstPendingAt;
    private ScheduledFuture<?> scheduled;

    /** Creates the queue with its own background thread. */
    @Inject
    public RecomputeQueue(ProgressService progress) {
        this.progress = progress;
        this.executor = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "cascade-recompute");
            thread.setDaemon(true);
            return thread;
        });
    }

    /**
     * Notes changed issues (with their epics and parents) for the next flush.
     *
     * @param issueKeys the keys whose key results may have moved
     */
    public synchronized void issuesChanged(Set<String> issueKeys) {
        long now = System.nanoTime();
        if (pending.isEmpty()) {
            firstPendingAt = now;
        }
        pending.addAll(issueKeys);
        if (scheduled != null) {
            scheduled.cancel(false);
        }
        long sinceFirst = TimeUnit.NANOSECONDS.toMillis(now - firstPendingAt);
        long delay = Math.max(0, Math.min(QUIET_MILLIS, MAX_WAIT_MILLIS - sinceFirst));
        scheduled = executor.schedule(this::flush, delay, TimeUnit.MILLISECONDS);
    }

    /** How many flushes this node has run (for tests and benchmarks). */
    public long flushes() {
        return flushes.get();
    }

    private void flush() {
        Set<String> keys;
        synchronized (this) {
            keys = pending;
            pending = new HashSet<>();
            scheduled = null;
        }
        if (keys.isEmpty()) {
            return;
        }
        try {
            ProgressService.Recompute done = progress.recompute(progress.affectedBy(keys));
            LOG.debug("{} changed issues: {} key results recomputed with {} searches", keys.size(),
                    done.keyResults(), done.searches());
        } catch (RuntimeException e) {
            // Never lose the thread; the daily reconciliation restores what this flush missed.
            LOG.error("Recomputing key results for {} changed issues failed", keys.size(), e);
        } finally {
            flushes.incrementAndGet();
        }
    }

    @Override
    public void destroy() {
        executor.shutdownNow();
    }
}
