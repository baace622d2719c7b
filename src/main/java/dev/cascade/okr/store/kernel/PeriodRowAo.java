package dev.cascade.okr.store.kernel;

import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;

/**
 * The period a row is for — its kind and its first and last days — in three columns, read and written through
 * {@link PeriodColumns}; a column interface, not an entity (see {@link UpdateStampAo}).
 */
public interface PeriodRowAo {

    /** The period's kind, a {@code PeriodKind} name. */
    @NotNull
    @StringLength(16)
    String getPeriodKind();

    /** Sets the kind. */
    void setPeriodKind(String periodKind);

    /** The period's first day, ISO {@code YYYY-MM-DD}; compared in look-ups (period overlap, a given period). */
    @NotNull
    @Indexed
    @StringLength(10)
    String getPeriodStart();

    /** Sets the first day. */
    void setPeriodStart(String periodStart);

    /** The period's last day (inclusive), ISO {@code YYYY-MM-DD}; compared in look-ups. */
    @NotNull
    @Indexed
    @StringLength(10)
    String getPeriodEnd();

    /** Sets the last day. */
    void setPeriodEnd(String periodEnd);
}
