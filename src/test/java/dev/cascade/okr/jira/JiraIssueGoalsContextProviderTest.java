package dev.cascade.okr.jira;

import static dev.cascade.okr.jira.JiraStubs.issue;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.RETURNS_DEEP_STUBS;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import com.atlassian.jira.issue.CustomFieldManager;
import com.atlassian.jira.issue.MutableIssue;
import com.atlassian.jira.issue.fields.CustomField;
import com.atlassian.sal.api.message.I18nResolver;
import com.atlassian.webresource.api.assembler.PageBuilderService;
import dev.cascade.okr.core.model.GoalDetails;
import dev.cascade.okr.core.model.GoalType;
import dev.cascade.okr.core.model.IssueCompletion;
import dev.cascade.okr.core.model.IssueMeasure;
import dev.cascade.okr.core.model.KeyResult;
import dev.cascade.okr.core.model.KeyResultId;
import dev.cascade.okr.core.model.Lifecycle;
import dev.cascade.okr.core.model.Objective;
import dev.cascade.okr.core.model.ObjectiveId;
import dev.cascade.okr.core.model.OrgUnit;
import dev.cascade.okr.core.model.Period;
import dev.cascade.okr.core.model.Progress;
import dev.cascade.okr.core.model.ProgressBasis;
import dev.cascade.okr.core.model.UserRef;
import dev.cascade.okr.core.model.Visibility;
import dev.cascade.okr.core.model.Weight;
import dev.cascade.okr.core.model.WorkLink;
import dev.cascade.okr.core.port.GoalStore.StoredKeyResult;
import dev.cascade.okr.core.port.GoalStore.StoredObjective;
import dev.cascade.okr.core.progress.IssueCounting;
import dev.cascade.okr.core.validation.Violation;
import dev.cascade.okr.core.validation.ViolationCode;
import dev.cascade.okr.service.goal.IssueGoalsService;
import dev.cascade.okr.service.goal.IssueGoalsService.FedGoal;
import dev.cascade.okr.service.goal.IssueGoalsService.FedKeyResult;
import dev.cascade.okr.service.goal.IssueGoalsService.IssuePanel;
import dev.cascade.okr.service.kernel.Caller;
import dev.cascade.okr.service.kernel.GoalTree;
import dev.cascade.okr.service.kernel.Outcome;
import dev.cascade.okr.web.IssueGoalsView;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Instant;
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
 * and those of its epic, its parent and the parent's epic, with the issue's project; it reads the issue's own story
 * points through the configured field only when a key result counts them, and links an epic as an epic.
 */
public class JiraIssueGoalsContextProviderTest {

    private static final Instant AT = Instant.parse("2026-12-07T09:30:00Z");

    private final JiraStubs jira = new JiraStubs("bob");
    private final IssueGoalsService goals = mock(IssueGoalsService.class);
    private final JiraEpicLinks epicLinks = mock(JiraEpicLinks.class);
    private final CustomField epicLink = mock(CustomField.class);
    private final CustomFieldManager customFields = mock(CustomFieldManager.class);
    private final I18nResolver i18n = JiraStubs.keys(true);
    private JiraIssueGoalsContextProvider provider;

    @Before
    public void setUp() {
        when(epicLinks.field()).thenReturn(Optional.of(epicLink));
        when(goals.panel(any(), any(), any(), any(), any())).thenReturn(Outcome.success(
                new IssuePanel(List.of(), List.of(), IssueCounting.DEFAULTS)));
        PageBuilderService pages = mock(PageBuilderService.class, RETURNS_DEEP_STUBS);
        provider = new JiraIssueGoalsContextProvider(goals, jira.authentication,
                new JiraIssues(jira.issues, customFields, epicLinks), i18n, pages,
                JiraStubs.underJira(mock(HttpServletRequest.class)));
    }

    @Test
    public void shouldAskAboutTheStoryAndItsEpicWhenTheIssueViewShowsAStory() {
        MutableIssue story = issue("CASC-9", false, null);
        when(epicLinks.epicKeyOf(story, epicLink)).thenReturn(Optional.of("CASC-8"));

        IssueGoalsView view = viewOf(provider.getContextMap(Map.of("issue", story, "project", jira.casc, "user",
                jira.user)));

        assertAsked("bob", Set.of("CASC-9", "CASC-8"));
        assertEquals("CASC-9", view.issueKey());
        assertTrue(view.empty());
        assertEquals("[cascade.panel.issue.empty]", view.message());
    }

    @Test
    public void shouldAskAboutParentAndParentsEpicWhenTheIssueIsASubTask() {
        MutableIssue parent = issue("CASC-9", false, null);
        MutableIssue subTask = issue("CASC-30", true, 9L);
        when(jira.issues.getIssueObject(9L)).thenReturn(parent);
        when(epicLinks.epicKeyOf(subTask, epicLink)).thenReturn(Optional.empty());
        when(epicLinks.epicKeyOf(parent, epicLink)).thenReturn(Optional.of("CASC-8"));

        provider.getContextMap(Map.of("issue", subTask, "project", jira.casc));

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
        when(jira.authentication.getLoggedInUser()).thenReturn(null);
        when(goals.panel(any(), any(), any(), any(), any())).thenReturn(Outcome.failure(
                Outcome.Failure.UNAUTHENTICATED,
                Violation.of(ViolationCode.NOT_AUTHENTICATED, null)));

        IssueGoalsView view = viewOf(provider.getContextMap(Map.of("issue", issue("CASC-9", false, null))));

        ArgumentCaptor<Caller> caller = ArgumentCaptor.forClass(Caller.class);
        verify(goals).panel(caller.capture(), any(), any(), any(), any());
        assertTrue(caller.getValue().userKey().isEmpty());
        assertEquals("[" + ViolationCode.NOT_AUTHENTICATED.messageKey() + "]", view.message());
    }

