package dev.cascade.okr.jira;

import com.atlassian.jira.bc.issue.search.SearchService;
import com.atlassian.jira.issue.search.SearchException;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.plugin.spring.scanner.annotation.component.JiraComponent;
import com.atlassian.plugin.spring.scanner.annotation.imports.JiraImport;
import com.atlassian.query.Query;

/**
 * Issue counts on Platform 7 (Jira 10.3): {@code SearchService}'s counting methods ({@code IssueDocumentSearchService}
 * arrived in Jira 10.7). Compiled only into the Platform 7 JAR.
 */
@JiraComponent
public final class PlatformIssueCounts implements IssueCounts {

    private final SearchService search;

    /** Creates the counts. */
    public PlatformIssueCounts(@JiraImport SearchService search) {
        this.search = search;
    }

    @Override
    public long visibleTo(ApplicationUser user, Query query) throws SearchException {
        return search.searchCount(user, query);
    }

    @Override
    public long all(Query query) throws SearchException {
        return search.searchCountOverrideSecurity(null, query);
    }
}
