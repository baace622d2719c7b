package dev.cascade.okr.jira;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import com.atlassian.sal.api.message.I18nResolver;
import com.atlassian.webresource.api.assembler.PageBuilderService;
import com.atlassian.webresource.api.assembler.RequiredResources;
import com.atlassian.webresource.api.assembler.WebResourceAssembler;
import dev.cascade.okr.core.model.LevelScheme;
import dev.cascade.okr.core.model.Period;
import dev.cascade.okr.core.port.SettingsStore;
import dev.cascade.okr.core.validation.Violation;
import dev.cascade.okr.core.validation.ViolationCode;
import dev.cascade.okr.service.appraisal.AppraisalPageService;
import dev.cascade.okr.service.appraisal.AppraisalSummaryService;
import dev.cascade.okr.service.kernel.Caller;
import dev.cascade.okr.service.kernel.Outcome;
import dev.cascade.okr.service.page.CascadePageService;
import dev.cascade.okr.service.page.CascadePageService.CascadeRequest;
import dev.cascade.okr.service.page.GoalActionsService;
import dev.cascade.okr.service.page.GoalPageService;
import dev.cascade.okr.service.page.MyGoalsService;
import dev.cascade.okr.service.table.TableService;
import dev.cascade.okr.web.page.GoalsPageView;
import dev.cascade.okr.web.tree.TreeView;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.Before;
import org.junit.Test;
import org.mockito.ArgumentCaptor;

/**
 * The Goals page's context: the project comes from {@code project}, or from {@code projectKey} when the page gives
 * only the key; the view, period and filters from the request's query; the tree asks the cascade page service exactly
 * as asked, for the signed-in caller.
 */
public class JiraProjectGoalsContextProviderTest {

    private final JiraStubs jira = new JiraStubs("bob");
    private final CascadePageService cascades = mock(CascadePageService.class);
    private final GoalActionsService actions = mock(GoalActionsService.class);
    private final GoalPageService goalPages = mock(GoalPageService.class);
    private final SettingsStore settings = mock(SettingsStore.class);
    private final HttpServletRequest request = mock(HttpServletRequest.class);
    private final I18nResolver i18n = JiraStubs.keys(false);
    private JiraProjectGoalsContextProvider provider;

    private final PageBuilderService pages = mock(PageBuilderService.class);
    private final WebResourceAssembler assembler = mock(WebResourceAssembler.class);
    private final RequiredResources resources = mock(RequiredResources.class);

    @Before
    public void setUp() {
        when(settings.levelScheme()).thenReturn(new SettingsStore.Setting<>(LevelScheme.defaults(), 0,
                Optional.empty(), Optional.empty(), List.of()));
        when(cascades.cascade(any(), any())).thenReturn(Outcome.success(new CascadePageService.CascadePage(
                Period.year(2026), "2026", List.of(), false, LevelScheme.defaults())));
        when(pages.assembler()).thenReturn(assembler);
        when(assembler.resources()).thenReturn(resources);
        provider = new JiraProjectGoalsContextProvider(cascades, actions, goalPages, mock(TableService.class),
                mock(MyGoalsService.class), mock(AppraisalSummaryService.class), mock(AppraisalPageService.class),
                settings, jira.authentication, jira.projects, i18n, pages,
                JiraStubs.underJira(request),
                jira.users);
    }

    @Test
    public void shouldRequireThePagesWebResourcesForThePage() {
        provider.getContextMap(Map.of("project", jira.casc));

        verify(resources).requireContext("cascade-goals");
    }

    @Test
    public void shouldShowTheProjectsTreeForTheSignedInCallerWhenThePageGivesTheProject() {
        Map<String, Object> context = provider.getContextMap(Map.of("project", jira.casc));

        GoalsPageView page = (GoalsPageView) context.get("page");
        assertEquals("CASC", page.getProjectKey());
        assertEquals("tree", page.getView());
        assertEquals("/jira/projects/CASC", page.getAction());
        assertEquals("[cascade.page.tree.empty]", ((TreeView) context.get("tree")).message());
        assertAsked(new CascadeRequest("CASC", "", "", "", ""));
    }

    @Test
    public void shouldPassThePeriodAndFiltersOfTheQueryToTheTree() {
        when(request.getParameter("period")).thenReturn(" 2026-Q4 ");
        when(request.getParameter("level")).thenReturn("team");
        when(request.getParameter("owner")).thenReturn("zhang");
        when(request.getParameter("status")).thenReturn("at-risk");

        GoalsPageView page = (GoalsPageView) provider.getContextMap(Map.of("project", jira.casc)).get("page");

        assertAsked(new CascadeRequest("CASC", "2026-Q4", "team", "zhang", "at-risk"));
        assertEquals("2026-Q4", page.getPeriod());
    }

    @Test
    public void shouldShowAGoalsPageWithoutTheTreeWhenTheQueryNamesAGoal() {
        when(request.getParameter("goal")).thenReturn("12");
        when(goalPages.page(any(), anyLong())).thenReturn(Outcome.failure(Outcome.Failure.NOT_FOUND,
                Violation.of(ViolationCode.OBJECTIVE_NOT_FOUND, "id", "12")));
        when(actions.actions(any(), anyLong())).thenReturn(Outcome.failure(Outcome.Failure.NOT_FOUND,
                Violation.of(ViolationCode.OBJECTIVE_NOT_FOUND, "id", "12")));

        Map<String, Object> context = provider.getContextMap(Map.of("project", jira.casc));

        assertEquals("goal", ((GoalsPageView) context.get("page")).getView());
        assertFalse(context.containsKey("tree"));
    }

    @Test
    public void shouldResolveTheProjectWhenThePageGivesOnlyItsKey() {
        GoalsPageView page = (GoalsPageView) provider.getContextMap(Map.of("projectKey", "CASC")).get("page");

        assertEquals("CASC", page.getProjectKey());
        assertAsked(new CascadeRequest("CASC", "", "", "", ""));
    }

    @Test
    public void shouldShowUnavailableWithoutAskingWhenTheKeyNamesNoProject() {
        GoalsPageView page = (GoalsPageView) provider.getContextMap(Map.of("projectKey", "NOPE")).get("page");

        verifyNoInteractions(cascades);
        assertTrue(page.isUnavailable());
        assertEquals("[cascade.panel.project.unavailable]", page.getMessage());
    }

    @Test
    public void shouldShowUnavailableWithoutAskingWhenThePageGivesNoProject() {
        GoalsPageView page = (GoalsPageView) provider.getContextMap(Map.of("issue", "CASC-1")).get("page");

        verifyNoInteractions(cascades);
        assertEquals("[cascade.panel.project.unavailable]", page.getMessage());
    }

    private void assertAsked(CascadeRequest expected) {
        ArgumentCaptor<Caller> caller = ArgumentCaptor.forClass(Caller.class);
        ArgumentCaptor<CascadeRequest> asked = ArgumentCaptor.forClass(CascadeRequest.class);
        verify(cascades).cascade(caller.capture(), asked.capture());
        assertEquals("bob", caller.getValue().userKey().orElseThrow());
        assertEquals(expected, asked.getValue());
    }
}
