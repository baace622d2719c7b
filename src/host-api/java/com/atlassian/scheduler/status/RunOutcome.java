package com.atlassian.scheduler.status;

/**
 * Compile-only mirror (never shipped; the host links the real type in its place). How a job run ended.
 *
 * <p>Source: host-api-platform7.md §4 (decompiled atlassian-scheduler-api, public mirror; version unknown, API stable for years, U on Platform 7 through many plugins). Confidence: V for these constants.
 */
public enum RunOutcome {
    /** It ran to the end. */
    SUCCESS,
    /** It gave up on purpose. */
    ABORTED,
    /** It failed. */
    FAILED
}
