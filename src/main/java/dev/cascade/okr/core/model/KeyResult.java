package dev.cascade.okr.core.model;

import dev.cascade.okr.core.progress.IssueCompletion;
import dev.cascade.okr.core.progress.Progress;
import java.util.Objects;
import java.util.Optional;

/**
 * A stored key result driven by the issues of one Jira epic.
 *
 * <p>Invariants: title and epic key are present; {@code progress} is never {@code null} (it may be "no data");
 * {@code evidence} is present exactly when progress was computed from issues.
 */
public final class KeyResult {

    private final KeyResultId id;
    private final String title;
    private final String epicKey;
    private final ProgressBasis basis;
    private final Progress progress;
    private final IssueCompletion evidence;

    /** Creates a key result; {@code evidence} may be {@code null} when nothing was counted yet. */
    public KeyResult(KeyResultId id, String title, String epicKey, ProgressBasis basis, Progress progress,
            IssueCompletion evidence) {
        this.id = Objects.requireNonNull(id, "id");
        this.title = Objects.requireNonNull(title, "title");
        this.epicKey = Objects.requireNonNull(epicKey, "epicKey");
        this.basis = Objects.requireNonNull(basis, "basis");
        this.progress = Objects.requireNonNull(progress, "progress");
        this.evidence = evidence;
    }

    /** The id. */
    public KeyResultId id() {
        return id;
    }

    /** The title. */
    public String title() {
        return title;
    }

    /** The linked epic's key. */
    public String epicKey() {
        return epicKey;
    }

    /** How issues become progress. */
    public ProgressBasis basis() {
        return basis;
    }

    /** The stored progress. */
    public Progress progress() {
        return progress;
    }

    /** The issue counts the progress was computed from, if any. */
    public Optional<IssueCompletion> evidence() {
        return Optional.ofNullable(evidence);
    }
}
