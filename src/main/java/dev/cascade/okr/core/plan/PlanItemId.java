package dev.cascade.okr.core.plan;

/**
 * The id of an item of an action plan: an {@link InitiativeId} or a {@link TaskId}. Initiatives and tasks are
 * numbered separately, so {@code InitiativeId(3)} and {@code TaskId(3)} are different items.
 */
public sealed interface PlanItemId permits InitiativeId, TaskId {

    /** The database id; always positive. */
    long value();

    /** A stable text form naming the kind and the number: {@code initiative:3} or {@code task:5}. */
    default String ref() {
        return (this instanceof TaskId ? "task:" : "initiative:") + value();
    }
}
