package dev.cascade.okr.web;

import dev.cascade.okr.core.model.WorkLink;
import dev.cascade.okr.core.validation.Violation;
import dev.cascade.okr.core.validation.WireCode;
import dev.cascade.okr.service.goal.IssueGoalsService.FedGoal;
import dev.cascade.okr.service.goal.IssueGoalsService.FedKeyResult;
import dev.cascade.okr.service.kernel.Outcome;
import java.util.List;
import java.util.stream.Collectors;

/**
 * What the issue view's goals panel shows: the goals the viewer may see whose key results this issue or epic feeds,
 * each key result with its progress, what that figure counts and how the issue reaches it; or a translated message
 * saying why there is nothing to show. Every text a template prints is prepared here, in the viewer's language; the
 * panel's heading is its web-panel label, which Jira prints above it.
 *
 * <p>The issue's own share of a key result ("1 of 8 issues") is not shown: the app stores what a key result's linked
 * issues add up to, not each issue's part of it, so the panel shows the key result's own basis instead.
 */
public final class IssueGoalsView {

    private final String issueKey;
    private final List<IssueGoalView> goals;
    private final String message;
    private final Labels labels;

    /** The translated headings and notes of the panel. */
    private record Labels(String keyResult, String progress, String zone, String jqlNote) {
        static Labels of(Translator i18n) {
            return new Labels(i18n.text("cascade.panel.issue.key-result"),
                    i18n.text("cascade.panel.column.progress"), i18n.text("cascade.panel.issue.zone"),
                    i18n.text("cascade.panel.issue.jql-note"));
        }
    }

    private IssueGoalsView(String issueKey, List<IssueGoalView> goals, String message, Labels labels) {
        this.issueKey = issueKey;
        this.goals = List.copyOf(goals);
        this.message = message;
        this.labels = labels;
    }

    /**
     * The view of an issue from what it feeds ({@code IssueGoalsService#fedBy} over {@code around.keys()}); a failure
     * shows its first violation's message.
     */
    public static IssueGoalsView of(IssueAround around, Outcome<List<FedGoal>> outcome, Translator i18n) {
        Labels labels = Labels.of(i18n);
        if (!outcome.isSuccess()) {
            Violation first = outcome.violations().get(0);
            return new IssueGoalsView(around.issue(), List.of(),
                    i18n.text(first.code().messageKey(), first.args().toArray(new String[0])), labels);
        }
        List<IssueGoalView> goals = outcome.value().stream().map(fed -> new IssueGoalView(
                fed.goal().goal().id().value(), fed.goal().goal().objective().title(),
                ProgressView.of(fed.goal().progress(), i18n),
                fed.keyResults().stream().map(k -> keyResult(k, around, i18n)).toList())).toList();
        return new IssueGoalsView(around.issue(), goals,
                goals.isEmpty() ? i18n.text("cascade.panel.issue.empty") : "", labels);
    }

    /** The view when the page gave no issue. */
    public static IssueGoalsView unavailable(Translator i18n) {
        return new IssueGoalsView("", List.of(), i18n.text("cascade.panel.issue.unavailable"), Labels.of(i18n));
    }

    private static IssueKeyResultView keyResult(FedKeyResult fed, IssueAround around, Translator i18n) {
        var stored = fed.keyResult();
        return new IssueKeyResultView(stored.keyResult().title(), ProgressView.of(stored.keyResult().progress(), i18n),
                BasisText.of(stored.basis(), i18n), i18n.text("cascade.zone." + WireCode.of(stored.zone())),
                IssueKeyResultView.lozengeOf(stored.zone()),
                fed.links().stream().map(link -> via(link, around, i18n)).distinct()
                        .collect(Collectors.joining(i18n.text("cascade.panel.issue.via.separator"))));
    }

    /** How the issue reaches a key result through one of its links. */
    private static String via(WorkLink link, IssueAround around, Translator i18n) {
        String key = link.text();
        if (key.equals(around.issue())) {
            return i18n.text(link instanceof WorkLink.Epic ? "cascade.panel.issue.via.this-epic"
                    : "cascade.panel.issue.via.this-issue");
        }
        if (key.equals(around.parent())) {
            return i18n.text("cascade.panel.issue.via.parent", key);
        }
        return i18n.text("cascade.panel.issue.via.epic", key);
    }

    /** The issue's key; empty when the page gave none. */
    public String getIssueKey() {
        return issueKey;
    }

    /** The goals, oldest first. */
    public List<IssueGoalView> getGoals() {
        return goals;
    }

    /** Whether there is no goal to list (then {@link #getMessage()} says why). */
    public boolean isEmpty() {
        return goals.isEmpty();
    }

    /** Why nothing is listed, or empty. */
    public String getMessage() {
        return message;
    }

    /** The heading of the key result column. */
    public String getKeyResultColumn() {
        return labels.keyResult();
    }

    /** The heading of the progress column. */
    public String getProgressColumn() {
        return labels.progress();
    }

    /** The heading of the tier column. */
    public String getZoneColumn() {
        return labels.zone();
    }

    /** The note that key results linked by a JQL query are not listed. */
    public String getJqlNote() {
        return labels.jqlNote();
    }
}
