package dev.cascade.okr.jira;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.security.JiraAuthenticationContext;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import com.atlassian.plugin.spring.scanner.annotation.imports.JiraImport;
import com.atlassian.sal.api.message.I18nResolver;
import com.atlassian.sal.api.web.context.HttpContext;
import com.atlassian.webresource.api.assembler.PageBuilderService;
import dev.cascade.okr.core.model.IssueMeasure;
import dev.cascade.okr.core.model.ProgressBasis;
import dev.cascade.okr.service.goal.IssueGoalsService;
import dev.cascade.okr.service.goal.IssueGoalsService.FedKeyResult;
import dev.cascade.okr.service.goal.IssueGoalsService.IssuePanel;
import dev.cascade.okr.service.kernel.Caller;
import dev.cascade.okr.service.kernel.Outcome;
import dev.cascade.okr.web.IssueAround;
import dev.cascade.okr.web.IssueGoalsView;
import dev.cascade.okr.web.IssueOwn;
import jakarta.servlet.http.HttpServletRequest;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Feeds the issue view's goals panel (right column): the issue from the page's context ({@code issue}, as Jira's view
 * issue page passes it with {@code project}, {@code user} and {@code helper}), the keys through which it can feed a
 * key result (its own, its epic's, its parent's and the parent's epic's; its own and a sub-task's parent are also
 * checked against key results' JQL queries), then one service call ({@link IssueGoalsService#panel}) as the signed-in
 * user, mapped to an {@link IssueGoalsView} under the key
 * {@code issueGoals}. What the share needs of the issue itself is read here, from the issue object the page passed:
 * whether it is an epic ({@link JiraEpicLinks#isEpic}) or a sub-task, its story points through the administrator's
 * story-point field and its values of the numeric fields its key results sum ({@link JiraNumberFields}, as
 * {@link JiraIssueSource} reads them).
 */
public final class JiraIssueGoalsContextProvider extends GoalsPanelProvider {

    private final IssueGoalsService goals;
    private final JiraAuthenticationContext authentication;
    private final JiraIssues issues;
    private final HttpContext http;

    /** Created by the plugin container for the web panel. */
    public JiraIssueGoalsContextProvider(IssueGoalsService goals,
            @JiraImport JiraAuthenticationContext authentication, JiraIssues issues,
            @ComponentImport I18nResolver i18n, @ComponentImport PageBuilderService pages,
            @ComponentImport HttpContext http) {
        super(i18n, pages);
        this.goals = goals;
        this.authentication = authentication;
        this.issues = issues;
        this.http = http;
    }

    @Override
    public Map<String, Object> getContextMap(Map<String, Object> context) {
        Map<String, Object> result = pageContext(context);
        if (!(context.get("issue") instanceof Issue issue) || issue.getKey() == null) {
            result.put("issueGoals", IssueGoalsView.unavailable(i18n::getText));
            return result;
        }
        IssueAround around = issues.around(issue);
        ApplicationUser user = authentication.getLoggedInUser();
        String project = issue.getProjectObject() == null ? null : issue.getProjectObject().getKey();
        Outcome<IssuePanel> panel = goals.panel(Caller.user(user == null ? null : user.getKey()), around.issue(),
                around.parent(), around.keys(), project);
        IssueOwn own = panel.isSuccess() ? own(issue, panel.value()) : IssueOwn.NONE;
        HttpServletRequest request = http == null ? null : http.getRequest();
        result.put("issueGoals", IssueGoalsView.of(around, own, panel,
                request == null ? "" : request.getContextPath(), i18n::getText));
        return result;
    }

    /** What the share needs of the issue itself; fields are read only when a key result it feeds counts them. */
    private IssueOwn own(Issue issue, IssuePanel panel) {
        List<IssueMeasure> measures = panel.fed().stream().flatMap(goal -> goal.keyResults().stream())
                .map(FedKeyResult::keyResult).map(k -> k.keyResult().measure())
                .filter(IssueMeasure.class::isInstance).map(IssueMeasure.class::cast).toList();
        Double storyPoints = null;
        if (measures.stream().anyMatch(m -> m.basis() == ProgressBasis.STORY_POINTS_DONE)) {
            storyPoints = issues.storyPointsField(panel.counting().storyPointField())
                    .flatMap(field -> JiraNumberFields.number(issue, field)).orElse(null);
        }
        Set<String> fieldIds = new TreeSet<>();
        measures.stream().filter(m -> m.basis() == ProgressBasis.NUMERIC_FIELD).forEach(m ->
                fieldIds.add(m.numericFieldId()));
        Map<String, Double> values = new HashMap<>();
        for (String id : fieldIds) {
            issues.field(id).flatMap(field -> JiraNumberFields.number(issue, field))
                    .ifPresent(value -> values.put(id, value));
        }
        return new IssueOwn(issues.isEpic(issue), issue.isSubTask(), storyPoints, values);
    }
}
