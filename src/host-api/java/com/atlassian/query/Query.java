package com.atlassian.query;

/**
 * Compile-only mirror (never shipped; the host links the real type in its place). A parsed JQL query; Cascade only passes it from {@code parseQuery} to {@code search}, so no member is
 * mirrored. Jira only; imported with resolution:=optional.
 *
 * <p>Source: atlassian-query (a dependency of jira-api), an interface. Confidence: U (Slack plugin on Jira 9/10/11).
 */
public interface Query {
}
