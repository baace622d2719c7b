package dev.cascade.okr.rest.goal;

import dev.cascade.okr.core.model.StatusCategory;
import dev.cascade.okr.core.progress.IssueFact;
import dev.cascade.okr.service.goal.KeyResultIssuesService.KeyResultIssues;
import dev.cascade.okr.service.goal.KeyResultIssuesService.LinkIssues;
import java.util.List;
import java.util.Locale;

/**
 * The drill-down of a key result: per link, the issues the caller may browse.
 *
 * @param keyResultId the key result
 * @param links one per link, in the key result's order
 */
public record KeyResultIssuesDto(long keyResultId, List<LinkDto> links) {

    static KeyResultIssuesDto of(KeyResultIssues issues) {
        return new KeyResultIssuesDto(issues.keyResultId().value(),
                issues.links().stream().map(KeyResultIssuesDto::link).toList());
    }

    private static LinkDto link(LinkIssues link) {
        return new LinkDto(link.link().kind().name().toLowerCase(Locale.ROOT), link.link().text(), link.broken(),
                link.issues().stream().map(KeyResultIssuesDto::issue).toList());
    }

    private static IssueDto issue(IssueFact fact) {
        return new IssueDto(fact.key(), fact.summary(), category(fact.category()),
                fact.resolvedAt() == null ? null : fact.resolvedAt().toString(), fact.storyPoints());
    }

    private static String category(StatusCategory category) {
        return switch (category) {
            case TO_DO -> "to-do";
            case IN_PROGRESS -> "in-progress";
            case DONE -> "done";
        };
    }

    /**
     * One link.
     *
     * @param kind {@code epic}, {@code issue} or {@code jql}
     * @param text the issue key or JQL text
     * @param broken whether the link no longer resolves (then no issues)
     * @param issues the browsable issues, in issue-id order, at most the limit
     */
    public record LinkDto(String kind, String text, boolean broken, List<IssueDto> issues) {
    }

    /**
     * One issue.
     *
     * @param key the issue key
     * @param summary its summary
     * @param category {@code to-do}, {@code in-progress} or {@code done}
     * @param resolvedAt ISO-8601 instant, or {@code null} when unresolved
     * @param storyPoints its story points, or {@code null} when not estimated
     */
    public record IssueDto(String key, String summary, String category, String resolvedAt, Double storyPoints) {
    }
}
