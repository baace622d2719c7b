package dev.cascade.okr.web.tree;

import dev.cascade.okr.web.ProgressView;

/**
 * One row of the cascade tree, a goal or one of its key results, with every text already translated and formatted.
 * Rows come flattened in reading order (a goal, its key results, then the goals below it); {@code path} tells a
 * script which rows a collapse hides.
 *
 * @param goal whether the row is a goal (else a key result of the goal {@code goalId})
 * @param goalId the goal's id (a key result's goal)
 * @param keyResultId the key result's id; 0 on a goal row
 * @param path the ids of the goals from the root down to this row's goal, joined by {@code /}
 * @param level the row's level in the tree, from 1 ({@code aria-level})
 * @param title the goal's or key result's title
 * @param href the goal's page
 * @param levelName the goal's level, translated; empty on a key result row
 * @param progress the rolled-up (goal) or measured (key result) progress
 * @param basis what a key result's figure counts ("5 of 8 story points done"); empty on a goal row
 * @param zone the zone reached, translated
 * @param zoneCode the zone's code ({@code below-floor}, {@code target}…)
 * @param status the goal's status word; empty on a key result row
 * @param statusLozenge the status's AUI lozenge modifier class (empty for no data)
 * @param owner the owner as Jira names them
 * @param period the goal's period; empty on a key result row
 * @param contribution the weight of the goal's contribution to the goal above it ("30 %"), or of the key result in
 *     its goal; empty at a root
 * @param expandable whether a goal row has rows below it (key results or goals)
 * @param expanded on a goal row, whether the rows below came with it (else a script loads them from
 *     {@code childrenUrl}); on a key result row, whether it is shown (its goal is not collapsed)
 * @param childrenUrl where the goals below load from on expand; empty when they came with the row
 * @param match whether the goal matches the filters (else it is shown only as the path to one that does)
 * @param checkIn whether a key result row offers a check-in (every key result: an issue-driven one's check-in carries
 *     confidence and notes, its progress follows its issues)
 */
public record TreeRowView(boolean goal, long goalId, long keyResultId, String path, int level, String title,
        String href, String levelName, ProgressView progress, String basis, String zone, String zoneCode,
        String status, String statusLozenge, String owner, String period, String contribution, boolean expandable,
        boolean expanded, String childrenUrl, boolean match, boolean checkIn) {

    /** This row linking to {@code address} instead (a dashboard item links each goal under its own project). */
    public TreeRowView withHref(String address) {
        return new TreeRowView(goal, goalId, keyResultId, path, level, title, address, levelName, progress, basis,
                zone, zoneCode, status, statusLozenge, owner, period, contribution, expandable, expanded, childrenUrl,
                match, checkIn);
    }

    /** The indentation class of the title cell ({@code cascade-indent-0} … {@code cascade-indent-9}). */
    public String indent() {
        return "cascade-indent-" + Math.min(9, level - 1);
    }
}
