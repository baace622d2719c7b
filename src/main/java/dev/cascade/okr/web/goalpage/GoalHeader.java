package dev.cascade.okr.web.goalpage;

import dev.cascade.okr.web.ProgressView;

/**
 * A goal's own fields on its page, every text translated and formatted for the reader: the template reads them
 * through these accessors (allowlisted) and computes nothing.
 *
 * @param goalId the goal's id (for the actions placeholder)
 * @param title the goal's title
 * @param description the goal's description; empty when none
 * @param level the goal's level, by name
 * @param owner the owner's name
 * @param period the goal's period ("2026", "2026-Q4")
 * @param lifecycle the lifecycle state, translated
 * @param lifecycleLozenge the AUI lozenge classes of the lifecycle state
 * @param status the tracking status, translated
 * @param statusLozenge the AUI lozenge modifier of the status; empty for the grey "no data" one
 * @param statusReason why there is no status ("No issues in the epic"); empty when there is one
 * @param zone the goal's zone, translated
 * @param zoneLozenge the AUI lozenge classes of the zone (subtle)
 * @param progress the rolled-up progress, as the goal's cascade tree shows it
 * @param backHref the cascade view of the Goals page, keeping the period
 */
public record GoalHeader(long goalId, String title, String description, String level, String owner, String period,
        String lifecycle, String lifecycleLozenge, String status, String statusLozenge, String statusReason,
        String zone, String zoneLozenge, ProgressView progress, String backHref) {

    /** The header of the "not found" page: nothing but the way back. */
    static GoalHeader none(String backHref) {
        return new GoalHeader(0, "", "", "", "", "", "", "", "", "", "", "", "", new ProgressView(false, 0, ""),
                backHref);
    }

    /** Whether the goal has a description. */
    public boolean described() {
        return !description.isBlank();
    }

    /** Whether the status comes with the reason there is none. */
    public boolean hasStatusReason() {
        return !statusReason.isEmpty();
    }
}
