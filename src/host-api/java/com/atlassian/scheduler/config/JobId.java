package com.atlassian.scheduler.config;

import java.io.Serializable;
import java.util.Objects;

/**
 * Compile-only mirror (never shipped; the host links the real type in its place). A key naming a job
 * (JobId), compared by its text.
 *
 * <p>Source: host-api-platform7.md §4 (decompiled atlassian-scheduler-api, public mirror; version unknown, API stable for years, U on Platform 7 through many plugins); a final {@code Serializable}, {@code Comparable} class. Confidence: V for {@code of} and
 * {@code toString}. The body here only serves the dev host.
 */
public final class JobId implements Serializable, Comparable<JobId> {

    private static final long serialVersionUID = 1L;

    private final String key;

    private JobId(String key) {
        this.key = Objects.requireNonNull(key, "key");
    }

    /** The key with this text. */
    public static JobId of(String key) {
        return new JobId(key);
    }

    @Override
    public int compareTo(JobId other) {
        return key.compareTo(other.key);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof JobId that && key.equals(that.key);
    }

    @Override
    public int hashCode() {
        return key.hashCode();
    }

    /** The key's text. */
    @Override
    public String toString() {
        return key;
    }
}
