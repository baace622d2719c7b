package com.atlassian.jira.issue;

/**
 * Compile-only mirror (never shipped; the host links the real type in its place). Loads single issues. Jira only; imported with resolution:=optional.
 *
 * <p>Source: jira-api (6.x source, U in Slack plugin on Jira 10; {@code getIssueByCurrentKey} U in Scrum Poker on
 * Jira 10.3). Confidence: V (shared/host-api.md §1.4, host-api-platform7.md §6).
 */
public interface IssueManager {

    /** The issue with this id, or {@code null}. */
    MutableIssue getIssueObject(Long id);

    /** The issue whose current key this is, or {@code null}. */
    MutableIssue getIssueByCurrentKey(String key);
}
