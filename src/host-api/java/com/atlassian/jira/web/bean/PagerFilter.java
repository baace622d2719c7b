package com.atlassian.jira.web.bean;

import java.io.Serializable;

/**
 * Compile-only mirror (never shipped; the host links the real type in its place). Which page of results a search returns. Jira only; imported with resolution:=optional.
 *
 * <p>Source: jira-api, a {@code @PublicApi} class; constructors and getters V in the Jira 7.2.6 javadoc,
 * {@code new PagerFilter<>(start, max)} U on Jira 8+/10 (host-api-platform7.md §6).
 *
 * @param <T> unused element type, as in Jira
 */
public class PagerFilter<T> implements Serializable {

    private static final long serialVersionUID = 1L;

    private final int start;
    private final int max;

    /** A page of at most {@code max} results starting at index {@code start}. */
    public PagerFilter(int start, int max) {
        this.start = start;
        this.max = max;
    }

    /** The index of the first result. */
    public int getStart() {
        return start;
    }

    /** The page size. */
    public int getMax() {
        return max;
    }
}
