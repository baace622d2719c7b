package dev.cascade.okr.jira;

import com.atlassian.jira.bc.issue.search.SearchService;
import com.atlassian.jira.issue.IssueManager;
import com.atlassian.jira.issue.search.SearchException;
import com.atlassian.jira.project.ProjectManager;
import com.atlassian.jira.security.JiraAuthenticationContext;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.util.MessageSet;
import com.atlassian.plugin.spring.scanner.annotation.component.JiraComponent;
import com.atlassian.plugin.spring.scanner.annotation.imports.JiraImport;
import com.atlassian.query.Query;
import dev.cascade.okr.core.model.WorkLink;
import dev.cascade.okr.core.port.WorkCatalog;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Whether Jira projects and issues exist, straight from Jira's managers; and what a person may link, asked of Jira's
 * search as that person (parsed and validated by {@code SearchService}, counted by {@link IssueCounts}), never with the app's authority
 * alone. Answers for the signed-in user of the current request only, as {@link JiraHostAccess} does.
 */
@JiraComponent
public final class JiraWorkCatalog implements WorkCatalog {

    private static final Logger LOG = LoggerFactory.getLogger(JiraWorkCatalog.class);

    private final ProjectManager projects;
    private final IssueManager issues;
    private final SearchService search;
    private final IssueCounts counts;
    private final JiraAuthenticationContext authentication;

    /** Creates the catalog. */
    public JiraWorkCatalog(@JiraImport ProjectManager projects, @JiraImport IssueManager issues,
            @JiraImport SearchService search, IssueCounts counts,
            @JiraImport JiraAuthenticationContext authentication) {
        this.projects = projects;
        this.issues = issues;
        this.search = search;
        this.counts = counts;
        this.authentication = authentication;
    }

    @Override
    public boolean projectExists(String projectKey) {
        return projects.getProjectObjByKey(projectKey) != null;
    }

    /**
     * {@inheritDoc}
     *
     * <p>An epic or issue: it exists and a search for its key as the person finds it (issue security included). A
     * JQL query: it parses and Jira's validation as the person finds no error (a project they may not browse is "does
     * not exist" there, as a missing one), and the number of issues it finds for them is the number it finds with
     * security overridden — the authority stored progress is read with. A search Jira fails is logged and refused.
     */
    @Override
    public Linkable linkableBy(String userKey, WorkLink link) {
        ApplicationUser user = authentication.getLoggedInUser();
        boolean asked = user != null && userKey != null && userKey.equals(user.getKey());
        if (link instanceof WorkLink.Jql jql) {
            return asked ? jql(user, jql.jql()) : Linkable.JQL_INVALID;
        }
        String key = link.text();
        if (!asked || key == null || !WorkLink.ISSUE_KEY.matcher(key).matches()
                || issues.getIssueByCurrentKey(key) == null) {
            return Linkable.UNKNOWN;
        }
        SearchService.ParseResult parsed = search.parseQuery(user, "issuekey = \"" + key + "\"");
        if (parsed == null || !parsed.isValid()) {
            return Linkable.UNKNOWN;
        }
        try {
            return counts.visibleTo(user, parsed.getQuery()) > 0 ? Linkable.YES : Linkable.UNKNOWN;
        } catch (SearchException e) {
            LOG.warn("Jira could not search for issue {} as {}; the link is refused", key, userKey, e);
            return Linkable.UNKNOWN;
        }
    }

    private Linkable jql(ApplicationUser user, String text) {
        SearchService.ParseResult parsed = search.parseQuery(user, text);
        if (parsed == null || !parsed.isValid()) {
            return Linkable.JQL_INVALID;
        }
        Query query = parsed.getQuery();
        MessageSet errors = search.validateQuery(user, query);
        if (errors != null && errors.hasAnyErrors()) {
            return Linkable.JQL_INVALID;
        }
        try {
            long visible = counts.visibleTo(user, query);
            long all = counts.all(query);
            return all > visible ? Linkable.JQL_HIDDEN_ISSUES : Linkable.YES;
        } catch (SearchException e) {
            LOG.warn("Jira could not count the issues of a JQL link as {}; the link is refused", user.getKey(), e);
            return Linkable.JQL_INVALID;
        }
    }
}
