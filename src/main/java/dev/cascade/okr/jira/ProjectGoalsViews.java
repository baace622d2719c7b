package dev.cascade.okr.jira;

import com.atlassian.sal.api.message.I18nResolver;
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
import dev.cascade.okr.web.table.GoalSheetView;
import dev.cascade.okr.web.table.TableExportLinks;
import dev.cascade.okr.web.table.TablesView;
import dev.cascade.okr.web.tree.TreeView;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * The views of a project's Goals page below its frame, each from one service call as the reader, mapped to its view
 * model: a goal's page ({@code goalPage}, with {@code actions} and {@code hasActions}), the tables ({@code tables},
 * with their scopes), My goals ({@code mine}), the appraisal tab or a person's appraisal ({@link AppraisalViews}) or
 * the cascade tree ({@code tree}).
 * {@link JiraProjectGoalsContextProvider} reads the page's request and frame; this fills in the view the frame shows.
 */
record ProjectGoalsViews(CascadePageService cascades, GoalActionsService actions, GoalPageService goalPages,
        TableService tables, MyGoalsService mine, AppraisalViews appraisals, PeopleNames people, I18nResolver i18n) {

    /**
     * One rendering of the page: who reads it (signed in or not), the project's key, the page's links, formats and
     * frame (the view chosen), and the request's parameters (trimmed, empty when absent).
     */
    record Asked(Caller caller, boolean signedIn, String project, PageLinks links, Formats formats, GoalsPageView page,
            UnaryOperator<String> parameter) {
    }

    /** Adds the entries of the view {@code asked} shows to {@code result}. */
    void fill(Map<String, Object> result, Asked asked) {
        String view = asked.page().getView();
        if (GoalsPageView.GOAL.equals(view)) {
            goal(result, asked);
        } else {
            result.put("hasActions", false);
        }
        if (GoalsPageView.TABLES.equals(view)) {
            tables(result, asked);
        } else if (GoalsPageView.MINE.equals(view)) {
            result.put("mine", MyGoalsView.of(mine.mine(asked.caller(), asked.page().getPeriodOrYear(), null),
                    asked.links(), i18n::getText));
        }
        if (GoalsPageView.APPRAISAL.equals(view)) {
            appraisals.fill(result, asked);
        }
        if (GoalsPageView.TREE.equals(view)) {
            CascadeRequest tree = new CascadeRequest(asked.project(), asked.links().period(),
                    asked.parameter().apply("level"), asked.parameter().apply("owner"),
                    asked.parameter().apply("status"));
            result.put("tree", TreeView.of(cascades.cascade(asked.caller(), tree), tree, asked.links(),
                    asked.formats(), people::name));
        }
    }

    private void goal(Map<String, Object> result, Asked asked) {
        long goal = goalId(asked.parameter().apply("goal"));
        result.put("goalPage", GoalPageView.of(goalPages.page(asked.caller(), goal), asked.links(), asked.formats(),
                people::name));
        Outcome<GoalActions> acts = actions.actions(asked.caller(), goal);
        result.put("hasActions", asked.signedIn() && acts.isSuccess());
        if (acts.isSuccess()) {
            result.put("actions", GoalActionsView.of(acts.value(), asked.formats(), people::name));
        }
    }

    private void tables(Map<String, Object> result, Asked asked) {
        PageLinks links = asked.links();
        Kind kind = Kind.ofCode(asked.parameter().apply("table")).orElse(Kind.COMPANY_GOALS);
        // The project's rows, or the whole organisation's (scope=all) as far as the reader may see each goal.
        boolean everywhere = "all".equals(asked.parameter().apply("scope"));
        PageLinks tableLinks = everywhere ? links.keeping("scope", "all") : links;
        Map<String, String> table = Map.of("table", kind.code());
        result.put("tableScopeLabel", i18n.getText("cascade.page.scope"));
        result.put("tableScopes", List.of(
                new Tab(i18n.getText("cascade.page.scope.project"), links.view("tables", table), !everywhere),
                new Tab(i18n.getText("cascade.page.scope.all"), links.keeping("scope", "all")
                        .view("tables", table), everywhere)));
        result.put("tableExports", TableExportLinks.of(kind, links.contextPath(), asked.page().getPeriodOrYear(),
                everywhere ? null : asked.project(), i18n::getText));
        result.put("goalSheet", GoalSheetView.of(links.contextPath(), asked.page().getPeriodOrYear(),
                everywhere ? null : asked.project(), i18n::getText));
        result.put("tables", TablesView.of(kind, tables.table(asked.caller(), new TableRequest(kind.code(),
                asked.page().getPeriodOrYear(), everywhere ? null : asked.project(),
                offset(asked.parameter().apply("offset")), null)),
                tableLinks, i18n::getText, asked.formats().locale(), people::name));
    }

    /** The table's first row ({@code offset}); the table's own check answers a bad one. */
    static Integer offset(String text) {
        return text.matches("[0-9]{1,9}") ? Integer.valueOf(text) : null;
    }

    /** The goal id of the {@code goal} parameter; 0 (no goal) when it is not a positive whole number. */
    private static long goalId(String text) {
        if (!text.matches("[1-9][0-9]{0,17}")) {
            return 0;
        }
        return Long.parseLong(text);
    }
}
