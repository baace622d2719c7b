package com.atlassian.jira.issue.issuetype;

/**
 * Compile-only mirror (never shipped; the host links the real type in its place). An issue type (Epic, Story, Task,
 * Bug, Sub-task …). Jira only; imported with resolution:=optional.
 *
 * <p>Source: jira-api, an interface extending {@code IssueConstant}; Atlassian's Slack plugin implements the whole
 * interface in Jira 9.0, 10.0 and 11.0 with identical signatures. Confidence: V for {@code getName()}
 * (shared/host-api.md §0.2 and §1.4).
 */
public interface IssueType {

    /** The issue type's name, e.g. {@code Epic}. */
    String getName();
}
