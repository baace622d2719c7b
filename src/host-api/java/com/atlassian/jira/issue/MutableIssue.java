package com.atlassian.jira.issue;

/**
 * Compile-only mirror (never shipped; the host links the real type in its place). The type Jira's {@code IssueManager} returns; Cascade only reads it as an {@link Issue}. Jira only; imported with resolution:=optional.
 *
 * <p>Source: jira-api, an interface extending {@code Issue}. Confidence: V (shared/host-api.md §1.4).
 */
public interface MutableIssue extends Issue {
}
