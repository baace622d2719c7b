package dev.cascade.okr.jira;

import com.atlassian.jira.issue.search.SearchException;
import com.atlassian.jira.search.issue.IssueDocumentSearchService;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.plugin.spring.scanner.annotation.component.JiraComponent;
import com.atlassian.plugin.spring.scanner.annotation.imports.JiraImport;
import com.atlassian.query.Query;

/** Issue counts on Platform 8 (Jira 11): Jira's issue document search, as Atlassian's own Jira 11 code counts. */
@JiraComponent
public final class PlatformIssueCounts implements IssueCounts {

    private final IssueDocumentSearchService documents;

    /** Creates the counts. */
    public PlatformIssueCounts(@JiraImport IssueDocumentSearchService documents) {
        this.documents = documents;
    }

    @Override
    public long visibleTo(ApplicationUser user, Query query) throws SearchException {
        return documents.getHitCount(user, query, false);
    }

    @Override
    public long all(Query query) throws SearchException {
        return documents.getHitCount(null, query, true);
    }
}
