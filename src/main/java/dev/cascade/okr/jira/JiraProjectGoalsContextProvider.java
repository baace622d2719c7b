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
import dev.cascade.okr.service.kernel.Caller;
import dev.cascade.okr.service.kernel.Outcome;
import dev.cascade.okr.service.page.CascadePageService;
import dev.cascade.okr.service.page.CascadePageService.CascadeRequest;
import dev.cascade.okr.service.page.GoalActionsService;
import dev.cascade.okr.service.page.GoalActionsService.GoalActions;
import dev.cascade.okr.service.page.GoalPageService;
import dev.cascade.okr.service.page.MyGoalsService;
import dev.cascade.okr.service.table.Table.Kind;
import dev.cascade.okr.service.table.TableService;
import dev.cascade.okr.service.table.TableService.TableRequest;
import dev.cascade.okr.web.action.GoalActionsView;
import dev.cascade.okr.web.goalpage.GoalPageView;
import dev.cascade.okr.web.mine.MyGoalsView;
import dev.cascade.okr.web.page.Formats;
import dev.cascade.okr.web.page.GoalsPageView;
import dev.cascade.okr.web.page.PageLinks;
import dev.cascade.okr.web.page.Tab;
import dev.cascade.okr.web.table.TablesView;
import dev.cascade.okr.web.tree.TreeView;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Feeds the project's Goals page (the project sidebar's web panel): the project from the page's context
 * ({@code project}, or its key {@code projectKey}), the view, period and filters from the request's query
 * ({@code view}, {@code period}, {@code level}, {@code owner}, {@code status}, {@code table}, {@code scope},
 * {@code offset},
 * {@code goal}; SAL's {@code HttpContext}), then one service call for the view shown, mapped to its view model: the
 * frame under {@code page}, then {@code tree}, {@code tables}, {@code mine}, or a goal's {@code goalPage} and
 * {@code actions}. It requires
 * the page's web-resources (the context {@value #RESOURCES}) for the page being rendered.
 */
public final class JiraProjectGoalsContextProvider extends GoalsPanelProvider {

    private final CascadePageService cascades;
    private final GoalActionsService actions;
    private final GoalPageService goalPages;
    private final TableService tables;
    private final MyGoalsService mine;
    private final SettingsStore settings;
    private final JiraAuthenticationContext authentication;
    private final ProjectManager projects;
    private final HttpContext http;
    private final PeopleNames people;
    private final Clock clock;

    /** Created by the plugin container for the web panel. */
    public JiraProjectGoalsContextProvider(CascadePageService cascades, GoalActionsService actions,
            GoalPageService goalPages, TableService tables, MyGoalsService mine, SettingsStore settings,
            @JiraImport JiraAuthenticationContext authentication, @JiraImport ProjectManager projects,
            @ComponentImport I18nResolver i18n, @ComponentImport PageBuilderService pages,
            @ComponentImport HttpContext http, @ComponentImport UserManager users) {
        super(i18n, pages);
        this.cascades = cascades;
        this.actions = actions;
        this.goalPages = goalPages;
        this.tables = tables;
        this.mine = mine;
        this.settings = settings;
        this.authentication = authentication;
        this.projects = projects;
        this.http = http;
        this.people = new PeopleNames(users);
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
        Caller caller = Caller.user(user == null ? null : user.getKey());
        String key = project.get().getKey();
        PageLinks links = new PageLinks(request == null ? "" : request.getContextPath(), key,
                parameter(request, "period"));
        GoalsPageView page = GoalsPageView.of(parameter(request, "view"), !parameter(request, "goal").isEmpty(),
                project.get().getName(), links, formats, today, settings.levelScheme().value(), user != null);
        result.put("page", page);
        if (GoalsPageView.GOAL.equals(page.getView())) {
            long goal = goalId(parameter(request, "goal"));
            result.put("goalPage", GoalPageView.of(goalPages.page(caller, goal), links, formats, people::name));
            Outcome<GoalActions> acts = actions.actions(caller, goal);
            result.put("hasActions", user != null && acts.isSuccess());
            if (acts.isSuccess()) {
                result.put("actions", GoalActionsView.of(acts.value(), formats, people::name));
            }
        } else {
            result.put("hasActions", false);
        }
        if (GoalsPageView.TABLES.equals(page.getView())) {
            Kind kind = Kind.ofCode(parameter(request, "table")).orElse(Kind.COMPANY_GOALS);
            // The project's rows, or the whole organisation's (scope=all) as far as the reader may see each goal.
            boolean everywhere = "all".equals(parameter(request, "scope"));
            PageLinks tableLinks = everywhere ? links.keeping("scope", "all") : links;
            Map<String, String> table = Map.of("table", kind.code());
            result.put("tableScopeLabel", i18n.getText("cascade.page.scope"));
            result.put("tableScopes", List.of(
                    new Tab(i18n.getText("cascade.page.scope.project"), links.view("tables", table), !everywhere),
                    new Tab(i18n.getText("cascade.page.scope.all"), links.keeping("scope", "all")
                            .view("tables", table), everywhere)));
            result.put("tables", TablesView.of(kind, tables.table(caller, new TableRequest(kind.code(),
                    page.getPeriodOrYear(), everywhere ? null : key, offset(parameter(request, "offset")), null)),
                    tableLinks, i18n::getText, formats.locale(), people::name));
        } else if (GoalsPageView.MINE.equals(page.getView())) {
            result.put("mine", MyGoalsView.of(mine.mine(caller, page.getPeriodOrYear(), null), links,
                    i18n::getText));
        }
        if (GoalsPageView.TREE.equals(page.getView())) {
            CascadeRequest asked = new CascadeRequest(key, links.period(), parameter(request, "level"),
                    parameter(request, "owner"), parameter(request, "status"));
            result.put("tree", TreeView.of(cascades.cascade(caller, asked), asked, links, formats, people::name));
        }
        return result;
    }

    /** The table's first row ({@code offset}); the table's own check answers a bad one. */
    private static Integer offset(String text) {
        return text.matches("[0-9]{1,9}") ? Integer.valueOf(text) : null;
    }

    /** The goal id of the {@code goal} parameter; 0 (no goal) when it is not a positive whole number. */
    private static long goalId(String text) {
        if (!text.matches("[1-9][0-9]{0,17}")) {
            return 0;
        }
        return Long.parseLong(text);
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
