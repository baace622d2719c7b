package dev.cascade.okr.store.tracking;

import dev.cascade.okr.store.kernel.CascadeAo;
import dev.cascade.okr.store.kernel.Columns;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;

/** The planned increment of one sub-period (quarter or month) of a plan; replaced with the whole plan. */
@Table("PLAN_VALUE")
public interface PlanValueAo extends CascadeAo {

    /** The {@link PlanAo} id; values are looked up by it. */
    @NotNull
    @Indexed
    long getPlanId();

    /** Sets the plan. */
    void setPlanId(long planId);

    /** The sub-period's position in the goal period, from 0. */
    @NotNull
    int getPosition();

    /** Sets the position. */
    void setPosition(int position);

    /** The sub-period's first day, ISO {@code YYYY-MM-DD}. */
    @NotNull
    @StringLength(10)
    String getSubStart();

    /** Sets the first day. */
    void setSubStart(String day);

    /** The sub-period's last day (inclusive), ISO {@code YYYY-MM-DD}. */
    @NotNull
    @StringLength(10)
    String getSubEnd();

    /** Sets the last day. */
    void setSubEnd(String day);

    /** The planned increment in the key result's unit, an exact decimal string. */
    @NotNull
    @StringLength(Columns.DECIMAL_LENGTH)
    String getPlannedAmount();

    /** Sets the planned increment. */
    void setPlannedAmount(String amount);
}
