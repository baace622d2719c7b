package dev.cascade.okr.web.mine;

import dev.cascade.okr.web.Translator;

/**
 * The translated headings of the "My goals" view.
 *
 * @param heading the view's heading
 * @param goal the heading of the goal / key result column
 * @param progress the heading of the progress column
 * @param zone the heading of the tier column
 * @param status the heading of the status column
 * @param due the heading of the next check-in column
 * @param checkIn the label of a key result's check-in button
 */
public record MyGoalsLabels(String heading, String goal, String progress, String zone, String status, String due,
        String checkIn) {

    /** The headings in the reader's language. */
    static MyGoalsLabels of(Translator i18n) {
        return new MyGoalsLabels(i18n.text("cascade.mine.title"), i18n.text("cascade.mine.column.goal"),
                i18n.text("cascade.mine.column.progress"), i18n.text("cascade.mine.column.zone"),
                i18n.text("cascade.mine.column.status"), i18n.text("cascade.mine.column.due"),
                i18n.text("cascade.page.tree.check-in"));
    }
}
