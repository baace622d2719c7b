package com.atlassian.scheduler.config;

/**
 * Compile-only mirror (never shipped; the host links the real type in its place). How a job is scheduled: its
 * runner, run mode and schedule; immutable, each {@code with*} returns a new config.
 *
 * <p>Source: host-api-platform7.md §4 (decompiled atlassian-scheduler-api, public mirror; version unknown, API stable for years, U on Platform 7 through many plugins); a final class. Confidence: V for {@code forJobRunnerKey} (defaults RUN_ONCE_PER_CLUSTER, run
 * once now), {@code withRunMode}, {@code withSchedule} and the getters. The body here only serves the dev host.
 */
public final class JobConfig {

    private final JobRunnerKey jobRunnerKey;
    private final RunMode runMode;
    private final Schedule schedule;

    private JobConfig(JobRunnerKey jobRunnerKey, RunMode runMode, Schedule schedule) {
        this.jobRunnerKey = jobRunnerKey;
        this.runMode = runMode;
        this.schedule = schedule;
    }

    /** A config for the runner, once per cluster, run once now. */
    public static JobConfig forJobRunnerKey(JobRunnerKey jobRunnerKey) {
        return new JobConfig(jobRunnerKey, RunMode.RUN_ONCE_PER_CLUSTER, Schedule.forInterval(0, null));
    }

    /** This config with another run mode. */
    public JobConfig withRunMode(RunMode mode) {
        return new JobConfig(jobRunnerKey, mode, schedule);
    }

    /** This config with another schedule. */
    public JobConfig withSchedule(Schedule newSchedule) {
        return new JobConfig(jobRunnerKey, runMode, newSchedule);
    }

    /** The runner's key. */
    public JobRunnerKey getJobRunnerKey() {
        return jobRunnerKey;
    }

    /** The run mode. */
    public RunMode getRunMode() {
        return runMode;
    }

    /** The schedule. */
    public Schedule getSchedule() {
        return schedule;
    }
}
