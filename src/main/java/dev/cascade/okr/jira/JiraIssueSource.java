package dev.cascade.okr.jira;

import com.atlassian.jira.bc.issue.search.SearchService;
import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.fields.CustomField;
import com.atlassian.jira.issue.search.SearchException;
import com.atlassian.jira.issue.search.SearchResults;
import com.atlassian.jira.security.JiraAuthenticationContext;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.web.bean.PagerFilter;
import com.atlassian.plugin.spring.scanner.annotation.component.JiraComponent;
import com.atlassian.plugin.spring.scanner.annotation.imports.JiraImport;
import com.atlassian.query.Query;
import dev.cascade.okr.core.model.WorkLink;
import dev.cascade.okr.core.port.IssueRequest;
import dev.cascade.okr.core.port.IssueSource;
import dev.cascade.okr.core.port.LinkedIssues;
import dev.cascade.okr.core.progress.IssueFact;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads the issues behind many work links in a bounded number of JQL searches: one per batch of
 * {@value #KEYS_PER_SEARCH} epics, one per batch of {@value #KEYS_PER_SEARCH} single issues, one per distinct JQL text
 * and, when sub-tasks count, one per batch of {@value #KEYS_PER_SEARCH} parents; each paged by {@value #PAGE_SIZE}
 * until a page comes back short.
 *
 * <p>{@link #read} searches with the app's authority ({@code searchOverrideSecurity}) so that stored progress is the
 * same for everyone; {@link #visibleIssues} searches as the person, so that only browsable issues are listed. Epics
 * and issues are named by key in the JQL, so a key that no longer exists is found first (one unknown key makes Jira
 * reject the whole query) and reported broken. The Epic Link field is named by id ({@code cf[10100]}), found by its
 * type key, which is locale-proof.
 */
@JiraComponent
public final class JiraIssueSource implements IssueSource {

    static final int KEYS_PER_SEARCH = 500;
    static final int PAGE_SIZE = 1000;
    /** The type key of Jira's Number custom field ({@link JiraNumberFields#NUMBER_FIELD_TYPE}). */
    static final String NUMBER_FIELD_TYPE = JiraNumberFields.NUMBER_FIELD_TYPE;
    static final String STORY_POINTS_NAME = JiraNumberFields.STORY_POINTS_NAME;

    private static final Logger LOG = LoggerFactory.getLogger(JiraIssueSource.class);
    private static final Comparator<Found> BY_ID = Comparator.comparing(Found::id);

    private final SearchService search;
    private final JiraIssues issues;
    private final JiraAuthenticationContext authentication;

    /** Creates the source over Jira's search. */
    public JiraIssueSource(@JiraImport SearchService search, JiraIssues issues,
            @JiraImport JiraAuthenticationContext authentication) {
        this.search = search;
        this.issues = issues;
        this.authentication = authentication;
    }

    @Override
    public LinkedIssues read(IssueRequest request) {
        Reading reading = new Reading(request, null);
        reading.run();
        Map<WorkLink, List<IssueFact>> answer = new HashMap<>();
        reading.found.forEach((link, found) -> answer.put(link, facts(found.values())));
        return new LinkedIssues(answer, reading.broken, reading.searches);
    }

    /**
     * {@inheritDoc}
     *
     * <p>Answers only for the signed-in user of the current request, as {@link JiraHostAccess} does: a question about
     * anyone else, or outside a request, is answered with no issues, never with someone else's view.
     */
    @Override
    public List<IssueFact> visibleIssues(IssueRequest request, String userKey, int limit) {
        if (request.links().size() != 1) {
            throw new IllegalArgumentException("exactly one link expected, got " + request.links().size());
        }
        if (limit < 1 || limit > MAX_VISIBLE) {
            throw new IllegalArgumentException("limit must be 1 to " + MAX_VISIBLE + ": " + limit);
        }
        ApplicationUser user = authentication.getLoggedInUser();
        if (user == null || userKey == null || !userKey.equals(user.getKey())) {
            return List.of();
        }
        Reading reading = new Reading(request, user);
        reading.run();
        WorkLink link = request.links().iterator().next();
        Map<Long, Found> found = reading.found.get(link);
        if (found == null) {
            return List.of();
        }
        List<IssueFact> facts = facts(found.values());
        return facts.size() <= limit ? facts : List.copyOf(facts.subList(0, limit));
    }

    /** {@code <field> in ("A-1", "B-2") ORDER BY id ASC}; keys must be valid issue keys (checked before). */
    static String jqlForKeys(String field, List<String> keys) {
        StringBuilder jql = new StringBuilder(field).append(" in (");
        for (int i = 0; i < keys.size(); i++) {
            jql.append(i == 0 ? "" : ", ").append('"').append(keys.get(i)).append('"');
        }
        return jql.append(") ORDER BY id ASC").toString();
    }

    private static List<IssueFact> facts(Collection<Found> found) {
        return found.stream().sorted(BY_ID).map(Found::fact).toList();
    }

    /** One read: the state of a single call, never shared between calls. */
    private final class Reading {

        private final IssueRequest request;
        /** The person searching, or {@code null} for the app's authority. */
        private final ApplicationUser user;
        /** The issues of each resolved link by issue id. */
        private final Map<WorkLink, Map<Long, Found>> found = new LinkedHashMap<>();
        private final Set<WorkLink> broken = new HashSet<>();
        private final CustomField storyPoints;
        private final Map<String, CustomField> numericFields = new TreeMap<>();
        private int searches;

        Reading(IssueRequest request, ApplicationUser user) {
            this.request = request;
            this.user = user;
            this.storyPoints = issues.storyPointsField(request.storyPointsFieldId()).orElse(null);
            for (String id : new TreeSet<>(request.numericFieldIds())) {
                issues.field(id).ifPresent(field -> numericFields.put(id, field));
            }
        }

        void run() {
            Map<String, WorkLink> epics = new TreeMap<>();
            Map<String, WorkLink> singles = new TreeMap<>();
            List<WorkLink.Jql> queries = new ArrayList<>();
            for (WorkLink link : request.links()) {
                if (link instanceof WorkLink.Epic epic) {
                    keep(epic.issueKey(), link, epics);
                } else if (link instanceof WorkLink.Issue issue) {
                    keep(issue.issueKey(), link, singles);
                } else if (link instanceof WorkLink.Jql jql) {
                    queries.add(jql);
                }
            }
            readEpics(epics);
            readSingles(singles);
            queries.sort(Comparator.comparing(WorkLink.Jql::jql));
            for (WorkLink.Jql query : queries) {
                readQuery(query);
            }
            if (request.countSubTasks()) {
                readSubTasks();
            }
        }

        /** Keeps a key that names an existing issue; marks the link broken otherwise. */
        private void keep(String key, WorkLink link, Map<String, WorkLink> byKey) {
            if (WorkLink.ISSUE_KEY.matcher(key).matches() && issues.exists(key)) {
                byKey.put(key, link);
            } else {
                broken.add(link);
            }
        }

        private void readEpics(Map<String, WorkLink> epics) {
            if (epics.isEmpty()) {
                return;
            }
            Optional<CustomField> epicLink = issues.epicLink();
            if (epicLink.isEmpty()) {
                LOG.warn("No Epic Link field (type {}) found; is Jira Software installed? {} epic links are broken",
                        JiraEpicLinks.EPIC_LINK_TYPE, epics.size());
                broken.addAll(epics.values());
                return;
            }
            epics.values().forEach(link -> found.put(link, new LinkedHashMap<>()));
            String field = "cf[" + epicLink.get().getIdAsLong() + "]";
            for (List<String> batch : batches(epics.keySet())) {
                searchAll(jqlForKeys(field, batch), issue -> issues.epicKeyOf(issue, epicLink.get())
                        .map(epics::get).ifPresent(link -> add(link, issue)));
            }
        }

        private void readSingles(Map<String, WorkLink> singles) {
            if (singles.isEmpty()) {
                return;
            }
            Set<String> seen = new HashSet<>();
            for (List<String> batch : batches(singles.keySet())) {
                searchAll(jqlForKeys("issuekey", batch), issue -> {
                    WorkLink link = singles.get(issue.getKey());
                    if (link != null) {
                        seen.add(issue.getKey());
                        found.computeIfAbsent(link, l -> new LinkedHashMap<>());
                        add(link, issue);
                    }
                });
            }
            // Deleted between the existence check and the search: broken, as if it had been deleted before.
            singles.forEach((key, link) -> {
                if (!seen.contains(key)) {
                    broken.add(link);
                }
            });
        }

        private void readQuery(WorkLink.Jql link) {
            SearchService.ParseResult parsed = search.parseQuery(user, link.jql());
            if (parsed == null || !parsed.isValid()) {
                broken.add(link);
                return;
            }
            found.put(link, new LinkedHashMap<>());
            page(parsed.getQuery(), link.jql(), issue -> add(link, issue));
        }

        /** Adds the sub-tasks of every non-sub-task found so far to each link that holds its parent, once. */
        private void readSubTasks() {
            Map<Long, List<WorkLink>> linksOfParent = new HashMap<>();
            Map<Long, String> parentKeys = new TreeMap<>();
            found.forEach((link, byId) -> byId.values().stream().filter(f -> !f.fact().subTask()).forEach(f -> {
                linksOfParent.computeIfAbsent(f.id(), id -> new ArrayList<>()).add(link);
                parentKeys.put(f.id(), f.fact().key());
            }));
            Set<String> keys = new TreeSet<>();
            parentKeys.values().stream().filter(key -> WorkLink.ISSUE_KEY.matcher(key).matches()).forEach(keys::add);
            for (List<String> batch : batches(keys)) {
                searchAll(jqlForKeys("parent", batch), subTask -> {
                    for (WorkLink link : linksOfParent.getOrDefault(subTask.getParentId(), List.of())) {
                        add(link, subTask);
                    }
                });
            }
        }

        /** Adds an issue to a link once, leaving sub-tasks out when they do not count. */
        private void add(WorkLink link, Issue issue) {
            if (issue.isSubTask() && !request.countSubTasks()) {
                return;
            }
            Map<Long, Found> byId = found.get(link);
            if (byId != null && issue.getId() != null && !byId.containsKey(issue.getId())) {
                byId.put(issue.getId(), new Found(issue.getId(), fact(issue)));
            }
        }

        private IssueFact fact(Issue issue) {
            Map<String, Double> values = new HashMap<>();
            numericFields.forEach((id, field) -> JiraNumberFields.number(issue, field)
                    .ifPresent(value -> values.put(id, value)));
            Timestamp resolved = issue.getResolutionDate();
            return new IssueFact(issue.getKey(), issue.getSummary(), JiraStatusCategories.of(issue),
                    resolved == null ? null : resolved.toInstant(),
                    storyPoints == null ? null : JiraNumberFields.number(issue, storyPoints).orElse(null), values,
                    issue.isSubTask());
        }

        /** Parses JQL Cascade wrote itself; Jira rejecting it is a defect, not a broken link. */
        private void searchAll(String jql, Consumer<Issue> each) {
            SearchService.ParseResult parsed = search.parseQuery(user, jql);
            if (parsed == null || !parsed.isValid()) {
                throw new IllegalStateException("Jira rejected Cascade's query: " + jql);
            }
            page(parsed.getQuery(), jql, each);
        }

        private void page(Query query, String jql, Consumer<Issue> each) {
            int start = 0;
            while (true) {
                SearchResults<Issue> page;
                try {
                    PagerFilter<Issue> pager = new PagerFilter<>(start, PAGE_SIZE);
                    searches++;
                    page = user == null ? search.searchOverrideSecurity(null, query, pager)
                            : search.search(user, query, pager);
                } catch (SearchException e) {
                    throw new IllegalStateException("Jira search failed for: " + jql, e);
                }
                List<Issue> results = page.getResults();
                results.forEach(each);
                start += results.size();
                // A short page is the last one (an exactly full last page costs one more, empty search). The total
                // the results also carry is not read: its signature on Jira 10 is not verified.
                if (results.size() < PAGE_SIZE) {
                    return;
                }
            }
        }
    }

    private static List<List<String>> batches(Set<String> keys) {
        List<String> all = new ArrayList<>(keys);
        List<List<String>> batches = new ArrayList<>();
        for (int from = 0; from < all.size(); from += KEYS_PER_SEARCH) {
            batches.add(all.subList(from, Math.min(all.size(), from + KEYS_PER_SEARCH)));
        }
        return batches;
    }

    /** An issue found for a link, with the id it is ordered by. */
    private record Found(Long id, IssueFact fact) {
    }
}
