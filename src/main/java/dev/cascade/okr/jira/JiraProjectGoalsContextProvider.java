package dev.cascade.okr.jira;

import com.atlassian.jira.project.Project;
import com.atlassian.jira.project.ProjectManager;
import com.atlassian.jira.security.JiraAuthenticationContext;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import com.atlassian.plugin.spring.scanner.annotation.imports.JiraImport;
import com.atlassian.sal.api.message.I18nResolver;
import com.atlassian.sal.api.user.UserManager;
import com.atlassian.sal.api.web.context.HttpContext;
import com.atlassian.webresource.api.assembler.PageBuilderService;
import dev.cascade.okr.core.port.SettingsStore;
import dev.cascade.okr.service.appraisal.AppraisalPageService;
import dev.cascade.okr.service.appraisal.AppraisalSummaryService;
import dev.cascade.okr.service.kernel.Caller;
import dev.cascade.okr.service.page.CascadePageService;
import dev.cascade.okr.service.page.GoalActionsService;
import dev.cascade.okr.service.page.GoalPageService;
import dev.cascade.okr.service.page.MyGoalsService;
import dev.cascade.okr.service.table.TableService;
import dev.cascade.okr.web.page.Formats;
import dev.cascade.okr.web.page.GoalsPageView;
import dev.cascade.okr.web.page.PageLinks;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;

/**
 * Feeds the project's Goals page (the project sidebar's web panel): the project from the page's context
 * ({@code project}, or its key {@code projectKey}), the view, period and filters from the request's query
 * ({@code view}, {@code period}, {@code level}, {@code owner}, {@code status}, {@code table}, {@code scope},
 * {@code offset}, {@code goal}, {@code person}; SAL's {@code HttpContext}), then one service call for the view shown,
 * mapped to its view model: the frame under {@code page}, then {@code tree}, {@code tables}, {@code mine}, the
 * appraisal views, or a goal's {@code goalPage} and {@code actions}. It requires the page's web-resources (the context
 * {@value #RESOURCES}) for the page being rendered.
 */
public final class JiraProjectGoalsContextProvider extends GoalsPanelProvider {

    private final ProjectGoalsViews views;
    private final SettingsStore settings;
    private final JiraAuthenticationContext authentication;
    private final ProjectManager projects;
    private final HttpContext http;
    private final Clock clock;

    /** Created by the plugin container for the web panel. */
    public JiraProjectGoalsContextProvider(CascadePageService cascades, GoalActionsService actions,
            GoalPageService goalPages, TableService tables, MyGoalsService mine, AppraisalSummaryService summaries,
            AppraisalPageService appraisalPages, SettingsStore settings,
            @JiraImport JiraAuthenticationContext authentication, @JiraImport ProjectManager projects,
            @ComponentImport I18nResolver i18n, @ComponentImport PageBuilderService pages,
            @ComponentImport HttpContext http, @ComponentImport UserManager users) {
        super(i18n, pages);
        PeopleNames names = new PeopleNames(users);
        this.views = new ProjectGoalsViews(cascades, actions, goalPages, tables, mine,
                new AppraisalViews(tables, summaries, appraisalPages, names, i18n), names, i18n);
        this.settings = settings;
        this.authentication = authentication;
        this.projects = projects;
        this.http = http;
        this.clock = Clock.systemUTC();
    }

    @Override
    public Map<String, Object> getContextMap(Map<String, Object> context) {
        Map<String, Object> result = pageContext(context);
        Formats formats = Formats.of(i18n::getText);
        LocalDate today = LocalDate.now(clock);
        Optional<Project> project = projectOf(context);
        if (project.isEmpty()) {
            result.put("page", GoalsPageView.unavailable(formats, today));
            return result;
        }
        HttpServletRequest request = http.getRequest();
        ApplicationUser user = authentication.getLoggedInUser();
        String key = project.get().getKey();
        PageLinks links = new PageLinks(request == null ? "" : request.getContextPath(), key,
                parameter(request, "period"));
        GoalsPageView page = GoalsPageView.of(parameter(request, "view"), !parameter(request, "goal").isEmpty(),
                project.get().getName(), links, formats, today, settings.levelScheme().value(), user != null);
        result.put("page", page);
        views.fill(result, new ProjectGoalsViews.Asked(Caller.user(user == null ? null : user.getKey()),
                user != null, key, links, formats, page, name -> parameter(request, name)));
        return result;
    }

    /** A query parameter, trimmed, at most 255 characters; empty when absent. */
    private static String parameter(HttpServletRequest request, String name) {
        String value = request == null ? null : request.getParameter(name);
        if (value == null) {
            return "";
        }
        String trimmed = value.trim();
        return trimmed.length() > 255 ? trimmed.substring(0, 255) : trimmed;
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
