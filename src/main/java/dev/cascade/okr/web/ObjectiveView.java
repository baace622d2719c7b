package dev.cascade.okr.web;

import dev.cascade.okr.service.kernel.GoalTree;
import java.util.List;

/**
 * One objective of the goals panel with its rolled-up progress and its key results.
 *
 * @param id the objective's id
 * @param title the title
 * @param progress the rolled-up progress: the same figure as the goal's cascade tree shows
 * @param keyResults the key results, in order
 */
public record ObjectiveView(long id, String title, ProgressView progress, List<KeyResultView> keyResults) {

    /** The goal of a tree node (its children are not shown) with the node's rolled-up progress. */
    static ObjectiveView of(GoalTree goal, Translator i18n) {
        return new ObjectiveView(goal.goal().id().value(), goal.goal().objective().title(),
                ProgressView.of(goal.progress(), i18n),
                goal.goal().keyResults().stream().map(k -> KeyResultView.of(k, i18n)).toList());
    }
}
