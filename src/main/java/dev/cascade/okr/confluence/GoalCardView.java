package dev.cascade.okr.confluence;

import dev.cascade.okr.web.ProgressView;
import java.util.List;

/**
 * The goal card macro: a goal's title, level, period, lifecycle, its progress and zone (as of now, or as of the
 * macro's day), its key results with their progress, and its progress over the period as an SVG chart written on the
 * server ({@code web.chart.PlanActualChart}).
 *
 * @param title the goal's title
 * @param href the goal's page in Jira, or empty
 * @param facts level · period · lifecycle, as one line
 * @param progress the goal's rolled-up progress (now, or on the macro's day)
 * @param zone the zone's name, or empty when frozen (the zone of a past day is not kept)
 * @param keyResults the key results with their progress now (empty when frozen)
 * @param chartHtml the chart, already escaped SVG
 * @param chartTitle the chart's title, for its caption
 */
public record GoalCardView(String title, String href, String facts, ProgressView progress, String zone,
        List<KeyResultLine> keyResults, String chartHtml, String chartTitle) {

    /** Copies the list. */
    public GoalCardView {
        keyResults = List.copyOf(keyResults);
    }

    /** Whether the card lists key results. */
    public boolean hasKeyResults() {
        return !keyResults.isEmpty();
    }

    /**
     * One key result on the card.
     *
     * @param title its title
     * @param progress its progress
     */
    public record KeyResultLine(String title, ProgressView progress) {
    }
}
