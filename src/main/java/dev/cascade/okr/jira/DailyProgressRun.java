package dev.cascade.okr.jira;

import com.atlassian.scheduler.JobRunnerResponse;
import dev.cascade.okr.service.kernel.ProgressHistoryService;
import dev.cascade.okr.service.kernel.ProgressService;
import dev.cascade.okr.service.tracking.TrackingService;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What one run of the daily job does, whichever node runs it: brings into force the approved target adjustments whose
 * effective day has come, reconciles every issue-driven key result with Jira (what events missed: a node that died
 * with changes pending, an issue moved out of its project, an epic link changed), then stores today's (UTC) snapshot
 * of every key result. A failed step before the snapshot is logged and the snapshot still taken from what is stored;
 * a failed snapshot is logged and reported to the scheduler. {@link JiraSnapshotJob} decides when it runs.
 */
record DailyProgressRun(ProgressService progress, ProgressHistoryService history, TrackingService tracking,
        Clock clock) {

    private static final Logger LOG = LoggerFactory.getLogger(DailyProgressRun.class);

    /** The three steps, each failure kept to its own step; the answer the scheduler records. */
    JobRunnerResponse run() {
        try {
            Instant at = clock.instant();
            int applied = tracking.applyDueAdjustments(LocalDate.ofInstant(at, ZoneOffset.UTC), at);
            LOG.info("Daily targets: {} key results brought to their approved target", applied);
        } catch (RuntimeException e) {
            LOG.warn("Bringing approved targets into force failed; the next run retries", e);
        }
        try {
            ProgressService.Recompute reconciled = progress.recomputeAll();
            LOG.info("Daily reconciliation: {} key results with {} searches", reconciled.keyResults(),
                    reconciled.searches());
        } catch (RuntimeException e) {
            LOG.warn("Daily reconciliation with Jira failed; snapshots use the stored progress", e);
        }
        Instant now = clock.instant();
        LocalDate today = LocalDate.ofInstant(now, ZoneOffset.UTC);
        try {
            int stored = history.snapshotAll(today, now);
            LOG.info("Daily snapshot for {}: {} key results", today, stored);
            return JobRunnerResponse.success(stored + " key results");
        } catch (RuntimeException e) {
            LOG.error("Daily snapshot for {} failed", today, e);
            return JobRunnerResponse.failed("Daily snapshot for " + today + " failed: " + e.getClass().getName());
        }
    }
}
