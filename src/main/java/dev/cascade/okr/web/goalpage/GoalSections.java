package dev.cascade.okr.web.goalpage;

import dev.cascade.okr.web.page.Rows;

/**
 * The lists of a goal's page and its chart, every text translated and formatted for the reader: the template reads
 * them through these accessors (allowlisted) and computes nothing.
 *
 * @param keyResults the key results, in the goal's order
 * @param chartHtml the plan-against-actual chart as SVG, written and escaped by the plugin's chart writer
 * @param chartTitle the chart's title, as plain text
 * @param parents the goals this goal supports that the reader may see
 * @param children the goals that support this one that the reader may see
 * @param checkIns the check-ins of its key results, newest first
 * @param moreCheckIns that only the latest check-ins are listed; empty when all are
 * @param reviews the quarterly reviews of the quarters that have begun, in order
 * @param adjustments the target adjustments of its key results, each key result's oldest first
 */
public record GoalSections(Rows<KeyResultRow> keyResults, String chartHtml, String chartTitle,
        Rows<RelatedRow> parents, Rows<RelatedRow> children, Rows<CheckInRow> checkIns, String moreCheckIns,
        Rows<ReviewView> reviews, Rows<AdjustmentRow> adjustments) {

    /** The lists of the "not found" page: all empty. */
    static GoalSections none() {
        return new GoalSections(Rows.none(), "", "", Rows.none(), Rows.none(), Rows.none(), "", Rows.none(),
                Rows.none());
    }

    /** Whether a key result is measured by linked Jira work. */
    public boolean hasLinkedWork() {
        return keyResults.list().stream().anyMatch(KeyResultRow::hasLinks);
    }

    /** Whether only the latest check-ins are listed. */
    public boolean hasMoreCheckIns() {
        return !moreCheckIns.isEmpty();
    }
}
