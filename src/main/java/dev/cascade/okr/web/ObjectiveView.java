package dev.cascade.okr.web;

import dev.cascade.okr.core.model.Objective;
import java.util.List;
import java.util.function.Function;

/** One objective of the goals panel with its key results. */
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

    static ObjectiveView of(Objective objective, Function<String, String> i18n) {
        return new ObjectiveView(objective.id().value(), objective.title(),
                ProgressView.of(objective.ownProgress(), i18n),
                objective.keyResults().stream().map(k -> KeyResultView.of(k, i18n)).toList());
    }

    /** The objective's id. */
    public long getId() {
        return id;
    }

    /** The title. */
    public String getTitle() {
        return title;
    }

    /** The rolled-up progress. */
    public ProgressView getProgress() {
        return progress;
    }

    /** The key results, in order. */
    public List<KeyResultView> getKeyResults() {
        return keyResults;
    }
}
