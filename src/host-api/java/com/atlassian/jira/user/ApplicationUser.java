package com.atlassian.jira.user;

/**
 * Compile-only mirror (never shipped; the host links the real type in its place). A Jira user. Jira only; imported with resolution:=optional.
 *
 * <p>Source: jira-api {@code ApplicationUser}; {@code getKey()} U (Slack plugin on Jira 9/10/11), the others M but
 * stable since Jira 7 (shared/host-api.md §1.1).
 */
public interface ApplicationUser {

    /** The user's stable key (the same string as SAL's {@code UserKey}). */
    String getKey();

    /** The login name. */
    String getUsername();

    /** The name people read. */
    String getDisplayName();
}
