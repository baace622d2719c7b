package dev.cascade.okr.jira;

import com.atlassian.jira.bc.issue.search.SearchService;
import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.IssueManager;
import com.atlassian.jira.issue.fields.CustomField;
import com.atlassian.jira.issue.search.SearchException;
import com.atlassian.jira.issue.search.SearchResults;
import com.atlassian.jira.web.bean.PagerFilter;
import com.atlassian.plugin.spring.scanner.annotation.component.JiraComponent;
import com.atlassian.plugin.spring.scanner.annotation.imports.JiraImport;
import dev.cascade.okr.core.port.IssueCompletionSource;
import dev.cascade.okr.core.progress.IssueCompletion;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Counts the issues of many epics with one JQL search per batch of {@value #EPICS_PER_SEARCH} epics, paged by
 * {@value #PAGE_SIZE} issues, with the app's own authority ({@code searchOverrideSecurity}) so that stored progress
 * is the same for everyone.
 *
 * <p>The JQL names the Epic Link field by id ({@code cf[10100]}), which is locale-proof. Epics that do not exist are
 * left out of the answer (they are broken links), because one unknown key would make Jira reject the whole query.
 */
@JiraComponent
public final class JiraIssueCompletionSource implements IssueCompletionSource {

    static final int EPICS_PER_SEARCH = 500;
    static final int PAGE_SIZE = 1000;

    private static final Logger LOG = LoggerFactory.getLogger(JiraIssueCompletionSource.class);

    private final SearchService search;
    private final IssueManager issues;
    private final JiraEpicLinks epicLinks;

    /** Creates the source over Jira's search. */
    public JiraIssueCompletionSource(@JiraImport SearchService search, @JiraImport IssueManager issues,
            JiraEpicLinks epicLinks) {
        this.search = search;
        this.issues = issues;
        this.epicLinks = epicLinks;
    }

    @Override
    public Map<String, IssueCompletion> completionOfEpics(Set<String> epicKeys) {
        Map<String, IssueCompletion> completion = new HashMap<>();
        List<String> existing = new ArrayList<>();
        for (String key : new TreeSet<>(epicKeys)) {
            if (issues.getIssueByCurrentKey(key) != null) {
                existing.add(key);
                completion.put(key, IssueCompletion.NONE);
            }
        }
        Optional<CustomField> epicLink = epicLinks.field();
        if (epicLink.isEmpty()) {
            LOG.warn("No Epic Link field (type {}) found; is Jira Software installed? {} epics left unmeasured",
                    JiraEpicLinks.EPIC_LINK_TYPE, existing.size());
            return completion;
        }
        for (int from = 0; from < existing.size(); from += EPICS_PER_SEARCH) {
            List<String> batch = existing.subList(from, Math.min(existing.size(), from + EPICS_PER_SEARCH));
            countBatch(epicLink.get(), batch, completion);
        }
        return completion;
    }

    /** {@code cf[10100] in ("A-1", "B-2") ORDER BY id ASC}; keys were validated as issue keys before. */
    static String jqlForEpics(CustomField epicLink, List<String> epicKeys) {
        StringBuilder jql = new StringBuilder("cf[").append(epicLink.getIdAsLong()).append("] in (");
        for (int i = 0; i < epicKeys.size(); i++) {
            jql.append(i == 0 ? "" : ", ").append('"').append(epicKeys.get(i).replace("\\", "").replace("\"", ""))
                    .append('"');
        }
        return jql.append(") ORDER BY id ASC").toString();
    }

    private void countBatch(CustomField epicLink, List<String> batch, Map<String, IssueCompletion> completion) {
        String jql = jqlForEpics(epicLink, batch);
        SearchService.ParseResult parsed = search.parseQuery(null, jql);
        if (!parsed.isValid()) {
            throw new IllegalStateException("Jira rejected Cascade's epic query: " + jql);
        }
        int start = 0;
        while (true) {
            SearchResults<Issue> page;
            try {
                page = search.searchOverrideSecurity(null, parsed.getQuery(), new PagerFilter<>(start, PAGE_SIZE));
            } catch (SearchException e) {
                throw new IllegalStateException("Jira search failed for: " + jql, e);
            }
            for (Issue issue : page.getResults()) {
                epicLinks.epicKeyOf(issue, epicLink).filter(completion::containsKey).ifPresent(
                        epic -> completion.put(epic, completion.get(epic).plus(JiraStatusCategories.of(issue))));
            }
            start += page.getResults().size();
            if (page.getResults().isEmpty() || start >= page.getTotal()) {
                return;
            }
        }
    }
}
