package dev.cascade.okr.jira;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;
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
import com.atlassian.jira.project.Project;
import com.atlassian.jira.security.JiraAuthenticationContext;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.util.MessageSet;
import com.atlassian.jira.web.bean.PagerFilter;
import com.atlassian.query.Query;
import dev.cascade.okr.core.model.IssueCompletion;
import dev.cascade.okr.core.model.WorkLink;
import dev.cascade.okr.core.port.IssueRequest;
import dev.cascade.okr.core.port.LinkedIssues;
import dev.cascade.okr.core.progress.IssueFact;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.Before;
import org.junit.Test;
import org.mockito.ArgumentCaptor;

/**
 * The batched issue source against a mocked Jira whose search answers the JQL the adapter writes from a small set of
 * issues: JQL text, batching, paging, broken links, sub-tasks, story points and the person's view.
 */
public class JiraIssueSourceTest {

    private static final Pattern KEY_LIST =
            Pattern.compile("(cf\\[\\d+\\]|issuekey|parent) in \\((.*)\\) ORDER BY id ASC");
    private static final String STORY_POINTS_ID = "customfield_10106";

    private final SearchService search = mock(SearchService.class);
    private final IssueManager issueManager = mock(IssueManager.class);
    private final CustomFieldManager customFields = mock(CustomFieldManager.class);
    private final JiraAuthenticationContext authentication = mock(JiraAuthenticationContext.class);
    private final ApplicationUser alice = mock(ApplicationUser.class);
    private final CustomField epicLink = field(10100L, "Epic Link", JiraEpicLinks.EPIC_LINK_TYPE);
    private final CustomField storyPoints = field(10106L, "Story Points", JiraIssueSource.NUMBER_FIELD_TYPE);
    private final List<CustomField> allFields = new ArrayList<>();

    /** Every issue of the mocked Jira, by key. */
    private final Map<String, FakeIssue> world = new HashMap<>();
    /** What a person's JQL finds. */
    private final Map<String, List<String>> jqlResults = new HashMap<>();
    private final Set<String> invalidJql = new HashSet<>();
    private final Set<String> hiddenFromAlice = new HashSet<>();
    private final List<String> parsedJql = new ArrayList<>();
    private long nextId = 10000;
    private JiraIssueSource source;

    @Before
    public void setUp() throws Exception {
        allFields.add(field(10001L, "Sprint", "com.pyxis.greenhopper.jira:gh-sprint"));
        allFields.add(epicLink);
        allFields.add(storyPoints);
        when(customFields.getCustomFieldObjects()).thenAnswer(call -> List.copyOf(allFields));
        when(customFields.getCustomFieldObject(anyString())).thenAnswer(call -> allFields.stream()
                .filter(f -> f.getId().equals(call.getArgument(0))).findFirst().orElse(null));
        when(issueManager.getIssueByCurrentKey(anyString()))
                .thenAnswer(call -> world.containsKey(call.<String>getArgument(0)) ? mock(MutableIssue.class) : null);
        when(search.parseQuery(any(), anyString())).thenAnswer(call -> {
            String jql = call.getArgument(1);
            parsedJql.add(jql);
            return new SearchService.ParseResult(invalidJql.contains(jql) ? null : new TextQuery(jql),
                    mock(MessageSet.class));
        });
        when(search.searchOverrideSecurity(isNull(), any(), any()))
                .thenAnswer(call -> page(call.getArgument(1), call.getArgument(2), Set.of()));
        when(search.search(eq(alice), any(), any()))
                .thenAnswer(call -> page(call.getArgument(1), call.getArgument(2), hiddenFromAlice));
        when(alice.getKey()).thenReturn("alice");
        when(authentication.getLoggedInUser()).thenReturn(alice);
        source = new JiraIssueSource(search,
                new JiraIssues(issueManager, customFields, new JiraEpicLinks(customFields)), authentication);
    }

    @Test
    public void shouldWriteEpicBatchJqlWhenEpicsAreRead() {
        issue("B-2", null);
        issue("A-1", null);

        source.read(IssueRequest.of(Set.of(new WorkLink.Epic("B-2"), new WorkLink.Epic("A-1"))));

        assertEquals(List.of("cf[10100] in (\"A-1\", \"B-2\") ORDER BY id ASC"), parsedJql);
    }

