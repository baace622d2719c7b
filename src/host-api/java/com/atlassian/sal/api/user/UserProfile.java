package com.atlassian.sal.api.user;

/**
 * Compile-only mirror (never shipped; the host links the real type in its place). A user's profile as SAL exposes it.
 *
 * <p>Source: sal-api {@code UserProfile}; {@code getUserKey()} U (Slack plugin, Jira 10), the other getters M
 * but unchanged for a decade (shared/host-api.md §3).
 */
public interface UserProfile {

    /** The user's stable key. */
    UserKey getUserKey();

    /** The login name. */
    String getUsername();

    /** The name people read. */
    String getFullName();
}
