package com.atlassian.jira.project;

/**
 * Compile-only mirror (never shipped; the host links the real type in its place). Looks up Jira projects. Jira only; imported with resolution:=optional.
 *
 * <p>Source: jira-api; {@code getProjectObjByKey} mocked by Atlassian's Slack plugin tests on Jira 10. Confidence: U
 * (shared/host-api.md §1.3).
 */
public interface ProjectManager {

    /** The project with this key, or {@code null}. */
    Project getProjectObjByKey(String projectKey);
}