    @Test
    public void shouldWriteIssueKeyBatchJqlWhenSingleIssuesAreRead() {
        issue("A-1", null);
        issue("B-2", null);

        LinkedIssues read = source.read(IssueRequest.of(Set.of(new WorkLink.Issue("B-2"), new WorkLink.Issue("A-1"))));

        assertEquals(List.of("issuekey in (\"A-1\", \"B-2\") ORDER BY id ASC"), parsedJql);
        assertEquals(List.of("A-1"), keys(read, new WorkLink.Issue("A-1")));
        assertEquals(1, read.searches());
    }

    @Test
    public void shouldWriteParentBatchJqlWhenSubTasksCount() {
        issue("A-1", null);
        issue("A-2", "A-1");
        issue("A-3", "A-1");
        subTask("A-4", "A-3");
        WorkLink epic = new WorkLink.Epic("A-1");

        LinkedIssues read = source.read(new IssueRequest(Set.of(epic), true, null, Set.of()));

        assertEquals("parent in (\"A-2\", \"A-3\") ORDER BY id ASC", parsedJql.get(1));
        assertEquals(List.of("A-2", "A-3", "A-4"), keys(read, epic));
        assertEquals(2, read.searches());
    }

    @Test
    public void shouldSearchOncePerFiveHundredEpicsWhenTwelveHundredEpicsAreRead() throws Exception {
        Set<WorkLink> links = new HashSet<>();
        for (int i = 1; i <= 1200; i++) {
            issue("E-" + i, null);
            links.add(new WorkLink.Epic("E-" + i));
        }

        LinkedIssues read = source.read(IssueRequest.of(links));

        assertEquals(3, read.searches());
        verify(search, times(3)).searchOverrideSecurity(isNull(), any(), any());
        assertEquals(List.of(500, 500, 200), parsedJql.stream().map(jql -> keysIn(jql).size()).toList());
        assertEquals(1200, read.issues().size());
        assertTrue(read.broken().isEmpty());
    }

    @Test
    public void shouldPageByAThousandWhenAnEpicHasTwentyFiveHundredIssues() throws Exception {
        issue("A-1", null);
        for (int i = 2; i <= 2501; i++) {
            issue("A-" + i, "A-1");
        }
        WorkLink epic = new WorkLink.Epic("A-1");

        LinkedIssues read = source.read(IssueRequest.of(Set.of(epic)));

        assertEquals(2500, read.issues().get(epic).size());
        assertEquals(3, read.searches());
        ArgumentCaptor<PagerFilter<?>> pages = ArgumentCaptor.forClass(PagerFilter.class);
        verify(search, times(3)).searchOverrideSecurity(isNull(), any(), pages.capture());
        assertEquals(List.of(0, 1000, 2000), pages.getAllValues().stream().map(PagerFilter::getStart).toList());
        assertTrue(pages.getAllValues().stream().allMatch(page -> page.getMax() == 1000));
    }

    @Test
    public void shouldStopAfterOneSearchWhenTheFirstPageIsShort() throws Exception {
        issue("A-1", null);
        for (int i = 2; i <= 1000; i++) {
            issue("A-" + i, "A-1");
        }
        WorkLink epic = new WorkLink.Epic("A-1");

        LinkedIssues read = source.read(IssueRequest.of(Set.of(epic)));

        assertEquals(999, read.issues().get(epic).size());
        assertEquals(1, read.searches());
        verify(search, times(1)).searchOverrideSecurity(isNull(), any(), any());
    }

    @Test
    public void shouldAskForOneMoreEmptyPageWhenTheLastPageIsExactlyFull() throws Exception {
        issue("A-1", null);
        for (int i = 2; i <= 2001; i++) {
            issue("A-" + i, "A-1");
        }
        WorkLink epic = new WorkLink.Epic("A-1");

        LinkedIssues read = source.read(IssueRequest.of(Set.of(epic)));

        assertEquals(2000, read.issues().get(epic).size());
        assertEquals(3, read.searches());
        ArgumentCaptor<PagerFilter<?>> pages = ArgumentCaptor.forClass(PagerFilter.class);
        verify(search, times(3)).searchOverrideSecurity(isNull(), any(), pages.capture());
        assertEquals(List.of(0, 1000, 2000), pages.getAllValues().stream().map(PagerFilter::getStart).toList());
    }

