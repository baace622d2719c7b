package com.atlassian.jira.search.issue;

import com.atlassian.jira.issue.search.SearchException;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.query.Query;

/**
 * Compile-only mirror (never shipped; the host links the real type in its place). Jira 11's search over issue
 * documents, which replaced the Lucene {@code SearchProvider}; Cascade uses it to count the issues a JQL query finds.
 * Jira only (Platform 8); imported with resolution:=optional, obtained as a host component.
 *
 * <p>Source: jira-api 11; Atlassian's Slack plugin (atlassian-labs/atlassian-slack-integration-server, master at
 * 94c50dc, {@code JqlIndexSearcher} and {@code ComponentImports}) imports it with {@code @ComponentImport} and calls
 * {@code getHitCount(caller, query, caller == null)}, catching {@code SearchException}; Atlassian's pull request 444
 * there calls the move "a breaking change for Jira 11". Present since Jira 10.7, so not on Jira 10.3 (Platform 7
 * counts with {@code SearchService.searchCount}). Confidence: V.
 */
public interface IssueDocumentSearchService {

    /**
     * How many issues {@code query} finds: those {@code user} may browse, or all of them when
     * {@code overrideSecurity} is true.
     */
    long getHitCount(ApplicationUser user, Query query, boolean overrideSecurity) throws SearchException;
}
