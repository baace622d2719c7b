package dev.cascade.okr.web;

import dev.cascade.okr.core.progress.Zone;

/**
 * One key result of the issue view's goals panel: what it is, how far it is, what its figure counts and how the
 * issue reaches it.
 *
 * @param title the key result's title
 * @param progress the progress people see (a manual override's when there is one)
 * @param basis what the progress counts, translated ("3 of 8 issues done"); empty when there is no figure
 * @param zone the tier reached, translated ("Target reached", "No data")
 * @param zoneLozenge the AUI lozenge modifier of that tier ({@code aui-lozenge-success}...), empty for the grey one
 * @param via how the issue feeds it, translated ("Through its epic CASC-1")
 * @param share the issue's own share of what the key result counts, translated ("1 of 8 issues", "5 of 40 story
 *     points", "The whole epic: 8 issues"); empty when the key result was never measured
 */
public record IssueKeyResultView(String title, ProgressView progress, String basis, String zone, String zoneLozenge,
        String via, String share) {

    /**
     * The AUI lozenge of a tier, subtle and with its word: a tier says how far the key result has come, not whether it
     * is on track, so it never borrows the red and yellow of the tracking status (off track, at risk). Below the floor
     * is grey — an epic a third done in June is below its floor and may be perfectly on track.
     */
    public static String lozengeOf(Zone zone) {
        return switch (zone) {
            case NONE, BELOW_FLOOR -> "aui-lozenge-subtle";
            case FLOOR -> "aui-lozenge-subtle aui-lozenge-current";
            case TARGET -> "aui-lozenge-subtle aui-lozenge-success";
            case STRETCH -> "aui-lozenge-subtle aui-lozenge-complete";
        };
    }
}
