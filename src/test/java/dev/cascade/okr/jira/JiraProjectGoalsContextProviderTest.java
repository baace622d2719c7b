package dev.cascade.okr.jira;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import com.atlassian.jira.project.Project;
import com.atlassian.jira.project.ProjectManager;
import com.atlassian.jira.security.JiraAuthenticationContext;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.sal.api.message.I18nResolver;
import com.atlassian.webresource.api.assembler.PageBuilderService;
import com.atlassian.webresource.api.assembler.RequiredResources;
import com.atlassian.webresource.api.assembler.WebResourceAssembler;
import dev.cascade.okr.core.port.GoalQuery;
import dev.cascade.okr.core.port.Page;
import dev.cascade.okr.service.goal.GoalFilter;
import dev.cascade.okr.service.goal.GoalService;
import dev.cascade.okr.service.kernel.Caller;
import dev.cascade.okr.service.kernel.Outcome;
import dev.cascade.okr.web.ProjectGoalsView;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.junit.Before;
import org.junit.Test;
import org.mockito.ArgumentCaptor;

/**
 * The project page's context: the project comes from {@code project}, or from {@code projectKey} when the page gives
 * only the key; either way the panel asks the goals service exactly as {@code GET /goals?project=KEY} does.
 */
public class JiraProjectGoalsContextProviderTest {

    private final GoalService goals = mock(GoalService.class);
    private final JiraAuthenticationContext authentication = mock(JiraAuthenticationContext.class);
    private final ProjectManager projects = mock(ProjectManager.class);
    private final ApplicationUser bob = mock(ApplicationUser.class);
    private final Project casc = mock(Project.class);
    private final I18nResolver i18n = new I18nResolver() {
        @Override
        public String getText(String key) {
            return "[" + key + "]";
        }

        @Override
        public String getText(String key, Serializable... arguments) {
            return "[" + key + "]";
        }
    };
    private JiraProjectGoalsContextProvider provider;

    private final PageBuilderService pages = mock(PageBuilderService.class);
    private final WebResourceAssembler assembler = mock(WebResourceAssembler.class);
    private final RequiredResources resources = mock(RequiredResources.class);

    @Before
    public void setUp() {
        when(bob.getKey()).thenReturn("bob");
        when(authentication.getLoggedInUser()).thenReturn(bob);
        when(casc.getKey()).thenReturn("CASC");
        when(projects.getProjectObjByKey("CASC")).thenReturn(casc);
        when(goals.findRolledUp(any(), any())).thenReturn(Outcome.success(new Page<>(List.of(), 0, 100, 0)));
        when(pages.assembler()).thenReturn(assembler);
        when(assembler.resources()).thenReturn(resources);
        provider = new JiraProjectGoalsContextProvider(goals, authentication, projects, i18n, pages);
    }

    @Test
    public void shouldRequireThePanelsWebResourcesForThePage() {
        provider.getContextMap(Map.of("project", casc));

        verify(resources).requireContext("cascade-goals");
    }

    @Test
    public void shouldListTheProjectsVisibleGoalsWhenThePageGivesTheProject() {
        ProjectGoalsView view = goalsOf(provider.getContextMap(Map.of("project", casc)));

        assertAskedForProject("CASC");
        assertEquals("CASC", view.getProjectKey());
        assertEquals("[cascade.panel.project.empty]", view.getMessage());
        assertEquals("[cascade.panel.project.title]", view.getHeading());
    }

    @Test
    public void shouldResolveTheProjectWhenThePageGivesOnlyItsKey() {
        ProjectGoalsView view = goalsOf(provider.getContextMap(Map.of("projectKey", "CASC")));

        assertAskedForProject("CASC");
        assertEquals("CASC", view.getProjectKey());
    }

    @Test
    public void shouldShowUnavailableWithoutAskingWhenTheKeyNamesNoProject() {
        ProjectGoalsView view = goalsOf(provider.getContextMap(Map.of("projectKey", "NOPE")));

        verifyNoInteractions(goals);
        assertTrue(view.isEmpty());
        assertEquals("[cascade.panel.project.unavailable]", view.getMessage());
    }

    @Test
    public void shouldShowUnavailableWithoutAskingWhenThePageGivesNoProject() {
        ProjectGoalsView view = goalsOf(provider.getContextMap(Map.of("issue", "CASC-1")));

        verifyNoInteractions(goals);
        assertEquals("[cascade.panel.project.unavailable]", view.getMessage());
    }

    private void assertAskedForProject(String key) {
        ArgumentCaptor<Caller> caller = ArgumentCaptor.forClass(Caller.class);
        ArgumentCaptor<GoalFilter> filter = ArgumentCaptor.forClass(GoalFilter.class);
        verify(goals).findRolledUp(caller.capture(), filter.capture());
        assertEquals("bob", caller.getValue().userKey().orElseThrow());
        assertEquals(new GoalFilter(null, null, key, null, null, 0, GoalQuery.MAX_LIMIT), filter.getValue());
    }

    private static ProjectGoalsView goalsOf(Map<String, Object> context) {
        return (ProjectGoalsView) context.get("goals");
    }
}
