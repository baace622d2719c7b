package com.atlassian.scheduler;

/**
 * Compile-only mirror (never shipped; the host links the real type in its place). Scheduling failed.
 *
 * <p>Source: host-api-platform7.md §4 (decompiled atlassian-scheduler-api, public mirror; version unknown, API stable for years, U on Platform 7 through many plugins). Confidence: M-high that it is checked ({@code extends Exception}): every plugin catches it around
 * {@code scheduleJob}.
 */
public class SchedulerServiceException extends Exception {

    private static final long serialVersionUID = 1L;

    /** A failure with a message. */
    public SchedulerServiceException(String message) {
        super(message);
    }
}
