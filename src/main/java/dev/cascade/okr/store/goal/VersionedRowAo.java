package dev.cascade.okr.store.goal;

import dev.cascade.okr.store.kernel.CascadeAo;
import java.util.Date;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;

/**
 * The columns the goal room's versioned rows share (objectives and alignments): the version that
 * {@code OptimisticLock} claims, and who created the row when. A base interface of entities, with no table of its own.
 */
public interface VersionedRowAo extends CascadeAo {

    /** The row's version, from 1; every write of the row's fields adds 1. */
    @NotNull
    long getVersion();

    /** Sets the version. */
    void setVersion(long version);

    /** The user key of who created the row. */
    @NotNull
    @StringLength(255)
    String getCreatedBy();

    /** Sets the creator. */
    void setCreatedBy(String userKey);

    /** When the row was created. */
    @NotNull
    Date getCreatedAt();

    /** Sets the creation time. */
    void setCreatedAt(Date createdAt);
}
