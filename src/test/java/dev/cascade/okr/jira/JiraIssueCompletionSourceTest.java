package dev.cascade.okr.jira;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.ArgumentMatchers.isNull;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.atlassian.jira.bc.issue.search.SearchService;
import com.atlassian.jira.issue.CustomFieldManager;
import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.IssueManager;
import com.atlassian.jira.issue.MutableIssue;
import com.atlassian.jira.issue.customfields.CustomFieldType;
import com.atlassian.jira.issue.fields.CustomField;
import com.atlassian.jira.issue.search.SearchResults;
import com.atlassian.jira.issue.status.Status;
import com.atlassian.jira.issue.status.category.StatusCategory;
import com.atlassian.jira.util.MessageSet;
import com.atlassian.jira.web.bean.PagerFilter;
import com.atlassian.query.Query;
import dev.cascade.okr.core.progress.IssueCompletion;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.Before;
import org.junit.Test;
import org.mockito.ArgumentCaptor;

/** The batched issue source against a mocked Jira: JQL text, epic-field resolution, paging, batching. */
public class JiraIssueCompletionSourceTest {

    private final SearchService search = mock(SearchService.class);
    private final IssueManager issues = mock(IssueManager.class);
    private final CustomFieldManager customFields = mock(CustomFieldManager.class);
    private final CustomField epicLink = mock(CustomField.class);
    private final Query query = mock(Query.class);
    private JiraIssueCompletionSource source;

    @Before
    @SuppressWarnings({"unchecked", "rawtypes"})
    public void setUp() {
        CustomFieldType type = mock(CustomFieldType.class);
        when(type.getKey()).thenReturn(JiraEpicLinks.EPIC_LINK_TYPE);
        when(epicLink.getCustomFieldType()).thenReturn(type);
        when(epicLink.getIdAsLong()).thenReturn(10100L);
        CustomField other = mock(CustomField.class);
        when(customFields.getCustomFieldObjects()).thenReturn(List.of(other, epicLink));
        when(issues.getIssueByCurrentKey(anyString())).thenAnswer(i -> mock(MutableIssue.class));
        when(search.parseQuery(isNull(), anyString()))
                .thenReturn(new SearchService.ParseResult(query, mock(MessageSet.class)));
        source = new JiraIssueCompletionSource(search, issues, new JiraEpicLinks(customFields));
    }

    @Test
    public void shouldWriteLocaleProofJqlWhenEpicsAreAsked() {
        assertEquals("cf[10100] in (\"A-1\", \"B-22\") ORDER BY id ASC",
                JiraIssueCompletionSource.jqlForEpics(epicLink, List.of("A-1", "B-22")));
    }

    @Test
    public void shouldCountEachEpicsIssuesByCategoryWhenOneSearchAnswersThemAll() throws Exception {
        List<Issue> page = List.of(issue("A-1", "done"), issue("A-1", "indeterminate"), issue("A-1", "new"),
                issue("B-1", "done"));
        when(search.searchOverrideSecurity(isNull(), eq(query), any())).thenReturn(new SearchResults<>(page, 4, 1000, 0));

        Map<String, IssueCompletion> counts = source.completionOfEpics(Set.of("A-1", "B-1", "C-1"));

        assertEquals(new IssueCompletion(3, 1, 1), counts.get("A-1"));
        assertEquals(new IssueCompletion(1, 1, 0), counts.get("B-1"));
        assertEquals(IssueCompletion.NONE, counts.get("C-1"));
        verify(search, times(1)).searchOverrideSecurity(isNull(), eq(query), any());
    }

    @Test
    public void shouldPageByAThousandWhenEpicsHaveManyIssues() throws Exception {
        List<Issue> all = new ArrayList<>();
        for (int i = 0; i < 2500; i++) {
            all.add(issue("A-1", i % 2 == 0 ? "done" : "new"));
        }
        when(search.searchOverrideSecurity(isNull(), eq(query), any())).thenAnswer(call -> {
            PagerFilter<?> pager = call.getArgument(2);
            int to = Math.min(all.size(), pager.getStart() + pager.getMax());
            return new SearchResults<>(all.subList(pager.getStart(), to), all.size(), pager.getMax(), pager.getStart());
        });

        IssueCompletion counts = source.completionOfEpics(Set.of("A-1")).get("A-1");

        assertEquals(new IssueCompletion(2500, 1250, 0), counts);
        ArgumentCaptor<PagerFilter<?>> pages = ArgumentCaptor.forClass(PagerFilter.class);
        verify(search, times(3)).searchOverrideSecurity(isNull(), eq(query), pages.capture());
        assertEquals(List.of(0, 1000, 2000), pages.getAllValues().stream().map(PagerFilter::getStart).toList());
        assertEquals(1000, pages.getAllValues().get(0).getMax());
    }

    @Test
    public void shouldSearchOncePerFiveHundredEpicsWhenManyEpicsAreAsked() throws Exception {
        when(search.searchOverrideSecurity(isNull(), eq(query), any())).thenReturn(new SearchResults<>(List.of(), 0, 1000, 0));
        Set<String> epics = new LinkedHashSet<>();
        for (int i = 1; i <= 1200; i++) {
            epics.add("E-" + i);
        }

        source.completionOfEpics(epics);

        verify(search, times(3)).parseQuery(isNull(), anyString());
        verify(search, times(3)).searchOverrideSecurity(isNull(), eq(query), any());
    }

    @Test
    public void shouldLeaveMissingEpicOutWhenItWasDeleted() throws Exception {
        when(issues.getIssueByCurrentKey("GONE-1")).thenReturn(null);
        when(search.searchOverrideSecurity(isNull(), eq(query), any())).thenReturn(new SearchResults<>(List.of(), 0, 1000, 0));

        Map<String, IssueCompletion> counts = source.completionOfEpics(Set.of("GONE-1", "A-1"));

        assertFalse(counts.containsKey("GONE-1"));
        ArgumentCaptor<String> jql = ArgumentCaptor.forClass(String.class);
        verify(search).parseQuery(isNull(), jql.capture());
        assertEquals("cf[10100] in (\"A-1\") ORDER BY id ASC", jql.getValue());
    }

    @Test
    public void shouldNotSearchWhenNoEpicExists() throws Exception {
        when(issues.getIssueByCurrentKey(anyString())).thenReturn(null);

        assertEquals(Map.of(), source.completionOfEpics(Set.of("GONE-1")));
        verify(search, never()).searchOverrideSecurity(any(), any(), any());
    }

    private Issue issue(String epicKey, String categoryKey) {
        Issue epic = mock(Issue.class);
        when(epic.getKey()).thenReturn(epicKey);
        StatusCategory category = mock(StatusCategory.class);
        when(category.getKey()).thenReturn(categoryKey);
        Status status = mock(Status.class);
        when(status.getStatusCategory()).thenReturn(category);
        Issue issue = mock(Issue.class);
        when(issue.getStatus()).thenReturn(status);
        when(issue.getCustomFieldValue(epicLink)).thenReturn(epic);
        return issue;
    }
}
