package dev.cascade.okr.jira;

import com.atlassian.jira.project.Project;
import com.atlassian.jira.security.JiraAuthenticationContext;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import com.atlassian.plugin.spring.scanner.annotation.imports.JiraImport;
import com.atlassian.plugin.web.ContextProvider;
import com.atlassian.sal.api.message.I18nResolver;
import dev.cascade.okr.service.Caller;
import dev.cascade.okr.service.ObjectiveService;
import dev.cascade.okr.web.ProjectGoalsView;
import java.util.HashMap;
import java.util.Map;

/**
 * Feeds the project page's goals panel: one service call, mapped to a {@link ProjectGoalsView} under the key
 * {@code goals}.
 */
public final class JiraProjectGoalsContextProvider implements ContextProvider {

    private final ObjectiveService objectives;
    private final JiraAuthenticationContext authentication;
    private final I18nResolver i18n;

    /** Created by the plugin container for the web panel. */
    public JiraProjectGoalsContextProvider(ObjectiveService objectives,
            @JiraImport JiraAuthenticationContext authentication, @ComponentImport I18nResolver i18n) {
        this.objectives = objectives;
        this.authentication = authentication;
        this.i18n = i18n;
    }

    @Override
    public void init(Map<String, String> params) {
        // no parameters
    }

    @Override
    public Map<String, Object> getContextMap(Map<String, Object> context) {
        Map<String, Object> result = new HashMap<>(context);
        Object project = context.get("project");
        ApplicationUser user = authentication.getLoggedInUser();
        if (!(project instanceof Project)) {
            result.put("goals", ProjectGoalsView.unavailable(i18n::getText));
            return result;
        }
        Project jiraProject = (Project) project;
        result.put("goals", ProjectGoalsView.of(jiraProject.getKey(), jiraProject.getName(),
                objectives.objectivesOfProject(Caller.user(user == null ? null : user.getKey()), jiraProject.getKey()),
                i18n::getText));
        return result;
    }
}
