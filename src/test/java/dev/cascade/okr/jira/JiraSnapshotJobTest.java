package dev.cascade.okr.jira;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.inOrder;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import com.atlassian.scheduler.JobRunnerResponse;
import com.atlassian.scheduler.SchedulerService;
import com.atlassian.scheduler.SchedulerServiceException;
import com.atlassian.scheduler.config.JobConfig;
import com.atlassian.scheduler.config.RunMode;
import com.atlassian.scheduler.status.RunOutcome;
import dev.cascade.okr.service.kernel.ProgressHistoryService;
import dev.cascade.okr.service.kernel.ProgressService;
import dev.cascade.okr.service.tracking.TrackingService;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.junit.Test;
import org.mockito.ArgumentCaptor;
import org.mockito.InOrder;
import org.springframework.beans.factory.InitializingBean;

/**
 * The daily snapshot job: scheduled once the application has started (never while Spring builds it), a scheduling
 * failure that leaves the plugin running, one job per cluster, and how a run reports success and failure.
 */
public class JiraSnapshotJobTest {

    private static final Instant NOW = Instant.parse("2026-03-20T00:30:00Z");

    private final SchedulerService scheduler = mock(SchedulerService.class);
    private final ProgressHistoryService history = mock(ProgressHistoryService.class);
    private final ProgressService progress = mock(ProgressService.class);
    private final TrackingService tracking = mock(TrackingService.class);
    private final JiraSnapshotJob job = new JiraSnapshotJob(scheduler, progress, history, tracking,
            Clock.fixed(NOW, ZoneOffset.UTC));

    @Test
    public void shouldNotTouchTheSchedulerWhenSpringBuildsTheBean() {
        JiraSnapshotJob built = new JiraSnapshotJob(scheduler, progress, history, tracking,
                Clock.fixed(NOW, ZoneOffset.UTC));

        assertFalse("scheduling from bean initialisation runs before the application has started",
                InitializingBean.class.isAssignableFrom(built.getClass()));
        assertFalse("no @PostConstruct either", java.util.Arrays.stream(built.getClass().getDeclaredMethods())
                .flatMap(method -> java.util.Arrays.stream(method.getAnnotations()))
                .anyMatch(annotation -> annotation.annotationType().getSimpleName().equals("PostConstruct")));
        verifyNoInteractions(scheduler);
    }

    @Test
    public void shouldScheduleOnlyWhenTheApplicationHasStarted() throws Exception {
        verifyNoInteractions(scheduler);

        job.onStart();

        InOrder order = inOrder(scheduler);
        order.verify(scheduler).registerJobRunner(JiraSnapshotJob.RUNNER, job);
        order.verify(scheduler).scheduleJob(eq(JiraSnapshotJob.JOB), any());
    }

    @Test
    public void shouldStartTheRestOfThePluginWhenSchedulingFails() throws Exception {
        doThrow(new SchedulerServiceException("scheduler not available")).when(scheduler).scheduleJob(any(), any());

        job.onStart(); // logged, not thrown: the plugin's other beans and modules still start

        verify(scheduler).registerJobRunner(JiraSnapshotJob.RUNNER, job);
        assertEquals(RunOutcome.SUCCESS, job.runJob(null).getRunOutcome());
    }

    @Test
    public void shouldStartTheRestOfThePluginWhenTheSchedulerThrowsUnchecked() throws Exception {
        doThrow(new IllegalStateException("cluster lock lost")).when(scheduler).registerJobRunner(any(), any());

        job.onStart();

        verify(scheduler, never()).scheduleJob(any(), any());
    }

    @Test
    public void shouldUnregisterTheRunnerWhenThePluginStops() {
        job.onStart();

        job.onStop();

        verify(scheduler).unregisterJobRunner(JiraSnapshotJob.RUNNER);
    }

    @Test
    public void shouldRegisterTheRunnerAndScheduleOneClusterJobWhenStarted() throws Exception {
        job.onStart();

        verify(scheduler).registerJobRunner(JiraSnapshotJob.RUNNER, job);
        ArgumentCaptor<JobConfig> config = ArgumentCaptor.forClass(JobConfig.class);
        verify(scheduler).scheduleJob(eq(JiraSnapshotJob.JOB), config.capture());
        assertEquals(JiraSnapshotJob.RUNNER, config.getValue().getJobRunnerKey());
        assertEquals(RunMode.RUN_ONCE_PER_CLUSTER, config.getValue().getRunMode());
    }

    @Test
    public void shouldUnregisterTheRunnerWhenSpringDestroysTheBean() {
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