    @Test
    public void shouldNameEpicLinkFieldByTypeKeyWhenItHasAChineseName() {
        allFields.clear();
        allFields.add(field(10200L, "Epic Link", JiraIssueSource.NUMBER_FIELD_TYPE));
        CustomField chinese = field(10300L, "\u53f2\u8bd7\u94fe\u63a5", JiraEpicLinks.EPIC_LINK_TYPE);
        allFields.add(chinese);
        issue("A-1", null);
        FakeIssue child = issue("A-2", null);
        child.values.put(chinese, "A-1");
        WorkLink epic = new WorkLink.Epic("A-1");

        LinkedIssues read = source.read(IssueRequest.of(Set.of(epic)));

        assertEquals(List.of("cf[10300] in (\"A-1\") ORDER BY id ASC"), parsedJql);
        assertEquals(List.of("A-2"), keys(read, epic));
    }

    @Test
    public void shouldMarkDeletedEpicBrokenAndLeaveItOutOfJqlWhenItNoLongerExists() {
        issue("A-1", null);
        issue("A-2", "A-1");
        WorkLink gone = new WorkLink.Epic("GONE-1");
        WorkLink epic = new WorkLink.Epic("A-1");

        LinkedIssues read = source.read(IssueRequest.of(Set.of(gone, epic)));

        assertEquals(Set.of(gone), read.broken());
        assertEquals(List.of("cf[10100] in (\"A-1\") ORDER BY id ASC"), parsedJql);
        assertTrue(read.completion(gone, null).isEmpty());
        assertEquals(List.of("A-2"), keys(read, epic));
    }

    @Test
    public void shouldResolveEmptyEpicToNoIssuesWhenItHasNoChildren() {
        issue("A-1", null);
        WorkLink epic = new WorkLink.Epic("A-1");

        LinkedIssues read = source.read(IssueRequest.of(Set.of(epic)));

        assertTrue(read.broken().isEmpty());
        assertEquals(List.of(), read.issues().get(epic));
        assertEquals(IssueCompletion.NONE, read.completion(epic, null).orElseThrow());
    }

    @Test
    public void shouldMarkEpicsBrokenWithoutSearchingWhenJiraSoftwareIsAbsent() throws Exception {
        allFields.remove(epicLink);
        issue("A-1", null);
        WorkLink epic = new WorkLink.Epic("A-1");

        LinkedIssues read = source.read(IssueRequest.of(Set.of(epic)));

        assertEquals(Set.of(epic), read.broken());
        assertEquals(0, read.searches());
        verify(search, never()).searchOverrideSecurity(any(), any(), any());
    }

    @Test
    public void shouldMarkDeletedIssueBrokenAndSearchTheOthersWhenOneIssueNoLongerExists() {
        issue("A-1", null);
        WorkLink gone = new WorkLink.Issue("GONE-7");

        LinkedIssues read = source.read(IssueRequest.of(Set.of(gone, new WorkLink.Issue("A-1"))));

        assertEquals(Set.of(gone), read.broken());
        assertEquals(List.of("issuekey in (\"A-1\") ORDER BY id ASC"), parsedJql);
    }

    @Test
    public void shouldMarkInvalidJqlBrokenWithoutSearchingWhenJiraRejectsIt() throws Exception {
        invalidJql.add("project = = X");
        WorkLink bad = new WorkLink.Jql("project = = X");

        LinkedIssues read = source.read(IssueRequest.of(Set.of(bad)));

        assertEquals(Set.of(bad), read.broken());
        assertFalse(read.issues().containsKey(bad));
        assertEquals(List.of("project = = X"), parsedJql);
        verify(search, never()).searchOverrideSecurity(any(), any(), any());
    }

    @Test
    public void shouldLeaveSubTasksOutEverywhereWhenSubTasksDoNotCount() {
        issue("A-1", null);
        issue("A-2", "A-1");
        subTask("A-3", "A-2");
        jqlResults.put("project = A", List.of("A-2", "A-3"));
        WorkLink query = new WorkLink.Jql("project = A");
        WorkLink single = new WorkLink.Issue("A-3");

        LinkedIssues read = source.read(IssueRequest.of(Set.of(new WorkLink.Epic("A-1"), query, single)));

        assertEquals(List.of("A-2"), keys(read, query));
        assertEquals(List.of(), keys(read, single));
        assertTrue(parsedJql.stream().noneMatch(jql -> jql.startsWith("parent")));
    }

