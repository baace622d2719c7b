package dev.cascade.okr.jira;

import static org.junit.Assert.assertEquals;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.inOrder;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.atlassian.scheduler.JobRunnerResponse;
import com.atlassian.scheduler.SchedulerService;
import com.atlassian.scheduler.config.JobConfig;
import com.atlassian.scheduler.config.RunMode;
import com.atlassian.scheduler.status.RunOutcome;
import dev.cascade.okr.service.ProgressHistoryService;
import dev.cascade.okr.service.ProgressService;
import dev.cascade.okr.service.TrackingService;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.junit.Test;
import org.mockito.InOrder;
import org.mockito.ArgumentCaptor;

/** The daily snapshot job: registration, one job per cluster, and how a run reports success and failure. */
public class JiraSnapshotJobTest {

    private static final Instant NOW = Instant.parse("2026-03-20T00:30:00Z");

    private final SchedulerService scheduler = mock(SchedulerService.class);
    private final ProgressHistoryService history = mock(ProgressHistoryService.class);
    private final ProgressService progress = mock(ProgressService.class);
    private final TrackingService tracking = mock(TrackingService.class);
    private final JiraSnapshotJob job = new JiraSnapshotJob(scheduler, progress, history, tracking,
            Clock.fixed(NOW, ZoneOffset.UTC));

    @Test
    public void shouldRegisterTheRunnerAndScheduleOneClusterJobWhenStarted() throws Exception {
        job.afterPropertiesSet();

        verify(scheduler).registerJobRunner(JiraSnapshotJob.RUNNER, job);
        ArgumentCaptor<JobConfig> config = ArgumentCaptor.forClass(JobConfig.class);
        verify(scheduler).scheduleJob(eq(JiraSnapshotJob.JOB), config.capture());
        assertEquals(JiraSnapshotJob.RUNNER, config.getValue().getJobRunnerKey());
        assertEquals(RunMode.RUN_ONCE_PER_CLUSTER, config.getValue().getRunMode());
    }

    @Test
    public void shouldUnregisterTheRunnerWhenStopped() {
        job.destroy();

        verify(scheduler).unregisterJobRunner(JiraSnapshotJob.RUNNER);
    }

    @Test
    public void shouldReconcileWithJiraThenSnapshotTodayWhenRun() {
        when(progress.recomputeAll()).thenReturn(new ProgressService.Recompute(12, 1));
        when(history.snapshotAll(LocalDate.of(2026, 3, 20), NOW)).thenReturn(12);

        JobRunnerResponse response = job.runJob(null);

        assertEquals(RunOutcome.SUCCESS, response.getRunOutcome());
        assertEquals("12 key results", response.getMessage());
        InOrder order = inOrder(progress, history);
        order.verify(progress).recomputeAll();
        order.verify(history).snapshotAll(LocalDate.of(2026, 3, 20), NOW);
    }

    @Test
    public void shouldStillSnapshotWhenJiraCannotBeReadForReconciliation() {
        when(progress.recomputeAll()).thenThrow(new IllegalStateException("search failed"));
        when(history.snapshotAll(LocalDate.of(2026, 3, 20), NOW)).thenReturn(3);

        JobRunnerResponse response = job.runJob(null);

        assertEquals(RunOutcome.SUCCESS, response.getRunOutcome());
        verify(history).snapshotAll(LocalDate.of(2026, 3, 20), NOW);
    }

    @Test
    public void shouldReportFailureWithoutTheExceptionTextWhenTheStoreFails() {
        when(history.snapshotAll(any(), any())).thenThrow(new IllegalStateException("jdbc:postgresql://secret"));

        JobRunnerResponse response = job.runJob(null);

        assertEquals(RunOutcome.FAILED, response.getRunOutcome());
        assertEquals("Daily snapshot for 2026-03-20 failed: java.lang.IllegalStateException", response.getMessage());
    }
}
