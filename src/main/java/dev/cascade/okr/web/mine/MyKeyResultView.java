package dev.cascade.okr.web.mine;

import dev.cascade.okr.web.ProgressView;

/**
 * One key result of "my goals": its figure and basis, tier, tracking status and next check-in, all as finished text.
 *
 * @param id the key result's id (for the check-in action the page's script adds)
 * @param goalId its goal's id
 * @param title its title
 * @param progress the progress people see
 * @param basis what the progress counts ("5 of 8 story points done"); empty when there is no figure
 * @param zone the tier reached, translated
 * @param zoneLozenge the AUI lozenge classes of that tier
 * @param status the tracking status, translated ("At risk")
 * @param statusLozenge the AUI lozenge modifier: {@code aui-lozenge-success}, {@code -moved}, {@code -removed}, or
 *     empty for the grey "no data" one
 * @param statusReason why there is no status ("No check-in yet"); empty when there is one
 * @param due when the next check-in is due, or by how long it is overdue, translated
 * @param overdue whether the check-in is overdue
 */
public record MyKeyResultView(long id, long goalId, String title, ProgressView progress, String basis, String zone,
        String zoneLozenge, String status, String statusLozenge, String statusReason, String due, boolean overdue) {

    /** Whether a reason for "no data" is shown beside the status. */
    public boolean hasStatusReason() {
        return !statusReason.isEmpty();
    }
}
