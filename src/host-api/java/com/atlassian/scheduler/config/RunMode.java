package com.atlassian.scheduler.config;

/**
 * Compile-only mirror (never shipped; the host links the real type in its place). Where a job runs.
 *
 * <p>Source: host-api-platform7.md §4 (decompiled atlassian-scheduler-api, public mirror; version unknown, API stable for years, U on Platform 7 through many plugins). Confidence: U (constants seen in tests and ports).
 */
public enum RunMode {
    /** On one node of the cluster per run. */
    RUN_ONCE_PER_CLUSTER,
    /** On every node. */
    RUN_LOCALLY
}
