package dev.cascade.okr.store.tracking;

import dev.cascade.okr.store.kernel.CascadeAo;
import dev.cascade.okr.store.kernel.OnePerKeyResultAo;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;

/** The header of one key result's plan: its goal period and granularity; the values are {@link PlanValueAo} rows. */
@Table("PLAN")
public interface PlanAo extends CascadeAo, OnePerKeyResultAo {

    /** Quarter or month, a {@code PlanGranularity} name. */
    @NotNull
    @StringLength(32)
    String getGranularity();

    /** Sets the granularity. */
    void setGranularity(String granularity);

    /** The goal period's kind, a {@code PeriodKind} name. */
    @NotNull
    @StringLength(32)
    String getPeriodKind();

    /** Sets the period kind. */
    void setPeriodKind(String kind);

    /** The goal period's first day, ISO {@code YYYY-MM-DD}. */
    @NotNull
    @StringLength(10)
    String getPeriodStart();

    /** Sets the first day. */
    void setPeriodStart(String day);

    /** The goal period's last day (inclusive), ISO {@code YYYY-MM-DD}. */
    @NotNull
    @StringLength(10)
    String getPeriodEnd();

    /** Sets the last day. */
    void setPeriodEnd(String day);

    /** The optimistic-concurrency version of the whole plan, from 1. */
    @NotNull
    long getVersion();

    /** Sets the version. */
    void setVersion(long version);
}
