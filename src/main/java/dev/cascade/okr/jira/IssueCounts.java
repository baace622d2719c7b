package dev.cascade.okr.jira;

import com.atlassian.jira.issue.search.SearchException;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.query.Query;

/**
 * How many issues a JQL query finds: the one Jira call Cascade makes that differs between the platforms. Jira 11
 * counts through {@code IssueDocumentSearchService}, Jira 10.3 through {@code SearchService}; each build has its own
 * {@code PlatformIssueCounts} (src/main/platform8/java, src/main/platform7/java; docs/decisions/0014).
 */
public interface IssueCounts {

    /** How many issues {@code query} finds that {@code user} may browse. */
    long visibleTo(ApplicationUser user, Query query) throws SearchException;

    /** How many issues {@code query} finds, issue security ignored (the authority stored progress is read with). */
    long all(Query query) throws SearchException;
}
