package dev.cascade.okr.store.plan;

import dev.cascade.okr.store.kernel.CascadeAo;
import dev.cascade.okr.store.kernel.OnePerGoalAo;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.Table;

/**
 * The revision of one goal's action plan (table {@code AO_0C7A52_ACTION_PLAN}): every change to any of its items
 * claims the next version, so that changes to one plan happen one after the other and each is checked against the
 * plan as the one before left it.
 */
@Table("ACTION_PLAN")
public interface ActionPlanAo extends CascadeAo, OnePerGoalAo {

    /** The revision, from 1, increased by every change to the plan. */
    @NotNull
    long getVersion();

    /** Sets the revision. */
    void setVersion(long version);
}