    @Test
    public void shouldCountEachSubTaskOnceWhenJqlAlreadyFoundIt() {
        issue("A-1", null);
        issue("A-2", "A-1");
        subTask("A-3", "A-2");
        subTask("A-4", "A-2");
        jqlResults.put("project = A", List.of("A-2", "A-3"));
        WorkLink query = new WorkLink.Jql("project = A");
        WorkLink epic = new WorkLink.Epic("A-1");

        LinkedIssues read = source.read(new IssueRequest(Set.of(epic, query), true, null, Set.of()));

        assertEquals(List.of("A-2", "A-3", "A-4"), keys(read, query));
        assertEquals(List.of("A-2", "A-3", "A-4"), keys(read, epic));
        assertEquals(List.of("parent in (\"A-2\") ORDER BY id ASC"),
                parsedJql.stream().filter(jql -> jql.startsWith("parent")).toList());
        assertEquals(2, read.issues().get(epic).stream().filter(IssueFact::subTask).count());
    }

    @Test
    public void shouldDetectStoryPointsByNumberTypeAndNameWhenNoFieldIsConfigured() {
        allFields.remove(storyPoints);
        allFields.add(field(10400L, "Story Points", "com.atlassian.jira.plugin.system.customfieldtypes:textfield"));
        CustomField detected = field(10500L, "story points", JiraIssueSource.NUMBER_FIELD_TYPE);
        allFields.add(detected);
        issue("A-1", null).values.put(detected, 5);

        LinkedIssues read = source.read(IssueRequest.of(Set.of(new WorkLink.Issue("A-1"))));

        assertEquals(Double.valueOf(5.0), read.issues().get(new WorkLink.Issue("A-1")).get(0).storyPoints());
    }

    @Test
    public void shouldReadAdminStoryPointsFieldWhenItExists() {
        CustomField estimate = field(10600L, "Estimate", JiraIssueSource.NUMBER_FIELD_TYPE);
        allFields.add(estimate);
        FakeIssue issue = issue("A-1", null);
        issue.values.put(estimate, 8.0);
        issue.values.put(storyPoints, 3.0);

        LinkedIssues read = source.read(new IssueRequest(Set.of(new WorkLink.Issue("A-1")), false,
                "customfield_10600", Set.of()));

        assertEquals(Double.valueOf(8.0), read.issues().get(new WorkLink.Issue("A-1")).get(0).storyPoints());
    }

    @Test
    public void shouldDetectStoryPointsWhenTheAdminFieldNoLongerExists() {
        issue("A-1", null).values.put(storyPoints, 3);

        LinkedIssues read = source.read(new IssueRequest(Set.of(new WorkLink.Issue("A-1")), false,
                "customfield_99999", Set.of()));

        assertEquals(Double.valueOf(3.0), read.issues().get(new WorkLink.Issue("A-1")).get(0).storyPoints());
    }

    @Test
    public void shouldLeaveStoryPointsNullWhenNoFieldIsFound() {
        allFields.remove(storyPoints);
        issue("A-1", null);

        LinkedIssues read = source.read(IssueRequest.of(Set.of(new WorkLink.Issue("A-1"))));

        assertNull(read.issues().get(new WorkLink.Issue("A-1")).get(0).storyPoints());
    }

    @Test
    public void shouldReadNumericFieldsByIdWhenTheirValuesAreNumbers() {
        CustomField revenue = field(10700L, "Revenue", JiraIssueSource.NUMBER_FIELD_TYPE);
        CustomField note = field(10800L, "Note", "com.atlassian.jira.plugin.system.customfieldtypes:textfield");
        allFields.add(revenue);
        allFields.add(note);
        FakeIssue issue = issue("A-1", null);
        issue.values.put(revenue, 1250L);
        issue.values.put(note, "42");
        issue.values.put(storyPoints, "not a number");

        LinkedIssues read = source.read(new IssueRequest(Set.of(new WorkLink.Issue("A-1")), false, null,
                Set.of("customfield_10700", "customfield_10800", "customfield_404")));

        IssueFact fact = read.issues().get(new WorkLink.Issue("A-1")).get(0);
        assertEquals(Map.of("customfield_10700", 1250.0), fact.fieldValues());
        assertNull(fact.storyPoints());
    }

