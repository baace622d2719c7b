package com.atlassian.jira.util;

/**
 * Compile-only mirror (never shipped; the host links the real type in its place). Error and warning messages; Cascade
 * reports invalid JQL by its own text, so it asks only whether there are errors. Jira only; imported with
 * resolution:=optional.
 *
 * <p>Source: jira-api, an interface (shared/host-api.md §1.6). Confidence: M for its members.
 */
public interface MessageSet {

    /** Whether the set holds any error message. */
    boolean hasAnyErrors();
}
