package dev.cascade.okr.core.port;

import dev.cascade.okr.core.model.KeyResultId;
import dev.cascade.okr.core.model.ObjectiveId;
import dev.cascade.okr.core.model.WorkLink;
import dev.cascade.okr.core.port.GoalStore.KeyResultFields;
import dev.cascade.okr.core.port.GoalStore.LinkedWork;
import dev.cascade.okr.core.port.GoalStore.Measured;
import dev.cascade.okr.core.port.GoalStore.NewKeyResult;
import dev.cascade.okr.core.port.GoalStore.StoredKeyResult;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A goal's key results with their links to Jira work and their stored (computed) progress. A part of the goal store
 * beside {@link GoalStore}; each method is one transaction, and versioned writes answer as {@link GoalStore} says.
 */
public interface KeyResultStore {

    /**
     * Replaces the stored (computed) progress and evidence of key results and the time they were measured; ids of
     * missing key results are ignored. Versions do not change; manual overrides stay.
     */
    void storeProgress(Map<KeyResultId, Measured> progress, Instant at);

    /**
     * Adds a key result after the objective's last one, at version 1. The objective's version does not change.
     *
     * @return {@code Written} with the stored key result, or {@code Missing} when the objective does not exist
     * @throws IllegalArgumentException as {@link GoalStore#insert}
     */
    StoreWrite<StoredKeyResult> addKeyResult(ObjectiveId objective, NewKeyResult keyResult, Instant at);

    /** The key result with its version, override and links, if it exists. */
    Optional<StoredKeyResult> keyResult(KeyResultId id);

    /**
     * Replaces a key result's title, weight, measure (with its links) and override if it is still at
     * {@code expectedVersion}; its computed progress and evidence stay. The version grows by 1.
     *
     * @return {@code Written} with the new state, {@code Stale} with the current one (nothing changed), or
     *     {@code Missing}
     */
    StoreWrite<StoredKeyResult> updateKeyResult(KeyResultId id, long expectedVersion, KeyResultFields fields);

    /**
     * Deletes a key result and its links if it is still at {@code expectedVersion}.
     *
     * @return {@code Written} with the state that was deleted, {@code Stale} with the current one, or {@code Missing}
     */
    StoreWrite<StoredKeyResult> deleteKeyResult(KeyResultId id, long expectedVersion);

    /**
     * Replaces the links of an issue-driven key result (in the given order) if it is still at
     * {@code expectedVersion}; the version grows by 1.
     *
     * @return {@code Written}, {@code Stale} or {@code Missing} as {@link #updateKeyResult}
     * @throws IllegalArgumentException when the key result is not issue-driven (its measure has no links) or a key
     *     is longer than {@value GoalStore#MAX_ISSUE_KEY} characters
     */
    StoreWrite<StoredKeyResult> setLinks(KeyResultId id, long expectedVersion, List<WorkLink> links);

    /**
     * The epic and issue links to any of these issue keys, each with its key result, ordered by key-result id and
     * link position; JQL links are never matched. Any number of keys (read in batches).
     */
    List<LinkedWork> keyResultsLinkedToIssues(Set<String> issueKeys);

    /** Many key results at once (read in batches), in ascending id order; unknown ids are left out. */
    List<StoredKeyResult> keyResults(Collection<KeyResultId> ids);

    /** Every key result with at least one link of this kind, in ascending id order. */
    List<KeyResultId> keyResultsWithLinks(WorkLink.Kind kind);

    /** Every key result with at least one link of any kind (the issue-driven ones), in ascending id order. */
    List<KeyResultId> linkedKeyResults();

    /**
     * Gives every issue-driven key result that follows the site-wide default weights (it set none of its own) these
     * weights, except those of closed goals, which stay as they were closed (issue 14). Versions do not change; the
     * caller recomputes progress afterwards. One transaction.
     *
     * @return how many key results were given the weights
     */
    int applySiteWeights(dev.cascade.okr.core.model.StatusWeights weights);
}
