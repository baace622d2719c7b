package dev.cascade.okr.core.port;

import dev.cascade.okr.core.model.ObjectiveId;
import dev.cascade.okr.core.plan.ActionPlan;
import dev.cascade.okr.core.plan.Initiative;
import dev.cascade.okr.core.plan.InitiativeId;
import dev.cascade.okr.core.plan.PlanItemId;
import dev.cascade.okr.core.plan.Task;
import dev.cascade.okr.core.plan.TaskId;
import dev.cascade.okr.core.validation.Require;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;

/**
 * Where action plans live: each initiative and task is stored with its own version. Every method is one transaction.
 *
 * <p>Writes name the version of the item they change and answer {@code Stale} with the current plan, changing
 * nothing, when somebody changed that item in between. Writes to one plan are serialised, and each is checked against
 * the plan as it is at that moment: a change that would no longer fit it (a dependency on an item deleted meanwhile,
 * a cycle closed together with someone else's change) is answered {@code Stale} too, so the caller validates again
 * with {@code ActionPlanPolicy} on the current plan. The plan's invariants therefore always hold for what is stored.
 *
 * <p>New items: {@code ActionPlanPolicy} needs an id for a new item, and any id unused in the plan will do; pass
 * {@link #NEW_INITIATIVE} or {@link #NEW_TASK}. The store gives the item its real id.
 */
public interface ActionPlanStore {

    /** The provisional id of an initiative not stored yet. */
    InitiativeId NEW_INITIATIVE = new InitiativeId(Long.MAX_VALUE);
    /** The provisional id of a task not stored yet. */
    TaskId NEW_TASK = new TaskId(Long.MAX_VALUE);

    /** The goal's plan with every item's version: initiatives and tasks in the order they were added. */
    StoredPlan actionPlan(ObjectiveId objective);

    /** Adds the initiative (its id is ignored) to the plan of its objective at version 1. */
    StoreWrite<PlanChange> createInitiative(Initiative initiative);

    /**
     * Replaces the stored initiative with the same id over version {@code expectedVersion}; {@code Missing} when it
     * does not exist.
     *
     * @throws IllegalArgumentException when the initiative names another objective than the stored one
     */
    StoreWrite<PlanChange> putInitiative(long expectedVersion, Initiative initiative);

    /** Adds the task (its id is ignored) at version 1; {@code Missing} when its initiative does not exist. */
    StoreWrite<PlanChange> createTask(Task task);

    /**
     * Replaces the stored task with the same id over version {@code expectedVersion}; {@code Missing} when it or its
     * initiative does not exist.
     *
     * @throws IllegalArgumentException when the task's initiative serves another objective than the stored one
     */
    StoreWrite<PlanChange> putTask(long expectedVersion, Task task);

    /**
     * Deletes the item at version {@code expectedVersion} with its RACI, people and dependencies; an initiative takes
     * its tasks with it. {@code Stale} when other items still wait for what would be deleted (check with
     * {@code ActionPlanPolicy.remove} first); {@code Missing} when it does not exist.
     */
    StoreWrite<PlanChange> delete(PlanItemId id, long expectedVersion);

    /**
     * A plan with the version of each of its items.
     *
     * @param plan the plan
     * @param versions every item's version, from 1
     */
    record StoredPlan(ActionPlan plan, Map<PlanItemId, Long> versions) {
        /** Checks presence and copies the versions. */
        public StoredPlan {
            Objects.requireNonNull(plan, "plan");
            versions = Map.copyOf(versions);
        }

        /**
         * The item's version.
         *
         * @throws NoSuchElementException when the item is not in the plan
         */
        public long versionOf(PlanItemId id) {
            Long version = versions.get(id);
            if (version == null) {
                throw new NoSuchElementException(id.ref() + " is not in the plan of " + plan.objective());
            }
            return version;
        }
    }

    /**
     * What a write answers: the item it concerned (with its new id after a create) and the plan after it (when
     * {@code Written}) or as it is (when {@code Stale}).
     *
     * @param item the item written, created or deleted; on {@code Stale} the item the write named
     * @param plan the plan
     */
    record PlanChange(PlanItemId item, StoredPlan plan) {
        /** Checks presence. */
        public PlanChange {
            Require.present("item", item, "plan", plan);
        }
    }
}
