package dev.cascade.okr.jira;

import static org.junit.Assert.assertEquals;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.ArgumentMatchers.isNull;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.atlassian.jira.bc.issue.search.SearchService;
import com.atlassian.jira.issue.MutableIssue;
import com.atlassian.jira.issue.search.SearchException;
import com.atlassian.jira.search.issue.IssueDocumentSearchService;
import com.atlassian.jira.util.MessageSet;
import com.atlassian.query.Query;
import dev.cascade.okr.core.model.WorkLink;
import dev.cascade.okr.core.port.WorkCatalog.Linkable;
import org.junit.Before;
import org.junit.Test;

/**
 * Links are checked with Jira's search as the person linking: hidden reads as missing, JQL Jira rejects for them is
 * invalid, JQL that finds more with the app's authority than for them covers hidden issues; nobody else's view is
 * ever used. Counts go through the Platform 8 {@link PlatformIssueCounts} (Jira 11's issue document search), the one
 * the tests compile with.
 */
public class JiraWorkCatalogTest {

    private final JiraStubs jira = new JiraStubs("carol");
    private final SearchService search = mock(SearchService.class);
    private final IssueDocumentSearchService documents = mock(IssueDocumentSearchService.class);
    private final Query query = mock(Query.class);
    private final MessageSet noErrors = mock(MessageSet.class);
    private final MessageSet errors = mock(MessageSet.class);
    private JiraWorkCatalog catalog;

    @Before
    public void setUp() {
        when(errors.hasAnyErrors()).thenReturn(true);
        when(search.parseQuery(eq(jira.user), anyString())).thenReturn(new SearchService.ParseResult(query, noErrors));
        when(search.validateQuery(jira.user, query)).thenReturn(noErrors);
        when(jira.issues.getIssueByCurrentKey("OPS-1")).thenReturn(mock(MutableIssue.class));
        when(jira.issues.getIssueByCurrentKey("CASC-1")).thenReturn(mock(MutableIssue.class));
        catalog = new JiraWorkCatalog(jira.projects, jira.issues, search, new PlatformIssueCounts(documents),
                jira.authentication);
    }

    @Test
    public void shouldLinkWhenThePersonFindsTheEpic() throws Exception {
        when(documents.getHitCount(jira.user, query, false)).thenReturn(1L);

        assertEquals(Linkable.YES, catalog.linkableBy("carol", new WorkLink.Epic("OPS-1")));
        verify(search).parseQuery(jira.user, "issuekey = \"OPS-1\"");
    }

    @Test
    public void shouldAnswerUnknownAlikeWhenTheIssueIsHiddenOrMissing() throws Exception {
        when(documents.getHitCount(jira.user, query, false)).thenReturn(0L);

        assertEquals(Linkable.UNKNOWN, catalog.linkableBy("carol", new WorkLink.Issue("CASC-1")));
        assertEquals(Linkable.UNKNOWN, catalog.linkableBy("carol", new WorkLink.Issue("CASC-99999")));
        verify(search, never()).parseQuery(any(), eq("issuekey = \"CASC-99999\""));
    }

    @Test
    public void shouldAnswerUnknownWhenAskedAboutSomeoneElseOrWhenJiraFails() throws Exception {
        when(documents.getHitCount(jira.user, query, false)).thenThrow(new SearchException("index down"));

        assertEquals(Linkable.UNKNOWN, catalog.linkableBy("bob", new WorkLink.Epic("OPS-1")));
        assertEquals(Linkable.JQL_INVALID, catalog.linkableBy("bob", new WorkLink.Jql("project = OPS")));
        assertEquals(Linkable.UNKNOWN, catalog.linkableBy("carol", new WorkLink.Epic("OPS-1")));
        assertEquals(Linkable.JQL_INVALID, catalog.linkableBy("carol", new WorkLink.Jql("project = OPS")));
    }

    @Test
    public void shouldLinkJqlWhenThePersonSeesEverythingItFinds() throws Exception {
        when(documents.getHitCount(jira.user, query, false)).thenReturn(7L);
        when(documents.getHitCount(isNull(), eq(query), eq(true))).thenReturn(7L);

        assertEquals(Linkable.YES, catalog.linkableBy("carol", new WorkLink.Jql("project = OPS")));
    }

    @Test
    public void shouldRefuseJqlWhenItFindsIssuesThePersonMayNotBrowse() throws Exception {
        when(documents.getHitCount(jira.user, query, false)).thenReturn(7L);
        when(documents.getHitCount(isNull(), eq(query), eq(true))).thenReturn(9L);

        assertEquals(Linkable.JQL_HIDDEN_ISSUES, catalog.linkableBy("carol",
                new WorkLink.Jql("statusCategory = Done")));
    }

    @Test
    public void shouldRefuseJqlWhenJiraRejectsItForThePerson() throws Exception {
        when(search.parseQuery(jira.user, "project = ")).thenReturn(new SearchService.ParseResult(null, errors));
        assertEquals(Linkable.JQL_INVALID, catalog.linkableBy("carol", new WorkLink.Jql("project = ")));

        when(search.validateQuery(jira.user, query)).thenReturn(errors);
        assertEquals(Linkable.JQL_INVALID, catalog.linkableBy("carol", new WorkLink.Jql("project = CASC")));
        verify(documents, never()).getHitCount(any(), any(), eq(true));
    }
}
