package dev.cascade.okr.jira;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.IssueManager;
import com.atlassian.jira.security.JiraAuthenticationContext;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import com.atlassian.plugin.spring.scanner.annotation.imports.JiraImport;
import com.atlassian.sal.api.message.I18nResolver;
import com.atlassian.webresource.api.assembler.PageBuilderService;
import dev.cascade.okr.service.goal.IssueGoalsService;
import dev.cascade.okr.service.kernel.Caller;
import dev.cascade.okr.web.IssueAround;
import dev.cascade.okr.web.IssueGoalsView;
import java.util.Map;

/**
 * Feeds the issue view's goals panel (right column): the issue from the page's context ({@code issue}, as Jira's view
 * issue page passes it with {@code project}, {@code user} and {@code helper}), the keys through which it can feed a
 * key result (its own, its epic's, its parent's and the parent's epic's), then one service call
 * ({@link IssueGoalsService#fedBy}) as the signed-in user, mapped to an {@link IssueGoalsView} under the key
 * {@code issueGoals}.
 */
public final class JiraIssueGoalsContextProvider extends GoalsPanelProvider {

    private final IssueGoalsService goals;
    private final JiraAuthenticationContext authentication;
    private final JiraEpicLinks epicLinks;
    private final IssueManager issues;

    /** Created by the plugin container for the web panel. */
    public JiraIssueGoalsContextProvider(IssueGoalsService goals,
            @JiraImport JiraAuthenticationContext authentication, JiraEpicLinks epicLinks,
            @JiraImport IssueManager issues, @ComponentImport I18nResolver i18n,
            @ComponentImport PageBuilderService pages) {
        super(i18n, pages);
        this.goals = goals;
        this.authentication = authentication;
        this.epicLinks = epicLinks;
        this.issues = issues;
    }

    @Override
    public Map<String, Object> getContextMap(Map<String, Object> context) {
        Map<String, Object> result = pageContext(context);
        if (!(context.get("issue") instanceof Issue issue) || issue.getKey() == null) {
            result.put("issueGoals", IssueGoalsView.unavailable(i18n::getText));
            return result;
        }
        IssueAround around = JiraIssueKeys.around(issue, epicLinks, issues);
        ApplicationUser user = authentication.getLoggedInUser();
        result.put("issueGoals", IssueGoalsView.of(around,
                goals.fedBy(Caller.user(user == null ? null : user.getKey()), around.keys()), i18n::getText));
        return result;
    }
}
