package dev.cascade.okr.store.kernel;

import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.Unique;

/**
 * The goal of a table that holds one row per goal, looked up by it; a column interface, not an entity (see
 * {@link UpdateStampAo}).
 */
public interface OnePerGoalAo {

    /** The goal; one row per goal, looked up by it. */
    @NotNull
    @Unique
    @Indexed
    long getObjectiveId();

    /** Sets the goal. */
    void setObjectiveId(long objectiveId);
}
