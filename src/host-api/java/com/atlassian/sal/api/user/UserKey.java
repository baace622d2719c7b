package com.atlassian.sal.api.user;

import java.io.Serializable;
import java.util.Objects;

/**
 * Compile-only mirror (never shipped; the host links the real type in its place). The stable key of a user (not the user name, which can change).
 *
 * <p>Source: sal-api {@code UserKey}, a final class; {@code new UserKey(String)} and {@code getStringValue()}
 * used by Atlassian's Slack plugin on Jira 10. Confidence: U (shared/host-api.md §3). The body exists only so that
 * the dev host and tests can run.
 */
public final class UserKey implements Serializable {

    private static final long serialVersionUID = 1L;

    private final String userKey;

    /** Wraps a user key string. */
    public UserKey(String userKey) {
        this.userKey = Objects.requireNonNull(userKey, "userKey");
    }

    /** The key as a string. */
    public String getStringValue() {
        return userKey;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof UserKey && ((UserKey) other).userKey.equals(userKey);
    }

    @Override
    public int hashCode() {
        return userKey.hashCode();
    }

    @Override
    public String toString() {
        return userKey;
    }
}
