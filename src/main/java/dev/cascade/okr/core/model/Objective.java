package dev.cascade.okr.core.model;

import dev.cascade.okr.core.progress.Progress;
import dev.cascade.okr.core.progress.Rollup;
import java.util.List;
import java.util.Objects;

/**
 * A stored objective of a Jira project with its key results.
 *
 * <p>Its progress is not stored: it is the roll-up ({@link Rollup}) of its key results' stored progress.
 */
public final class Objective {

    private final ObjectiveId id;
    private final String title;
    private final String description;
    private final String projectKey;
    private final List<KeyResult> keyResults;

    /** Creates an objective; {@code description} may be {@code null}. */
    public Objective(ObjectiveId id, String title, String description, String projectKey,
            List<KeyResult> keyResults) {
        this.id = Objects.requireNonNull(id, "id");
        this.title = Objects.requireNonNull(title, "title");
        this.description = description;
        this.projectKey = Objects.requireNonNull(projectKey, "projectKey");
        this.keyResults = List.copyOf(keyResults);
    }

    /** The id. */
    public ObjectiveId id() {
        return id;
    }

    /** The title. */
    public String title() {
        return title;
    }

    /** The description, or {@code null}. */
    public String description() {
        return description;
    }

    /** The project key. */
    public String projectKey() {
        return projectKey;
    }

    /** The key results in the order they were given. */
    public List<KeyResult> keyResults() {
        return keyResults;
    }

    /** The objective's progress: the equally weighted mean of its key results that have data. */
    public Progress progress() {
        return Rollup.equallyWeighted(keyResults.stream().map(KeyResult::progress).toList());
    }
}