    @Test
    public void shouldShowUnavailableWithoutAskingWhenThePageGivesNoIssue() {
        IssueGoalsView view = viewOf(provider.getContextMap(Map.of("project", jira.casc)));

        verifyNoInteractions(goals);
        assertEquals("[cascade.panel.issue.unavailable]", view.message());
        assertEquals("", view.issueKey());
    }

    @Test
    public void shouldKeepTheHostsContextWhenItAddsTheView() {
        MutableIssue story = issue("CASC-9", false, null);

        Map<String, Object> context = provider.getContextMap(Map.of("issue", story, "project", jira.casc));

        assertEquals(story, context.get("issue"));
        assertEquals(jira.casc, context.get("project"));
    }

    @Test
    public void shouldAskOnceWithTheIssuesOwnKeyAndProjectWhenTheIssueViewShowsAStory() {
        MutableIssue story = issue("CASC-9", false, null);
        when(jira.casc.getKey()).thenReturn("CASC");
        when(story.getProjectObject()).thenReturn(jira.casc);

        provider.getContextMap(Map.of("issue", story, "project", jira.casc));

        verify(goals).panel(any(), org.mockito.ArgumentMatchers.eq("CASC-9"), any(), any(),
                org.mockito.ArgumentMatchers.eq("CASC"));
    }

    @Test
    public void shouldShowTheIssuesOwnStoryPointsThroughTheConfiguredFieldWhenAKeyResultCountsStoryPoints() {
        MutableIssue story = issue("CASC-9", false, null);
        when(epicLinks.epicKeyOf(story, epicLink)).thenReturn(Optional.of("CASC-8"));
        CustomField points = mock(CustomField.class);
        when(customFields.getCustomFieldObject("customfield_10106")).thenReturn(points);
        when(story.getCustomFieldValue(points)).thenReturn(5.0);
        StoredKeyResult keyResult = storyPoints(new WorkLink.Epic("CASC-8"));
        when(goals.panel(any(), any(), any(), any(), any())).thenReturn(Outcome.success(new IssuePanel(List.of(
                new FedGoal(new GoalTree(goal(List.of(keyResult)), Progress.of(0.25), 1, List.of()),
                        List.of(new FedKeyResult(keyResult, List.of(new WorkLink.Epic("CASC-8")))))), List.of(),
                new IssueCounting("customfield_10106", false))));

        IssueGoalsView view = viewOf(provider.getContextMap(Map.of("issue", story)));

        assertEquals("[cascade.panel.issue.share.story-points[5, 21]]",
                view.goals().get(0).keyResults().get(0).share());
    }

    @Test
    public void shouldLinkAsAnEpicAtTheHostsAddressWhenTheIssueIsAnEpicAndTheViewerMayChangeAKeyResult() {
        MutableIssue epic = issue("CASC-8", false, null);
        when(epicLinks.isEpic(epic)).thenReturn(true);
        StoredKeyResult keyResult = storyPoints(new WorkLink.Epic("CASC-1"));
        StoredObjective goal = goal(List.of(keyResult));
        when(goals.panel(any(), any(), any(), any(), any())).thenReturn(Outcome.success(new IssuePanel(List.of(),
                List.of(new IssueGoalsService.LinkableKeyResult(goal, keyResult)), IssueCounting.DEFAULTS)));

        IssueGoalsView view = viewOf(provider.getContextMap(Map.of("issue", epic)));

        assertTrue(view.canLink());
        assertEquals("link.epic", view.linkField());
        assertEquals("/jira/rest/cascade/1.0/key-results/links/add", view.linkUrl());
        assertEquals(70L, view.linkable().get(0).id());
        assertEquals(3L, view.linkable().get(0).version());
        verifyNoInteractions(customFields);
    }

    private static StoredKeyResult storyPoints(WorkLink link) {
        IssueCompletion evidence = IssueCompletion.of(new IssueCompletion.Tally(2, 8, 0, 0, 0),
                new IssueCompletion.Tally(2, 8, 0, 0, 0), new IssueCompletion.Tally(2, 5, 0, 0, 0));
        return new StoredKeyResult(new ObjectiveId(7), new KeyResult(new KeyResultId(70), "Points", Weight.FULL,
                IssueMeasure.of(ProgressBasis.STORY_POINTS_DONE, List.of(link)), Progress.of(0.25), evidence), 3,
                Progress.of(0.25), null, AT);
    }

    private static StoredObjective goal(List<StoredKeyResult> keyResults) {
        return new StoredObjective(new Objective(new ObjectiveId(7), "Onboarding", null, new UserRef("alice"), "team",
                Period.year(2026), new OrgUnit.Project("CASC"), GoalType.RESULT, Lifecycle.ACTIVE, Visibility.MEMBERS,
                false, keyResults.stream().map(StoredKeyResult::keyResult).toList(), GoalDetails.NONE), 1, keyResults,
                "alice", AT, "alice", AT);
    }

    private void assertAsked(String user, Set<String> keys) {
        ArgumentCaptor<Caller> caller = ArgumentCaptor.forClass(Caller.class);
        @SuppressWarnings("unchecked")
        ArgumentCaptor<Set<String>> asked = ArgumentCaptor.forClass(Set.class);
        verify(goals).panel(caller.capture(), any(), any(), asked.capture(), any());
        assertEquals(user, caller.getValue().userKey().orElseThrow());
        assertEquals(keys, asked.getValue());
    }

    private static IssueGoalsView viewOf(Map<String, Object> context) {
        return (IssueGoalsView) context.get("issueGoals");
    }
}
