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
 * start replaces it (same id). What a run does is {@link DailyProgressRun}'s.
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
    private final DailyProgressRun daily;
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
        this.daily = new DailyProgressRun(progress, history, tracking, clock);
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

    /** Runs today's targets, reconciliation and snapshot ({@link DailyProgressRun}). */
    @Override
    public JobRunnerResponse runJob(JobRunnerRequest request) {
        return daily.run();
    }
}
