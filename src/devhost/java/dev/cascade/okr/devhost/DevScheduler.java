package dev.cascade.okr.devhost;

import com.atlassian.scheduler.JobRunner;
import com.atlassian.scheduler.JobRunnerRequest;
import com.atlassian.scheduler.JobRunnerResponse;
import com.atlassian.scheduler.SchedulerService;
import com.atlassian.scheduler.config.JobConfig;
import com.atlassian.scheduler.config.JobId;
import com.atlassian.scheduler.config.JobRunnerKey;
import java.util.Date;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The dev host's stand-in for atlassian-scheduler: it keeps registered runners and scheduled jobs but never runs a
 * job by itself (a single process has no cluster and tests must not wait for a clock); {@link #runNow} runs one on
 * demand, as an administrator's "run now" does.
 */
public final class DevScheduler implements SchedulerService {

    private final Map<JobRunnerKey, JobRunner> runners = new ConcurrentHashMap<>();
    private final Map<JobId, JobConfig> jobs = new ConcurrentHashMap<>();

    @Override
    public void registerJobRunner(JobRunnerKey jobRunnerKey, JobRunner jobRunner) {
        runners.put(jobRunnerKey, jobRunner);
    }

    @Override
    public void unregisterJobRunner(JobRunnerKey jobRunnerKey) {
        runners.remove(jobRunnerKey);
    }

    @Override
    public void scheduleJob(JobId jobId, JobConfig jobConfig) {
        jobs.put(jobId, jobConfig);
    }

    /** Whether a runner is registered for the key on this (only) node. */
    public boolean isRegistered(JobRunnerKey jobRunnerKey) {
        return runners.containsKey(jobRunnerKey);
    }

    /** The config of a scheduled job. */
    public Optional<JobConfig> job(JobId jobId) {
        return Optional.ofNullable(jobs.get(jobId));
    }

    /**
     * Runs a scheduled job now with its registered runner.
     *
     * @throws IllegalStateException when the job is not scheduled or its runner is not registered
     */
    public JobRunnerResponse runNow(JobId jobId) {
        JobConfig config = job(jobId).orElseThrow(() -> new IllegalStateException("no job " + jobId));
        JobRunner runner = runners.get(config.getJobRunnerKey());
        if (runner == null) {
            throw new IllegalStateException("no runner registered for " + config.getJobRunnerKey());
        }
        Date start = new Date();
        JobRunnerRequest request = () -> new Date(start.getTime());
        return runner.runJob(request);
    }
}
