package com.atlassian.scheduler;

import com.atlassian.scheduler.status.RunOutcome;

/**
 * Compile-only mirror (never shipped; the host links the real type in its place). How a run ended, with a message
 * the host shows to administrators.
 *
 * <p>Source: host-api-platform7.md §4 (decompiled atlassian-scheduler-api, public mirror; version unknown, API stable for years, U on Platform 7 through many plugins); a final class with static factories. Confidence: V. The body here only serves the dev host.
 */
public final class JobRunnerResponse {

    private final RunOutcome runOutcome;
    private final String message;

    private JobRunnerResponse(RunOutcome runOutcome, String message) {
        this.runOutcome = runOutcome;
        this.message = message;
    }

    /** The run succeeded. */
    public static JobRunnerResponse success(String message) {
        return new JobRunnerResponse(RunOutcome.SUCCESS, message);
    }

    /** The run failed. */
    public static JobRunnerResponse failed(String message) {
        return new JobRunnerResponse(RunOutcome.FAILED, message);
    }

    /** How the run ended. */
    public RunOutcome getRunOutcome() {
        return runOutcome;
    }

    /** The message, or {@code null}. */
    public String getMessage() {
        return message;
    }
}
