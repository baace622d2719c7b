package com.atlassian.jira.issue.search;

import java.util.List;

/**
 * Compile-only mirror (never shipped; the host links the real type in its place). One page of search results: a generic class since Jira 8. Jira only; imported with resolution:=optional.
 *
 * <p>Source: jira-api; generic class V (JSW 10.6 javadoc), {@code getResults()}/{@code getTotal()} U on Jira 10
 * (host-api-platform7.md §6); the constructor (used only by the dev host) U against jira-api 8.8.1.
 *
 * @param <T> the result type
 */
public class SearchResults<T> {

    private final List<T> results;
    private final int total;

    /** Creates a page; only the dev host constructs one. */
    public SearchResults(List<T> results, int total, int maxResults, int startIndex) {
        this.results = List.copyOf(results);
        this.total = total;
    }

    /** The results on this page. */
    public List<T> getResults() {
        return results;
    }

    /** How many results the whole search has. */
    public int getTotal() {
        return total;
    }
}
