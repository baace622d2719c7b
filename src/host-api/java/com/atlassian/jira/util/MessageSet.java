package com.atlassian.jira.util;

/**
 * Compile-only mirror (never shipped; the host links the real type in its place). Error and warning messages; Cascade never reads it (it reports invalid JQL by its own text), so no member
 * is mirrored. Jira only; imported with resolution:=optional.
 *
 * <p>Source: jira-api, an interface (shared/host-api.md §1.6). Confidence: M for its members, which is why none is
 * called.
 */
public interface MessageSet {
}
