package dev.cascade.okr.store.kernel;

import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;

/**
 * The goal a row belongs to, by which the rows of a goal are looked up; a column interface, not an entity (see
 * {@link UpdateStampAo}). A table with one row per goal uses {@link OnePerGoalAo} instead.
 */
public interface GoalRowAo {

    /** The goal the row belongs to; the goal's rows are looked up by it. */
    @NotNull
    @Indexed
    long getObjectiveId();

    /** Sets the goal. */
    void setObjectiveId(long objectiveId);
}
