package com.atlassian.jira.security;

import com.atlassian.jira.user.ApplicationUser;

/**
 * Compile-only mirror (never shipped; the host links the real type in its place). Who is making the current request in Jira. Jira only; imported with resolution:=optional.
 *
 * <p>Source: jira-api; {@code getLoggedInUser()} U on Jira 10.3 (Scrum Poker) and in the javadoc summary
 * (shared/host-api.md §1.1, host-api-platform7.md §6).
 */
public interface JiraAuthenticationContext {

    /** The current user, or {@code null} when anonymous. */
    ApplicationUser getLoggedInUser();
}
