package com.atlassian.jira.bc.issue.search;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.search.SearchException;
import com.atlassian.jira.issue.search.SearchResults;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.util.MessageSet;
import com.atlassian.jira.web.bean.PagerFilter;
import com.atlassian.query.Query;

/**
 * Compile-only mirror (never shipped; the host links the real type in its place). Jira's JQL search, the entry point Atlassian recommends on Jira 9, 10 and 11. Jira only; imported with resolution:=optional.
 *
 * <p>Platform 8 (Jira 11). Source: jira-api; {@code parseQuery} and {@code ParseResult} V on Jira 11 (Atlassian's Slack
 * plugin, master branch, built against jira-api 11.0.0); {@code search}, {@code searchOverrideSecurity} and
 * {@code validateQuery} U/M on Jira 11: no Lucene type in their signatures, Atlassian's Jira 11 documentation still
 * names this interface the entry point for issue search, and the Jira Software 11.1 wrapper over it returns
 * {@code SearchResults<Issue>}. The counting methods of the Platform 7 mirror are left out on purpose: Atlassian's
 * own Jira 11 code counts through {@code IssueDocumentSearchService.getHitCount} instead, and Cascade does the same
 * there ({@code dev.cascade.okr.jira.PlatformIssueCounts}).
 */
public interface SearchService {

    /** Searches as {@code searcher}, honouring their issue permissions. */
    SearchResults<Issue> search(ApplicationUser searcher, Query query, PagerFilter pager) throws SearchException;

    /** Searches ignoring issue security, so that stored figures are the same for everyone. */
    SearchResults<Issue> searchOverrideSecurity(ApplicationUser searcher, Query query, PagerFilter pager)
            throws SearchException;

    /** Parses JQL text. */
    ParseResult parseQuery(ApplicationUser searcher, String query);

    /**
     * Checks a parsed query's values as {@code searcher} would see them: a project, status or issue they may not see
     * is an error, as one that does not exist. Confidence: U for the method (jira-api 8.8.1 method set), M for
     * {@link MessageSet#hasAnyErrors()}.
     */
    MessageSet validateQuery(ApplicationUser searcher, Query query);

    /**
     * The outcome of parsing JQL: a static nested class of {@code SearchService}.
     *
     * <p>Confidence: {@code isValid()} U on Jira 9/10/11; constructor and {@code getQuery()} M.
     */
    class ParseResult {

        private final Query query;
        private final MessageSet errors;

        /** Creates a result; only the dev host constructs one. */
        public ParseResult(Query query, MessageSet errors) {
            this.query = query;
            this.errors = errors;
        }

        /** The parsed query, or {@code null} when invalid. */
        public Query getQuery() {
            return query;
        }

        /** The parse errors. */
        public MessageSet getErrors() {
            return errors;
        }

        /** Whether the JQL parsed. */
        public boolean isValid() {
            return query != null;
        }
    }
}