    @Test
    public void shouldMapStatusCategoryResolutionDateAndSummaryWhenIssueIsDone() {
        FakeIssue issue = issue("A-1", null);
        issue.category = "done";
        issue.resolved = Timestamp.from(Instant.parse("2026-03-31T10:15:30Z"));

        IssueFact fact = source.read(IssueRequest.of(Set.of(new WorkLink.Issue("A-1"))))
                .issues().get(new WorkLink.Issue("A-1")).get(0);

        assertEquals(dev.cascade.okr.core.model.StatusCategory.DONE, fact.category());
        assertEquals(Instant.parse("2026-03-31T10:15:30Z"), fact.resolvedAt());
        assertEquals("Summary of A-1", fact.summary());
        assertFalse(fact.subTask());
    }

    @Test
    public void shouldSearchAsThePersonWhenVisibleIssuesAreListed() throws Exception {
        issue("A-1", null);
        issue("A-2", "A-1");
        issue("A-3", "A-1");
        issue("A-4", "A-1");
        hiddenFromAlice.add("A-2");

        List<IssueFact> visible = source.visibleIssues(IssueRequest.of(Set.of(new WorkLink.Epic("A-1"))), "alice", 1);

        assertEquals(List.of("A-3"), visible.stream().map(IssueFact::key).toList());
        verify(search).search(eq(alice), any(), any());
        verify(search, never()).searchOverrideSecurity(any(), any(), any());
    }

    @Test
    public void shouldListNothingWhenTheUserIsNotTheSignedInUser() throws Exception {
        issue("A-1", null);
        issue("A-2", "A-1");
        IssueRequest request = IssueRequest.of(Set.of(new WorkLink.Epic("A-1")));

        assertEquals(List.of(), source.visibleIssues(request, "mallory", 10));
        when(authentication.getLoggedInUser()).thenReturn(null);
        assertEquals(List.of(), source.visibleIssues(request, "alice", 10));
        verify(search, never()).search(any(), any(), any());
    }

    @Test
    public void shouldListNothingWhenTheLinkIsBroken() {
        assertEquals(List.of(), source.visibleIssues(IssueRequest.of(Set.of(new WorkLink.Issue("GONE-1"))),
                "alice", 10));
    }

    @Test
    public void shouldRejectVisibleIssuesWhenLimitOrLinkCountIsOutOfRange() {
        IssueRequest one = IssueRequest.of(Set.of(new WorkLink.Issue("A-1")));
        assertThrows(IllegalArgumentException.class, () -> source.visibleIssues(one, "alice", 0));
        assertThrows(IllegalArgumentException.class, () -> source.visibleIssues(one, "alice", 1001));
        IssueRequest two = IssueRequest.of(Set.of(new WorkLink.Issue("A-1"), new WorkLink.Issue("A-2")));
        assertThrows(IllegalArgumentException.class, () -> source.visibleIssues(two, "alice", 10));
        assertThrows(IllegalArgumentException.class,
                () -> source.visibleIssues(IssueRequest.of(Set.of()), "alice", 10));
    }

    @Test
    public void shouldReadTwoThousandMixedLinksInABoundedNumberOfSearchesWhenSubTasksCount() throws Exception {
        Set<WorkLink> links = new HashSet<>();
        for (int i = 1; i <= 1000; i++) {
            issue("E-" + i, null);
            issue("C-" + i, "E-" + i);
            links.add(new WorkLink.Epic("E-" + i));
        }
        for (int i = 1; i <= 950; i++) {
            issue("I-" + i, null);
            links.add(new WorkLink.Issue("I-" + i));
        }
        for (int i = 1; i <= 50; i++) {
            issue("Q-" + i, null);
            jqlResults.put("key = Q-" + i, List.of("Q-" + i));
            links.add(new WorkLink.Jql("key = Q-" + i));
        }
        subTask("S-1", "C-1");

        LinkedIssues read = source.read(new IssueRequest(links, true, null, Set.of()));

        // 2 epic batches + 2 issue batches + 50 queries + 4 parent batches (2,000 parents).
        assertEquals(58, read.searches());
        verify(search, times(58)).searchOverrideSecurity(isNull(), any(), any());
        assertEquals(2000, read.issues().size());
        assertEquals(List.of("C-1", "S-1"), keys(read, new WorkLink.Epic("E-1")));
    }

    private FakeIssue issue(String key, String epicKey) {
        FakeIssue issue = new FakeIssue(nextId++, key);
        if (epicKey != null) {
            issue.values.put(epicLink, epicKey);
        }
        world.put(key, issue);
        return issue;
    }

    private FakeIssue subTask(String key, String parentKey) {
        FakeIssue issue = issue(key, null);
        issue.parent = world.get(parentKey);
        return issue;
    }

