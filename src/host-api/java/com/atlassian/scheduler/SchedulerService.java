package com.atlassian.scheduler;

import com.atlassian.scheduler.config.JobConfig;
import com.atlassian.scheduler.config.JobId;
import com.atlassian.scheduler.config.JobRunnerKey;

/**
 * Compile-only mirror (never shipped; the host links the real type in its place). The host's job scheduler: runners
 * are registered on every node, jobs are scheduled once for the cluster.
 *
 * <p>Source: host-api-platform7.md §4 (decompiled atlassian-scheduler-api, public mirror; version unknown, API stable for years, U on Platform 7 through many plugins). Confidence: V for these members (the real interface has more; only those Cascade calls are here).
 */
public interface SchedulerService {

    /** Registers the code that runs jobs of this key on this node (again after every start). */
    void registerJobRunner(JobRunnerKey jobRunnerKey, JobRunner jobRunner);

    /** Removes this node's runner for the key. */
    void unregisterJobRunner(JobRunnerKey jobRunnerKey);

    /** Schedules (or reschedules) the job with this id; persisted across restarts for cluster jobs. */
    void scheduleJob(JobId jobId, JobConfig jobConfig) throws SchedulerServiceException;
}
