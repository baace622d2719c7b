package com.atlassian.jira.security;

import com.atlassian.jira.project.Project;
import com.atlassian.jira.security.plugin.ProjectPermissionKey;
import com.atlassian.jira.user.ApplicationUser;

/**
 * Compile-only mirror (never shipped; the host links the real type in its place). Answers Jira permission questions. Jira only; imported with resolution:=optional.
 *
 * <p>Source: jira-api; the project overload mocked by Atlassian's Slack plugin tests on Jira 10 and compiled by Scrum
 * Poker on Jira 10.3. Confidence: U (shared/host-api.md §1.7, host-api-platform7.md §6).
 */
public interface PermissionManager {

    /** Whether the user holds the permission in the project; {@code user} may be {@code null} (anonymous). */
    boolean hasPermission(ProjectPermissionKey permissionKey, Project project, ApplicationUser user);
}
