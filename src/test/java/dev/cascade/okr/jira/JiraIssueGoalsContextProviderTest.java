package dev.cascade.okr.jira;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.RETURNS_DEEP_STUBS;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import com.atlassian.jira.issue.IssueManager;
import com.atlassian.jira.issue.MutableIssue;
import com.atlassian.jira.issue.fields.CustomField;
import com.atlassian.jira.project.Project;
import com.atlassian.jira.security.JiraAuthenticationContext;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.sal.api.message.I18nResolver;
import com.atlassian.webresource.api.assembler.PageBuilderService;
import dev.cascade.okr.core.validation.Violation;
import dev.cascade.okr.core.validation.ViolationCode;
import dev.cascade.okr.service.goal.IssueGoalsService;
import dev.cascade.okr.service.kernel.Caller;
import dev.cascade.okr.service.kernel.Outcome;
import dev.cascade.okr.web.IssueGoalsView;
import java.io.Serializable;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.Before;
import org.junit.Test;
import org.mockito.ArgumentCaptor;

/**
 * The issue view's context: the issue comes from {@code issue}, as Jira's view issue page passes it with
 * {@code project} and {@code user}; the panel asks the service once, as the signed-in user, about the issue's own key
 * and those of its epic, its parent and the parent's epic.
 */
public class JiraIssueGoalsContextProviderTest {

    private final IssueGoalsService goals = mock(IssueGoalsService.class);
    private final JiraAuthenticationContext authentication = mock(JiraAuthenticationContext.class);
    private final JiraEpicLinks epicLinks = mock(JiraEpicLinks.class);
    private final IssueManager issues = mock(IssueManager.class);
    private final CustomField epicLink = mock(CustomField.class);
    private final ApplicationUser bob = mock(ApplicationUser.class);
    private final Project casc = mock(Project.class);
    private final I18nResolver i18n = new I18nResolver() {
        @Override
        public String getText(String key) {
            return "[" + key + "]";
        }

        @Override
        public String getText(String key, Serializable... arguments) {
            return "[" + key + (arguments.length == 0 ? "" : Arrays.toString(arguments)) + "]";
        }
    };
    private JiraIssueGoalsContextProvider provider;

    @Before
    public void setUp() {
        when(bob.getKey()).thenReturn("bob");
        when(authentication.getLoggedInUser()).thenReturn(bob);
        when(epicLinks.field()).thenReturn(Optional.of(epicLink));
        when(goals.fedBy(any(), any())).thenReturn(Outcome.success(List.of()));
        PageBuilderService pages = mock(PageBuilderService.class, RETURNS_DEEP_STUBS);
        provider = new JiraIssueGoalsContextProvider(goals, authentication, epicLinks, issues, i18n, pages);
    }

    @Test
    public void shouldAskAboutTheStoryAndItsEpicWhenTheIssueViewShowsAStory() {
        MutableIssue story = issue("CASC-9", false, null);
        when(epicLinks.epicKeyOf(story, epicLink)).thenReturn(Optional.of("CASC-8"));

        IssueGoalsView view = viewOf(provider.getContextMap(Map.of("issue", story, "project", casc, "user", bob)));

        assertAsked("bob", Set.of("CASC-9", "CASC-8"));
        assertEquals("CASC-9", view.getIssueKey());
        assertTrue(view.isEmpty());
        assertEquals("[cascade.panel.issue.empty]", view.getMessage());
    }

    @Test
    public void shouldAskAboutParentAndParentsEpicWhenTheIssueIsASubTask() {
        MutableIssue parent = issue("CASC-9", false, null);
        MutableIssue subTask = issue("CASC-30", true, 9L);
        when(issues.getIssueObject(9L)).thenReturn(parent);
        when(epicLinks.epicKeyOf(subTask, epicLink)).thenReturn(Optional.empty());
        when(epicLinks.epicKeyOf(parent, epicLink)).thenReturn(Optional.of("CASC-8"));

        provider.getContextMap(Map.of("issue", subTask, "project", casc));

        assertAsked("bob", Set.of("CASC-30", "CASC-9", "CASC-8"));
    }

    @Test
    public void shouldAskAboutTheIssueAloneWhenJiraSoftwareIsAbsent() {
        when(epicLinks.field()).thenReturn(Optional.empty());

        provider.getContextMap(Map.of("issue", issue("OPS-2", false, null)));

        assertAsked("bob", Set.of("OPS-2"));
    }

    @Test
    public void shouldAskAsAnonymousAndShowTheRefusalWhenNobodyIsSignedIn() {
        when(authentication.getLoggedInUser()).thenReturn(null);
        when(goals.fedBy(any(), any())).thenReturn(Outcome.failure(Outcome.Failure.UNAUTHENTICATED,
                Violation.of(ViolationCode.NOT_AUTHENTICATED, null)));

        IssueGoalsView view = viewOf(provider.getContextMap(Map.of("issue", issue("CASC-9", false, null))));

        ArgumentCaptor<Caller> caller = ArgumentCaptor.forClass(Caller.class);
        verify(goals).fedBy(caller.capture(), any());
        assertTrue(caller.getValue().userKey().isEmpty());
        assertEquals("[" + ViolationCode.NOT_AUTHENTICATED.messageKey() + "]", view.getMessage());
    }

    @Test
    public void shouldShowUnavailableWithoutAskingWhenThePageGivesNoIssue() {
        IssueGoalsView view = viewOf(provider.getContextMap(Map.of("project", casc)));

        verifyNoInteractions(goals);
        assertEquals("[cascade.panel.issue.unavailable]", view.getMessage());
        assertEquals("", view.getIssueKey());
    }

    @Test
    public void shouldKeepTheHostsContextWhenItAddsTheView() {
        MutableIssue story = issue("CASC-9", false, null);

        Map<String, Object> context = provider.getContextMap(Map.of("issue", story, "project", casc));

        assertEquals(story, context.get("issue"));
        assertEquals(casc, context.get("project"));
    }

    private void assertAsked(String user, Set<String> keys) {
        ArgumentCaptor<Caller> caller = ArgumentCaptor.forClass(Caller.class);
        @SuppressWarnings("unchecked")
        ArgumentCaptor<Set<String>> asked = ArgumentCaptor.forClass(Set.class);
        verify(goals).fedBy(caller.capture(), asked.capture());
        assertEquals(user, caller.getValue().userKey().orElseThrow());
        assertEquals(keys, asked.getValue());
    }

    private static MutableIssue issue(String key, boolean subTask, Long parentId) {
        MutableIssue issue = mock(MutableIssue.class);
        when(issue.getKey()).thenReturn(key);
        when(issue.isSubTask()).thenReturn(subTask);
        when(issue.getParentId()).thenReturn(parentId);
        return issue;
    }

    private static IssueGoalsView viewOf(Map<String, Object> context) {
        return (IssueGoalsView) context.get("issueGoals");
    }
}
