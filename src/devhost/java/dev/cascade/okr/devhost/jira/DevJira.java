package dev.cascade.okr.devhost.jira;

import com.atlassian.jira.bc.issue.search.SearchService;
import com.atlassian.jira.issue.CustomFieldManager;
import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.IssueManager;
import com.atlassian.jira.issue.MutableIssue;
import com.atlassian.jira.issue.fields.CustomField;
import com.atlassian.jira.issue.search.SearchResults;
import com.atlassian.jira.permission.ProjectPermissions;
import com.atlassian.jira.project.Project;
import com.atlassian.jira.project.ProjectManager;
import com.atlassian.jira.security.JiraAuthenticationContext;
import com.atlassian.jira.security.PermissionManager;
import com.atlassian.jira.security.plugin.ProjectPermissionKey;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.util.MessageSet;
import com.atlassian.jira.web.bean.PagerFilter;
import com.atlassian.query.Query;
import dev.cascade.okr.devhost.DevRequestContext;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The dev host's stand-ins for the Jira services the plugin imports, all over {@link SampleJira}.
 *
 * <p>Search understands only the JQL the plugin itself writes ({@code cf[N] in ("A-1", ...) ORDER BY id ASC});
 * anything else is reported as invalid JQL. Real JQL is not stood in for, and the pages say so.
 */
public final class DevJira {

    private static final Pattern EPIC_JQL = Pattern.compile(
            "cf\\[(\\d+)\\] in \\(((?:\"[A-Z][A-Z0-9_]*-\\d+\"(?:, )?)+)\\) ORDER BY id ASC");

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

    /** The sample's custom fields: Epic Link. */
    public CustomFieldManager customFieldManager() {
        return new CustomFieldManager() {
            @Override
            public List<CustomField> getCustomFieldObjects() {
                return List.of(sample.epicLinkField());
            }

            @Override
            public CustomField getCustomFieldObject(String id) {
                CustomField epicLink = sample.epicLinkField();
                return epicLink.getId().equals(id) ? epicLink : null;
            }
        };
    }

    /** Search over the sample issues. */
    public SearchService searchService() {
        return new SearchService() {
            @Override
            public SearchResults<Issue> search(ApplicationUser searcher, Query query, PagerFilter pager) {
                return run(query, pager, searcher);
            }

            @Override
            public SearchResults<Issue> searchOverrideSecurity(ApplicationUser searcher, Query query,
                    PagerFilter pager) {
                return run(query, pager, null);
            }

            @Override
            public ParseResult parseQuery(ApplicationUser searcher, String jql) {
                Matcher matcher = EPIC_JQL.matcher(jql == null ? "" : jql.trim());
                if (!matcher.matches() || Long.parseLong(matcher.group(1)) != SampleJira.EPIC_LINK_FIELD_ID) {
                    return new ParseResult(null, new MessageSet() { });
                }
                Set<String> keys = new LinkedHashSet<>();
                for (String quoted : matcher.group(2).split(", ")) {
                    keys.add(quoted.substring(1, quoted.length() - 1));
                }
                return new ParseResult(new EpicQuery(keys), new MessageSet() { });
            }
        };
    }

    private SearchResults<Issue> run(Query query, PagerFilter<?> pager, ApplicationUser searcher) {
        if (!(query instanceof EpicQuery)) {
            throw new IllegalArgumentException("the dev host only runs queries it parsed itself");
        }
        searches.incrementAndGet();
        List<Issue> all = new ArrayList<>();
        for (DevIssue issue : sample.issuesOfEpics(((EpicQuery) query).epicKeys)) {
            if (searcher == null || sample.canBrowse(searcher.getKey(), issue.getProjectObject().getKey())) {
                all.add(issue);
            }
        }
        all.sort(Comparator.comparing(Issue::getId));
        int from = Math.min(pager.getStart(), all.size());
        int to = Math.min(all.size(), from + pager.getMax());
        return new SearchResults<>(all.subList(from, to), all.size(), pager.getMax(), from);
    }

    /** A parsed epic query. */
    private static final class EpicQuery implements Query {
        private final Set<String> epicKeys;

        EpicQuery(Set<String> epicKeys) {
            this.epicKeys = epicKeys;
        }

        @Override
        public String toString() {
            return "epics " + Arrays.toString(epicKeys.toArray());
        }
    }
}