    private static List<String> keys(LinkedIssues read, WorkLink link) {
        return read.issues().get(link).stream().map(IssueFact::key).toList();
    }

    private static List<String> keysIn(String jql) {
        Matcher matcher = KEY_LIST.matcher(jql);
        assertTrue(jql, matcher.matches());
        return Arrays.stream(matcher.group(2).split(", ")).map(quoted -> quoted.substring(1, quoted.length() - 1))
                .toList();
    }

    /** Answers the JQL the adapter writes, and the people's JQL of {@link #jqlResults}, in id order. */
    private SearchResults<Issue> page(Query query, PagerFilter<?> pager, Set<String> hidden) {
        String jql = ((TextQuery) query).jql;
        List<FakeIssue> all = new ArrayList<>();
        if (jqlResults.containsKey(jql)) {
            jqlResults.get(jql).forEach(key -> all.add(world.get(key)));
        } else {
            Matcher matcher = KEY_LIST.matcher(jql);
            assertTrue("unexpected JQL " + jql, matcher.matches());
            Set<String> keys = new HashSet<>(keysIn(jql));
            String clause = matcher.group(1);
            for (FakeIssue issue : world.values()) {
                boolean match = clause.equals("issuekey") ? keys.contains(issue.key)
                        : clause.equals("parent") ? issue.parent != null && keys.contains(issue.parent.key)
                        : keys.contains(epicOf(issue, clause));
                if (match) {
                    all.add(issue);
                }
            }
        }
        all.removeIf(issue -> hidden.contains(issue.key));
        all.sort(Comparator.comparing(FakeIssue::getId));
        int from = Math.min(pager.getStart(), all.size());
        int to = Math.min(all.size(), from + pager.getMax());
        return new SearchResults<>(new ArrayList<Issue>(all.subList(from, to)), all.size(), pager.getMax(), from);
    }

    private Object epicOf(FakeIssue issue, String clause) {
        for (Map.Entry<CustomField, Object> value : issue.values.entrySet()) {
            if (clause.equals("cf[" + value.getKey().getIdAsLong() + "]")) {
                return value.getValue();
            }
        }
        return null;
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static CustomField field(long id, String name, String typeKey) {
        CustomFieldType type = mock(CustomFieldType.class);
        when(type.getKey()).thenReturn(typeKey);
        CustomField field = mock(CustomField.class);
        when(field.getId()).thenReturn("customfield_" + id);
        when(field.getIdAsLong()).thenReturn(id);
        when(field.getFieldName()).thenReturn(name);
        when(field.getCustomFieldType()).thenReturn(type);
        return field;
    }

    /** A parsed query that remembers its text. */
    private record TextQuery(String jql) implements Query {
    }

    /** A plain issue, faster than thousands of mocks. */
    private static final class FakeIssue implements Issue {
        private final long id;
        private final String key;
        private final Map<CustomField, Object> values = new HashMap<>();
        private String category = "new";
        private Timestamp resolved;
        private FakeIssue parent;

        FakeIssue(long id, String key) {
            this.id = id;
            this.key = key;
        }

        @Override
        public Long getId() {
            return id;
        }

        @Override
        public String getKey() {
            return key;
        }

        @Override
        public String getSummary() {
            return "Summary of " + key;
        }

        @Override
        public Status getStatus() {
            StatusCategory statusCategory = new StatusCategory() {
                @Override
                public String getKey() {
                    return category;
                }

                @Override
                public String getName() {
                    return category;
                }

                @Override
                public int compareTo(StatusCategory other) {
                    return getKey().compareTo(other.getKey());
                }
            };
            return new Status() {
                @Override
                public String getId() {
                    return category;
                }

                @Override
                public String getName() {
                    return category;
                }

                @Override
                public StatusCategory getStatusCategory() {
                    return statusCategory;
                }
            };
        }

        @Override
        public com.atlassian.jira.issue.issuetype.IssueType getIssueType() {
            return () -> "Story";
        }

        @Override
        public Project getProjectObject() {
            return null;
        }

        @Override
        public Timestamp getResolutionDate() {
            return resolved;
        }

        @Override
        public Object getCustomFieldValue(CustomField customField) {
            return values.get(customField);
        }

        @Override
        public boolean isSubTask() {
            return parent != null;
        }

        @Override
        public Long getParentId() {
            return parent == null ? null : parent.id;
        }
    }
}
