package dev.cascade.okr.jira;

import com.atlassian.jira.project.Project;
import com.atlassian.jira.project.ProjectManager;
import com.atlassian.jira.security.JiraAuthenticationContext;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import com.atlassian.plugin.spring.scanner.annotation.imports.JiraImport;
import com.atlassian.sal.api.message.I18nResolver;
import com.atlassian.webresource.api.assembler.PageBuilderService;
import dev.cascade.okr.core.port.GoalQuery;
import dev.cascade.okr.service.goal.GoalFilter;
import dev.cascade.okr.service.goal.GoalService;
import dev.cascade.okr.service.kernel.Caller;
import dev.cascade.okr.web.ProjectGoalsView;
import java.util.Map;
import java.util.Optional;

/**
 * Feeds the project page's goals panel: the project from the page's context ({@code project}, or its key
 * {@code projectKey} when the page gives only that), then one service call — the goals list of {@code GET /goals}
 * for that project, with the same visibility rule, each goal with its rolled-up progress
 * ({@link GoalService#findRolledUp}) — mapped to a {@link ProjectGoalsView} under the key {@code goals}. It also
 * requires the panel's web-resources (the context {@value #RESOURCES}) for the page being rendered, as Atlassian's own
 * apps do, so that they load only where the panel is.
 */
public final class JiraProjectGoalsContextProvider extends GoalsPanelProvider {

    private final GoalService goals;
    private final JiraAuthenticationContext authentication;
    private final ProjectManager projects;

    /** Created by the plugin container for the web panel. */
    public JiraProjectGoalsContextProvider(GoalService goals, @JiraImport JiraAuthenticationContext authentication,
            @JiraImport ProjectManager projects, @ComponentImport I18nResolver i18n,
            @ComponentImport PageBuilderService pages) {
        super(i18n, pages);
        this.goals = goals;
        this.authentication = authentication;
        this.projects = projects;
    }

    @Override
    public Map<String, Object> getContextMap(Map<String, Object> context) {
        Map<String, Object> result = pageContext(context);
        Optional<Project> project = projectOf(context);
        if (project.isEmpty()) {
            result.put("goals", ProjectGoalsView.unavailable(i18n::getText));
            return result;
        }
        ApplicationUser user = authentication.getLoggedInUser();
        String key = project.get().getKey();
        result.put("goals", ProjectGoalsView.of(key,
                goals.findRolledUp(Caller.user(user == null ? null : user.getKey()),
                        new GoalFilter(null, null, key, null, null, 0, GoalQuery.MAX_LIMIT)),
                i18n::getText));
        return result;
    }

    /** The page's project, or the project its {@code projectKey} names; empty when the page gives neither. */
    private Optional<Project> projectOf(Map<String, Object> context) {
        if (context.get("project") instanceof Project project) {
            return Optional.of(project);
        }
        if (context.get("projectKey") instanceof String key && !key.isBlank()) {
            return Optional.ofNullable(projects.getProjectObjByKey(key.trim()));
        }
        return Optional.empty();
    }
}
