package com.atlassian.jira.project;

/**
 * Compile-only mirror (never shipped; the host links the real type in its place). A Jira project. Jira only; imported with resolution:=optional.
 *
 * <p>Source: jira-api; the full method set is implemented by Atlassian's Slack plugin in Jira 9/10/11, identical in
 * all three. Confidence: V (shared/host-api.md §1.3).
 */
public interface Project {

    /** The project's id. */
    Long getId();

    /** The project key, e.g. {@code CASC}. */
    String getKey();

    /** The project's name. */
    String getName();
}
