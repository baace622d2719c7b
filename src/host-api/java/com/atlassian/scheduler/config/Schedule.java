package com.atlassian.scheduler.config;

import java.util.Date;

/**
 * Compile-only mirror (never shipped; the host links the real type in its place). When a job runs.
 *
 * <p>Source: host-api-platform7.md §4 (decompiled atlassian-scheduler-api, public mirror; version unknown, API stable for years, U on Platform 7 through many plugins); a final class with static factories. Confidence: V for {@code forInterval}. The body here only
 * serves the dev host, which keeps the config but does not time runs.
 */
public final class Schedule {

    private final long intervalMillis;
    private final Date firstRunTime;

    private Schedule(long intervalMillis, Date firstRunTime) {
        this.intervalMillis = intervalMillis;
        this.firstRunTime = firstRunTime;
    }

    /** Every {@code intervalMillis}, first at {@code firstRunTime} ({@code null}: now). */
    public static Schedule forInterval(long intervalMillis, Date firstRunTime) {
        return new Schedule(intervalMillis, firstRunTime == null ? null : new Date(firstRunTime.getTime()));
    }
}
