package dev.cascade.okr.jira;

import static org.junit.Assert.assertEquals;
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
import com.atlassian.jira.issue.search.SearchException;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.util.MessageSet;
import com.atlassian.query.Query;
import dev.cascade.okr.core.model.WorkLink;
import dev.cascade.okr.core.port.JqlMatches;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.Before;
import org.junit.Test;

/**
 * Whether JQL links find an issue: one count per distinct query, the query kept whole in parentheses after the issue
 * restriction and without its ORDER BY (found outside quotes only), parsed and counted with the app's authority; keys
 * that are not issue keys are never written into JQL; a query Jira rejects or cannot count finds nothing; at most
 * {@value JqlMatches#MAX_QUERIES} queries run.
 */
public class JiraJqlMatchesTest {

    private final SearchService search = mock(SearchService.class);
    private final Map<String, Long> hits = new HashMap<>();
    private final List<String> counted = new ArrayList<>();
    private JiraJqlMatches matches;

    /** A parsed query that remembers its text. */
    private record Parsed(String jql) implements Query {
    }

    @Before
    public void setUp() {
        when(search.parseQuery(isNull(), anyString())).thenAnswer(call -> new SearchService.ParseResult(
                new Parsed(call.getArgument(1)), mock(MessageSet.class)));
        matches = new JiraJqlMatches(search, new IssueCounts() {
            @Override
            public long visibleTo(ApplicationUser user, Query query) {
                throw new AssertionError("the app's authority, never a person's");
            }

            @Override
            public long all(Query query) throws SearchException {
                String jql = ((Parsed) query).jql();
                counted.add(jql);
                if (jql.contains("broken")) {
                    throw new SearchException("index down");
                }
                return hits.getOrDefault(jql, 0L);
            }
        });
    }

    @Test
    public void shouldFindTheQueriesThatCountTheIssueOrItsParent() {
        WorkLink.Jql stories = new WorkLink.Jql("project = CASC AND issuetype = Story ORDER BY rank");
        WorkLink.Jql bugs = new WorkLink.Jql("project = CASC AND issuetype = Bug");
        WorkLink.Jql sameText = new WorkLink.Jql("project = CASC AND issuetype = Story ORDER BY rank");
        hits.put("issuekey in (\"CASC-4\", \"CASC-9\") AND (project = CASC AND issuetype = Story)", 1L);

        Set<WorkLink.Jql> found = matches.matching(new LinkedHashSet<>(List.of("CASC-9", "CASC-4")),
                List.of(stories, bugs, sameText));

        assertEquals(Set.of(stories), found);
        assertEquals(List.of("issuekey in (\"CASC-4\", \"CASC-9\") AND (project = CASC AND issuetype = Story)",
                "issuekey in (\"CASC-4\", \"CASC-9\") AND (project = CASC AND issuetype = Bug)"), counted);
    }

    @Test
    public void shouldNeverWriteAnythingButAnIssueKeyIntoTheQuery() {
        Set<WorkLink.Jql> found = matches.matching(Set.of("CASC-4\") OR (project = OPS", "casc-4", ""),
                List.of(new WorkLink.Jql("project = CASC")));

        assertEquals(Set.of(), found);
        verify(search, never()).parseQuery(any(), anyString());
    }

    @Test
    public void shouldFindNothingWhenJiraRejectsOrCannotCountTheQuery() {
        when(search.parseQuery(isNull(), eq("issuekey in (\"CASC-4\") AND (status = nonsense)")))
                .thenReturn(new SearchService.ParseResult(null, mock(MessageSet.class)));

        assertEquals(Set.of(), matches.matching(Set.of("CASC-4"), List.of(new WorkLink.Jql("status = nonsense"),
                new WorkLink.Jql("labels = broken"))));
        assertEquals(List.of("issuekey in (\"CASC-4\") AND (labels = broken)"), counted);
    }

    @Test
    public void shouldRunAtMostTheBoundOfQueries() {
        List<WorkLink.Jql> queries = new ArrayList<>();
        for (int i = 0; i < JqlMatches.MAX_QUERIES + 5; i++) {
            queries.add(new WorkLink.Jql("labels = l" + i));
        }
        hits.put("issuekey in (\"CASC-4\") AND (labels = l" + (JqlMatches.MAX_QUERIES + 1) + ")", 1L);

        assertEquals(Set.of(), matches.matching(Set.of("CASC-4"), queries));
        verify(search, times(JqlMatches.MAX_QUERIES)).parseQuery(isNull(), anyString());
    }

    @Test
    public void shouldDropOnlyTheOrderByOutsideQuotes() {
        assertEquals("summary ~ \"order by date\" AND labels = 'x order by y' ",
                JiraJqlMatches.whereOf("summary ~ \"order by date\" AND labels = 'x order by y' ORDER BY key"));
        assertEquals("labels = border ", JiraJqlMatches.whereOf("labels = border ORDER\n  BY created DESC"));
        assertEquals("", JiraJqlMatches.whereOf("order by rank"));
        assertEquals("issuekey in (\"A-1\")", JiraJqlMatches.restricted(Set.of("A-1"), " ORDER BY rank"));
    }
}
