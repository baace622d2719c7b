package dev.cascade.okr.store.plan;

import dev.cascade.okr.store.kernel.CascadeAo;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

/**
 * The revision of one goal's action plan (table {@code AO_0C7A52_ACTION_PLAN}): every change to any of its items
 * claims the next version, so that changes to one plan happen one after the other and each is checked against the
 * plan as the one before left it.
 */
@Table("ACTION_PLAN")
public interface ActionPlanAo extends CascadeAo {

    /** The goal whose plan this is; one row per goal, looked up by it. */
    @NotNull
    @Unique
    @Indexed
    long getObjectiveId();

    /** Sets the goal. */
    void setObjectiveId(long objectiveId);

    /** The revision, from 1, increased by every change to the plan. */
    @NotNull
    long getVersion();

    /** Sets the revision. */
    void setVersion(long version);
}
