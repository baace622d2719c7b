package com.atlassian.jira.permission;

import com.atlassian.jira.security.plugin.ProjectPermissionKey;

/**
 * Compile-only mirror (never shipped; the host links the real type in its place). The system project permissions. The fields are objects, so they are linked by name and type at run time
 * (not inlined); their mirrored values only serve the dev host. Jira only; imported with resolution:=optional.
 *
 * <p>Source: jira-api, a class with {@code public static final ProjectPermissionKey} fields; used on Jira 9/10/11 by
 * the Slack plugin. Confidence: U (shared/host-api.md §1.7).
 */
public final class ProjectPermissions {

    /** See the project and its issues. */
    public static final ProjectPermissionKey BROWSE_PROJECTS = new ProjectPermissionKey("BROWSE_PROJECTS");

    /** Administer the project. */
    public static final ProjectPermissionKey ADMINISTER_PROJECTS = new ProjectPermissionKey("ADMINISTER_PROJECTS");

    private ProjectPermissions() {
    }
}
