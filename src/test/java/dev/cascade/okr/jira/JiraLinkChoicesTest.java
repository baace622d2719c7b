package dev.cascade.okr.jira;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import com.atlassian.jira.bc.issue.search.SearchService;
import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.issuetype.IssueType;
import com.atlassian.jira.issue.search.SearchException;
import com.atlassian.jira.issue.search.SearchResults;
import com.atlassian.jira.issue.status.Status;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.util.MessageSet;
import com.atlassian.jira.web.bean.PagerFilter;
import com.atlassian.query.Query;
import dev.cascade.okr.core.model.StatusCategory;
import dev.cascade.okr.core.port.LinkChoices.Choice;
import dev.cascade.okr.core.port.LinkChoices.Kind;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.Before;
import org.junit.Test;
import org.mockito.ArgumentCaptor;

/**
 * The link picker's choices come from Jira's search as the signed-in person, with JQL built only from a checked
 * shape: a key as {@code issuekey = "KEY"}, any other text as its words in {@code summary ~ "…*"}, epics or not by
 * issue type; nothing the person typed reaches the JQL as syntax. Nobody else's view is ever used, and a failed
 * search is logged and offers nothing.
 */
public class JiraLinkChoicesTest {

    private final JiraStubs jira = new JiraStubs("bob");
    private final ApplicationUser bob = jira.user;
    private final SearchService search = mock(SearchService.class);
    private final Query query = mock(Query.class);
    private JiraLinkChoices choices;

    @Before
    public void setUp() {
        when(search.parseQuery(eq(bob), anyString()))
                .thenReturn(new SearchService.ParseResult(query, mock(MessageSet.class)));
        choices = new JiraLinkChoices(search, jira.authentication);
    }

    @Test
    public void shouldSearchForTheKeyAsTheSignedInPersonWhenTheTextIsAKey() throws Exception {
        Issue epic = issue("CASC-1", "Self-service onboarding", "Epic", "To Do");
        when(search.search(eq(bob), eq(query), any())).thenReturn(results(List.of(epic)));

        List<Choice> found = choices.find("bob", Kind.EPIC, "casc-1");

        assertEquals(List.of(new Choice("CASC-1", "Self-service onboarding", "Epic", "To Do",
                StatusCategory.TO_DO)), found);
        verify(search).parseQuery(bob, "issuetype = Epic AND issuekey = \"CASC-1\" ORDER BY updated DESC");
        ArgumentCaptor<PagerFilter> pager = ArgumentCaptor.forClass(PagerFilter.class);
        verify(search).search(eq(bob), eq(query), pager.capture());
        verify(search, never()).searchOverrideSecurity(any(), any(), any());
        assertEquals(0, pager.getValue().getStart());
        assertEquals(20, pager.getValue().getMax());
    }

    @Test
    public void shouldSearchTheSummaryWordsWithTheLastAsAPrefixWhenTheTextIsNoKey() {
        assertSummaryWords(Kind.ISSUE, "  Invoices in P ", "invoices in p*");
        assertSummaryWords(Kind.EPIC, "Billing", "billing*");
        assertSummaryWords(Kind.EPIC, "\u5165\u804c", "\u5165\u804c*");
    }

    @Test
    public void shouldKeepQuotesBackslashesAndJqlSyntaxOutOfTheQueryWhenTyped() {
        assertSummaryWords(Kind.EPIC, "x\" OR project = OPS OR summary ~ \"y", "x or project ops or summary y*");
        assertSummaryWords(Kind.ISSUE, "a\\\" b\\\\ c*", "a b c*");
        assertSummaryWords(Kind.ISSUE, "CASC-1) ORDER BY key", "casc 1 order by key*");
        assertEquals("\"say \\\"hi\\\" \\\\ there\"", JiraLinkChoices.quoted("say \"hi\" \\ there"));
    }

    @Test
    public void shouldNotSearchWhenTheTextHasNoWord() {
        assertNull(JiraLinkChoices.jql(Kind.EPIC, "\" * ~ ()"));

        assertEquals(List.of(), choices.find("bob", Kind.EPIC, "\"*\\"));
        assertEquals(List.of(), choices.find("bob", Kind.EPIC, "   "));
        verifyNoInteractions(search);
    }

    @Test
    public void shouldAnswerNothingWhenAskedAboutSomeoneElseOrNobodyIsSignedIn() {
        assertEquals(List.of(), choices.find("alice", Kind.ISSUE, "Billing"));
        when(jira.authentication.getLoggedInUser()).thenReturn(null);
        assertEquals(List.of(), choices.find("bob", Kind.ISSUE, "Billing"));

        verifyNoInteractions(search);
    }

    @Test
    public void shouldAnswerNothingWhenJiraDoesNotParseTheQuery() throws Exception {
        when(search.parseQuery(eq(bob), anyString()))
                .thenReturn(new SearchService.ParseResult(null, mock(MessageSet.class)));

        assertEquals(List.of(), choices.find("bob", Kind.ISSUE, "CASC-99999"));
        verify(search, never()).search(any(), any(), any());
    }

    @Test
    public void shouldAnswerNothingAndLogWhenTheSearchFails() throws Exception {
        when(search.search(eq(bob), eq(query), any())).thenThrow(new SearchException("index down"));
        PrintStream err = System.err;
        ByteArrayOutputStream logged = new ByteArrayOutputStream();
        List<Choice> found;
        try {
            System.setErr(new PrintStream(logged, true, StandardCharsets.UTF_8));
            found = choices.find("bob", Kind.EPIC, "Billing");
        } finally {
            System.setErr(err);
        }

        assertEquals(List.of(), found);
        String log = logged.toString(StandardCharsets.UTF_8);
        assertTrue(log, log.contains("WARN") && log.contains("link picker") && log.contains("index down"));
    }

    @Test
    public void shouldOfferAtMostTwentyChoicesWhenJiraAnswersMore() throws Exception {
        List<Issue> many = new ArrayList<>();
        for (int i = 1; i <= 25; i++) {
            many.add(issue("WEB-" + i, "Story " + i, "Story", "Done"));
        }
        when(search.search(eq(bob), eq(query), any())).thenReturn(results(many));

        assertEquals(20, choices.find("bob", Kind.ISSUE, "story").size());
    }

    /** The JQL for {@code typed} is a summary search for exactly {@code words}, of epics or of other issues. */
    private static void assertSummaryWords(Kind kind, String typed, String words) {
        assertEquals((kind == Kind.EPIC ? "issuetype = Epic" : "issuetype != Epic") + " AND summary ~ \"" + words
                + "\" ORDER BY updated DESC", JiraLinkChoices.jql(kind, typed));
    }

    private static Issue issue(String key, String summary, String type, String status) {
        Issue issue = mock(Issue.class);
        IssueType issueType = mock(IssueType.class);
        Status issueStatus = mock(Status.class);
        when(issue.getKey()).thenReturn(key);
        when(issue.getSummary()).thenReturn(summary);
        when(issueType.getName()).thenReturn(type);
        when(issue.getIssueType()).thenReturn(issueType);
        when(issueStatus.getName()).thenReturn(status);
        when(issue.getStatus()).thenReturn(issueStatus);
        return issue;
    }

    private static SearchResults<Issue> results(List<Issue> issues) {
        return new SearchResults<>(issues, issues.size(), 20, 0);
    }
}
