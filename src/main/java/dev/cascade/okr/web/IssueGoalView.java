package dev.cascade.okr.web;

import java.util.List;

/**
 * One goal of the issue view's goals panel, with the key results the issue feeds.
 *
 * @param id the goal's id
 * @param title the goal's title
 * @param progress its rolled-up progress: the figure its cascade tree shows
 * @param keyResults the key results the issue feeds, in the goal's order
 */
public record IssueGoalView(long id, String title, ProgressView progress, List<IssueKeyResultView> keyResults) {

    /** Copies the key results. */
    public IssueGoalView {
        keyResults = List.copyOf(keyResults);
    }
}
