package dev.cascade.okr.core.port;

import dev.cascade.okr.core.model.Closing;
import dev.cascade.okr.core.model.KeyResultId;
import dev.cascade.okr.core.model.Lifecycle;
import dev.cascade.okr.core.model.ObjectiveId;
import dev.cascade.okr.core.model.Reopening;
import dev.cascade.okr.core.port.GoalStore.StoredKeyResult;
import dev.cascade.okr.core.port.GoalStore.StoredObjective;
import dev.cascade.okr.core.progress.ManualOverride;
import dev.cascade.okr.core.progress.OverrideClearing;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A goal's state beyond its fields: closing and reopening objectives, and a key result's manual progress. A part of
 * the goal store beside {@link GoalStore}; each method is one transaction, and versioned writes answer as
 * {@link GoalStore} says.
 */
public interface GoalStateStore {

    /**
     * Of these objectives, those in a frozen lifecycle state ({@link Lifecycle#isFrozen()}: closed), whose key results
     * no recompute, back-fill or snapshot may change. Any number of ids (read in batches).
     */
    Set<ObjectiveId> frozenAmong(Collection<ObjectiveId> ids);

    /**
     * Closes an objective if it is still at {@code expectedVersion}: its lifecycle becomes closed and the closing
     * (who, when, rolled-up progress and coverage) is stored with it; the version grows by 1 and the last update is
     * the closing's.
     *
     * @return {@code Written} with the closed objective, {@code Stale} with the current one, or {@code Missing}
     */
    StoreWrite<StoredObjective> close(ObjectiveId id, long expectedVersion, Closing closing);

    /**
     * Closes these objectives in one transaction, each with its closing, whatever their version; objectives that are
     * already closed keep their closing and are left out of the answer, and missing ones are ignored.
     *
     * @return the ids of the objectives this call closed, ascending
     */
    List<ObjectiveId> closeAll(Map<ObjectiveId, Closing> closings);

    /**
     * Reopens a closed objective if it is still at {@code expectedVersion}: its lifecycle becomes active, its closing
     * is removed and the reopening (who, when, why) is stored; the version grows by 1.
     *
     * @return {@code Written} with the reopened objective, {@code Stale} with the current one (also when it is not
     *     closed, nothing changed), or {@code Missing}
     */
    StoreWrite<StoredObjective> reopen(ObjectiveId id, long expectedVersion, Reopening reopening);

    /**
     * Sets ({@code override} present) or clears ({@code clearing} present) a key result's manual progress if it is
     * still at {@code expectedVersion}; exactly one of the two is given. Clearing stores who cleared it, when and why.
     * The computed progress stays; the version grows by 1.
     *
     * @return {@code Written} with the new state, {@code Stale} with the current one, or {@code Missing}
     */
    StoreWrite<StoredKeyResult> override(KeyResultId id, long expectedVersion, ManualOverride override,
            OverrideClearing clearing);
}
