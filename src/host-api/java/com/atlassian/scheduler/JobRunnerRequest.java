package com.atlassian.scheduler;

import java.util.Date;

/**
 * Compile-only mirror (never shipped; the host links the real type in its place). What the scheduler tells a runner
 * about one run.
 *
 * <p>Source: host-api-platform7.md §4 (decompiled atlassian-scheduler-api, public mirror; version unknown, API stable for years, U on Platform 7 through many plugins). Confidence: V.
 */
public interface JobRunnerRequest {

    /** When this run started. */
    Date getStartTime();
}
