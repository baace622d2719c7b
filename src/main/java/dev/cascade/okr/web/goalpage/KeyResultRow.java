package dev.cascade.okr.web.goalpage;

import dev.cascade.okr.web.ProgressView;
import java.util.List;

/**
 * One key result of a goal's page: how it is measured, what its figure counts, its tiers, progress, zone and status,
 * and the issues behind it. Every text is translated and formatted.
 *
 * @param id the key result's id
 * @param title its title
 * @param weight its weight in the goal ("40%")
 * @param measure how it is measured ("Raise from 10 to 50 customers", "Jira issues: share of story points done")
 * @param basis what its figure counts ("5 of 8 story points done"); empty when there is no figure
 * @param floor its floor tier, formatted; empty when it has none
 * @param target its target tier, formatted; empty when it has none
 * @param stretch its stretch tier, formatted; empty when it has none
 * @param progress its progress (a manual override's when there is one)
 * @param zone the tier reached, translated
 * @param zoneLozenge the AUI lozenge classes of that tier
 * @param status its tracking status, translated
 * @param statusLozenge the AUI lozenge modifier of that status; empty for the grey one
 * @param links the issues behind each of its links; empty unless it is measured by issues
 * @param chartHtml its plan against actual as SVG, written and escaped by the plugin's chart writer
 * @param chartTitle the chart's title, as plain text
 */
public record KeyResultRow(long id, String title, String weight, String measure, String basis, String floor,
        String target, String stretch, ProgressView progress, String zone, String zoneLozenge, String status,
        String statusLozenge, List<LinkRow> links, String chartHtml, String chartTitle) {

    /** Copies the links. */
    public KeyResultRow {
        links = List.copyOf(links);
    }

    /** Whether it is measured by linked Jira work (then {@link #links()} lists it). */
    public boolean hasLinks() {
        return !links.isEmpty();
    }
}
