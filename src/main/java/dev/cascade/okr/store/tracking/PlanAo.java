package dev.cascade.okr.store.tracking;

import dev.cascade.okr.store.kernel.CascadeAo;
import dev.cascade.okr.store.kernel.OnePerKeyResultAo;
import dev.cascade.okr.store.kernel.PeriodRowAo;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;

/** The header of one key result's plan: its goal period and granularity; the values are {@link PlanValueAo} rows. */
@Table("PLAN")
public interface PlanAo extends CascadeAo, OnePerKeyResultAo, PeriodRowAo {

    /** Quarter or month, a {@code PlanGranularity} name. */
    @NotNull
    @StringLength(32)
    String getGranularity();

    /** Sets the granularity. */
    void setGranularity(String granularity);

    /** The optimistic-concurrency version of the whole plan, from 1. */
    @NotNull
    long getVersion();

    /** Sets the version. */
    void setVersion(long version);
}
