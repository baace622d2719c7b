package dev.cascade.okr.core.port;

import dev.cascade.okr.core.model.KeyResultId;
import dev.cascade.okr.core.model.Objective;
import dev.cascade.okr.core.model.ObjectiveDraft;
import dev.cascade.okr.core.model.ObjectiveId;
import dev.cascade.okr.core.progress.IssueCompletion;
import dev.cascade.okr.core.progress.Progress;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Where goals live. Every method is one transaction: it completes whole or changes nothing.
 */
public interface GoalStore {

    /**
     * Stores a validated draft with the initial progress of its key results (by index in the draft; a missing index
     * is stored as not computed).
     */
    Objective create(ObjectiveDraft draft, Map<Integer, Measured> initialProgress, String createdBy, Instant at);

    /** The objective, if it exists. */
    Optional<Objective> objective(ObjectiveId id);

    /** The objectives of a project, oldest first. */
    List<Objective> objectivesOfProject(String projectKey);

    /** The key results linked to any of these epics, each with the epic it is linked to. */
    List<LinkedKeyResult> keyResultsLinkedTo(Set<String> epicKeys);

    /** Replaces the stored progress of key results. */
    void storeProgress(Map<KeyResultId, Measured> progress, Instant at);

    /**
     * A computed progress with its evidence.
     *
     * @param progress the progress
     * @param evidence the counts it came from, or {@code null}
     */
    record Measured(Progress progress, IssueCompletion evidence) {
    }

    /**
     * A key result and the epic it follows.
     *
     * @param id the key result
     * @param epicKey its epic
     */
    record LinkedKeyResult(KeyResultId id, String epicKey) {
    }
}
