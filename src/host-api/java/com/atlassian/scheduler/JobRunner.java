package com.atlassian.scheduler;

/**
 * Compile-only mirror (never shipped; the host links the real type in its place). The code a scheduled job runs;
 * plugins implement it ({@code @PublicSpi}).
 *
 * <p>Source: host-api-platform7.md §4 (decompiled atlassian-scheduler-api, public mirror; version unknown, API stable for years, U on Platform 7 through many plugins). Confidence: V (its only method).
 */
public interface JobRunner {

    /** Runs the job once; the answer may be {@code null}, which the host reads as success. */
    JobRunnerResponse runJob(JobRunnerRequest request);
}
