package dev.cascade.okr.jira;

import com.atlassian.plugin.spring.scanner.annotation.component.JiraComponent;
import com.atlassian.plugin.spring.scanner.annotation.export.ExportAsService;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import com.atlassian.sal.api.lifecycle.LifecycleAware;
import com.atlassian.scheduler.JobRunner;
import com.atlassian.scheduler.JobRunnerRequest;
import com.atlassian.scheduler.JobRunnerResponse;
import com.atlassian.scheduler.SchedulerService;
import com.atlassian.scheduler.SchedulerServiceException;
import com.atlassian.scheduler.config.JobConfig;
import com.atlassian.scheduler.config.JobId;
import com.atlassian.scheduler.config.JobRunnerKey;
import com.atlassian.scheduler.config.RunMode;
import com.atlassian.scheduler.config.Schedule;
import dev.cascade.okr.service.kernel.ProgressHistoryService;
import dev.cascade.okr.service.kernel.ProgressService;
import dev.cascade.okr.service.tracking.TrackingService;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;

/**
 * The daily progress snapshot: once the application has started ({@link LifecycleAware#onStart}, never while Spring
 * builds the bean — the scheduler and the database may not be ready then, and a failure there would stop the whole
 * plugin) it registers its runner on this node and schedules one job for the cluster (atlassian-scheduler runs it on
 * one node per run, and keeps the schedule across restarts). A failure to register or schedule is logged and the plugin
 * works on without its daily snapshot. When the plugin stops, or Spring destroys the bean, the runner is unregistered
 * on this node; the cluster job itself stays, so that the other nodes of a cluster keep running it, and the next
 * start replaces it (same id). A run stores today's (UTC) snapshot of every key result.
 */
@JiraComponent
@ExportAsService(LifecycleAware.class)
public final class JiraSnapshotJob implements JobRunner, LifecycleAware, DisposableBean {

    /** The runner's key, the same on every node. */
    public static final JobRunnerKey RUNNER = JobRunnerKey.of("dev.cascade.okr.daily-snapshot");
    /** The job's id: one job for the cluster. */
    public static final JobId JOB = JobId.of("dev.cascade.okr.daily-snapshot");

    private static final Logger LOG = LoggerFactory.getLogger(JiraSnapshotJob.class);
    private static final long DAY_MILLIS = TimeUnit.DAYS.toMillis(1);

    private final SchedulerService scheduler;
    private final ProgressService progress;
    private final ProgressHistoryService history;
    private final TrackingService tracking;
    private final Clock clock;

    /** Creates the job; it registers and schedules itself when the application has started ({@link #onStart}). */
    @Inject
    public JiraSnapshotJob(@ComponentImport SchedulerService scheduler, ProgressService progress,
            ProgressHistoryService history, TrackingService tracking) {
        this(scheduler, progress, history, tracking, Clock.systemUTC());
    }

    JiraSnapshotJob(SchedulerService scheduler, ProgressService progress, ProgressHistoryService history,
            TrackingService tracking, Clock clock) {
        this.scheduler = scheduler;
        this.progress = progress;
        this.history = history;
        this.tracking = tracking;
        this.clock = clock;
    }

    /** Registers the runner on this node and schedules the cluster's job; a failure is logged, never thrown. */
    @Override
    public void onStart() {
        try {
            scheduler.registerJobRunner(RUNNER, this);
            // First run at the next 00:30 UTC, then daily; rescheduling with the same id replaces the schedule.
            Instant firstRun = LocalDate.now(clock).plusDays(1).atStartOfDay(ZoneOffset.UTC).plusMinutes(30)
                    .toInstant();
            scheduler.scheduleJob(JOB, JobConfig.forJobRunnerKey(RUNNER)
                    .withRunMode(RunMode.RUN_ONCE_PER_CLUSTER)
                    .withSchedule(Schedule.forInterval(DAY_MILLIS, Date.from(firstRun))));
            LOG.info("Daily snapshot job {} scheduled, first run at {}", JOB, firstRun);
        } catch (SchedulerServiceException | RuntimeException e) {
            LOG.error("Could not schedule the daily snapshot job {} (runner {}); Cascade works on, but key-result "
                    + "history gets no daily snapshot until the next start", JOB, RUNNER, e);
        }
    }

    /** Unregisters this node's runner. */
    @Override
    public void onStop() {
        unregister();
    }

    /** Unregisters this node's runner (again, harmlessly, after {@link #onStop}). */
    @Override
    public void destroy() {
        unregister();
    }

    private void unregister() {
        try {
            scheduler.unregisterJobRunner(RUNNER);
        } catch (RuntimeException e) {
            LOG.warn("Could not unregister the daily snapshot runner {}", RUNNER, e);
        }
    }

    /**
     * Brings into force the approved target adjustments whose effective day has come, reconciles every issue-driven
     * key result with Jira (what events missed: a node that died with changes pending, an issue moved out of its
     * project, an epic link changed), then stores today's snapshot of every key result. A failed step before the
     * snapshot is logged and the snapshot still taken from what is stored; a failed snapshot is logged and reported
     * to the scheduler.
     */
    @Override
    public JobRunnerResponse runJob(JobRunnerRequest request) {
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
