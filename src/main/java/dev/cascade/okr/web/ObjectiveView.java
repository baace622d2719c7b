package dev.cascade.okr.web;

import dev.cascade.okr.service.kernel.GoalTree;
import java.util.List;

/** One objective of the goals panel with its rolled-up progress and its key results. */
public final class ObjectiveView {

    private final long id;
    private final String title;
    private final ProgressView progress;
    private final List<KeyResultView> keyResults;

    private ObjectiveView(long id, String title, ProgressView progress, List<KeyResultView> keyResults) {
        this.id = id;
        this.title = title;
        this.progress = progress;
        this.keyResults = keyResults;
    }

    /** The goal of a tree node (its children are not shown) with the node's rolled-up progress. */
    static ObjectiveView of(GoalTree goal, Translator i18n) {
        return new ObjectiveView(goal.goal().id().value(), goal.goal().objective().title(),
                ProgressView.of(goal.progress(), i18n),
                goal.goal().keyResults().stream().map(k -> KeyResultView.of(k, i18n)).toList());
    }

    /** The objective's id. */
    public long getId() {
        return id;
    }

    /** The title. */
    public String getTitle() {
        return title;
    }

    /** The rolled-up progress: the same figure as the goal's cascade tree shows. */
    public ProgressView getProgress() {
        return progress;
    }

    /** The key results, in order. */
    public List<KeyResultView> getKeyResults() {
        return keyResults;
    }
}
