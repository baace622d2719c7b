package com.atlassian.jira.issue.search;

import java.util.List;

/**
 * Compile-only mirror (never shipped; the host links the real type in its place). One page of search results: a generic class since Jira 8. Jira only; imported with resolution:=optional.
 *
 * <p>Source: jira-api; generic class V (JSW 10.6 javadoc), {@code getResults()} U on Jira 10
 * (host-api-platform7.md §6); the constructor (used only by the dev host) U against jira-api 8.8.1. The real class
 * also carries the search's total, whose accessor's signature on Jira 10 is not verified; Cascade does not read it
 * (it pages until a short page), so it is not mirrored.
 *
 * @param <T> the result type
 */
public class SearchResults<T> {

    private final List<T> results;

    /** Creates a page; only the dev host constructs one. */
    public SearchResults(List<T> results, int total, int maxResults, int startIndex) {
        this.results = List.copyOf(results);
    }

    /** The results on this page. */
    public List<T> getResults() {
        return results;
    }
}
