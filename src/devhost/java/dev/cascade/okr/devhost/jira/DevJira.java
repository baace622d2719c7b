package dev.cascade.okr.devhost.jira;

import com.atlassian.jira.bc.issue.search.SearchService;
import com.atlassian.jira.issue.CustomFieldManager;
import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.IssueManager;
import com.atlassian.jira.issue.MutableIssue;
import com.atlassian.jira.issue.search.SearchResults;
import com.atlassian.jira.permission.ProjectPermissions;
import com.atlassian.jira.project.Project;
import com.atlassian.jira.project.ProjectManager;
import com.atlassian.jira.search.issue.IssueDocumentSearchService;
import com.atlassian.jira.security.JiraAuthenticationContext;
import com.atlassian.jira.security.PermissionManager;
import com.atlassian.jira.security.plugin.ProjectPermissionKey;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.util.MessageSet;
import com.atlassian.jira.web.bean.PagerFilter;
import com.atlassian.query.Query;
import dev.cascade.okr.devhost.DevRequestContext;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The dev host's stand-ins for the Jira services the plugin imports, all over {@link SampleJira}.
 *
 * <p>Search understands the JQL the plugin's Jira adapter writes and a small documented subset for JQL links
 * ({@link DevJql}); anything else is reported as invalid JQL. Real JQL is not stood in for, and the pages say so.
 */
public final class DevJira {

    private final SampleJira sample;
    private final DevRequestContext request;
    private final AtomicLong searches = new AtomicLong();

    /** Creates the stand-ins. */
    public DevJira(SampleJira sample, DevRequestContext request) {
        this.sample = sample;
        this.request = request;
    }

    /** How many searches ran since start (for tests and benchmarks of batching). */
    public long searchCount() {
        return searches.get();
    }

    /** The logged-in user of the current request. */
    public JiraAuthenticationContext authenticationContext() {
        return () -> request.user().orElse(null);
    }

    /** Projects by key. */
    public ProjectManager projectManager() {
        return key -> sample.project(key).orElse(null);
    }

    /** Issues by id or key. */
    public IssueManager issueManager() {
        return new IssueManager() {
            @Override
            public MutableIssue getIssueObject(Long id) {
                return id == null ? null : sample.issue(id.longValue()).orElse(null);
            }

            @Override
            public MutableIssue getIssueByCurrentKey(String key) {
                return key == null ? null : sample.issue(key).orElse(null);
            }
        };
    }

    /**
     * Browse permission from the sample's project members; project administration for alice (Jira administrator) and
     * for pat on CASC; every other permission for alice only.
     */
    public PermissionManager permissionManager() {
        return (ProjectPermissionKey permission, Project project, ApplicationUser user) -> {
            if (user == null || project == null) {
                return false;
            }
            if (ProjectPermissions.BROWSE_PROJECTS.equals(permission)) {
                return sample.canBrowse(user.getKey(), project.getKey());
            }
            boolean projectAdmin = ProjectPermissions.ADMINISTER_PROJECTS.equals(permission)
                    && "pat".equals(user.getKey()) && "CASC".equals(project.getKey());
            return projectAdmin || "alice".equals(user.getKey());
        };
    }

    /** The sample's custom fields: Epic Link, Story Points and Epic Name. */
    public CustomFieldManager customFieldManager() {
        return new DevCustomFieldManager(List.of(sample.epicLinkField(), sample.storyPointsField(),
                sample.epicNameField()));
    }

    /**
     * Search over the sample issues. {@code parseQuery} understands the JQL described in {@link DevJql}; a search runs
     * only queries it parsed, counts in {@link #searchCount()}, returns issues by id and honours the pager's start and
     * page size. {@code search} keeps the issues the searcher may browse (none when anonymous);
     * {@code searchOverrideSecurity} keeps all; {@code validateQuery} refuses a project the searcher may not browse.
     */
    public SearchService searchService() {
        DevJql parser = new DevJql(sample);
        return new SearchService() {
            @Override
            public SearchResults<Issue> search(ApplicationUser searcher, Query query, PagerFilter pager) {
                return run(query, pager, searcher, false);
            }

            @Override
            public SearchResults<Issue> searchOverrideSecurity(ApplicationUser searcher, Query query,
                    PagerFilter pager) {
                return run(query, pager, searcher, true);
            }

            /**
             * As Jira: a project the searcher may not browse, named directly or through an issue key, is "does not
             * exist" for them, like a project that does not exist (which the dev host's parser already refuses).
             */
            @Override
            public MessageSet validateQuery(ApplicationUser searcher, Query query) {
                if (!(query instanceof DevJql.DevQuery parsed)) {
                    throw new IllegalArgumentException("the dev host only validates queries it parsed itself");
                }
                String searcherKey = searcher == null ? null : searcher.getKey();
                for (String project : new java.util.TreeSet<>(parsed.projectKeys())) {
                    if (!sample.canBrowse(searcherKey, project)) {
                        return DevMessageSet.error("The value '" + project + "' does not exist for the field "
                                + "'project', or you do not have permission to view it.");
                    }
                }
                return DevMessageSet.none();
            }

            @Override
            public ParseResult parseQuery(ApplicationUser searcher, String jql) {
                try {
                    return new ParseResult(parser.parse(jql), DevMessageSet.none());
                } catch (DevJql.JqlException e) {
                    return new ParseResult(null, DevMessageSet.error(e.getMessage()));
                }
            }
        };
    }

    /**
     * Jira 11's issue document search, for counts: as {@link #searchService()}'s search, with security overridden
     * when asked; each count is one search in {@link #searchCount()}.
     */
    public IssueDocumentSearchService documentSearch() {
        return (user, query, overrideSecurity) -> run(query, new PagerFilter<>(0, Integer.MAX_VALUE), user,
                overrideSecurity).getResults().size();
    }

    private SearchResults<Issue> run(Query query, PagerFilter<?> pager, ApplicationUser searcher,
            boolean overrideSecurity) {
        if (!(query instanceof DevJql.DevQuery)) {
            throw new IllegalArgumentException("the dev host only runs queries it parsed itself");
        }
        searches.incrementAndGet();
        DevJql.DevQuery parsed = (DevJql.DevQuery) query;
        String searcherKey = searcher == null ? null : searcher.getKey();
        List<Issue> all = new ArrayList<>();
        for (DevIssue issue : sample.issues()) {
            if (parsed.matches(issue) && (overrideSecurity
                    || sample.canBrowse(searcherKey, issue.getProjectObject().getKey()))) {
                all.add(issue);
            }
        }
        all.sort(Comparator.comparing(Issue::getId));
        int from = Math.min(Math.max(0, pager.getStart()), all.size());
        int to = Math.min(all.size(), from + Math.max(0, pager.getMax()));
        return new SearchResults<>(all.subList(from, to), all.size(), pager.getMax(), from);
    }
}
