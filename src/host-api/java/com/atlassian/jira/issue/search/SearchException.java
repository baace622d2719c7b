package com.atlassian.jira.issue.search;

/**
 * Compile-only mirror (never shipped; the host links the real type in its place). A failed search: a checked exception. Jira only; imported with resolution:=optional.
 *
 * <p>Source: jira-api (shared/host-api.md §1.6). Confidence: M for the superclass ({@code Exception}); Cascade only
 * catches it.
 */
public class SearchException extends Exception {

    private static final long serialVersionUID = 1L;

    /** Creates the exception with a message. */
    public SearchException(String message) {
        super(message);
    }
}
