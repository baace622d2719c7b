package dev.cascade.okr.store.kernel;

import java.util.Date;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;

/**
 * The columns that say who changed a row last and when; not a table of its own and, like every column interface
 * here, not an entity type (Active Objects reads its columns and indexes only as part of each entity that extends
 * {@link CascadeAo} and this).
 */
public interface UpdateStampAo {

    /** The user key of whoever changed the row last. */
    @NotNull
    @StringLength(255)
    String getUpdatedBy();

    /** Sets who changed it. */
    void setUpdatedBy(String userKey);

    /** When the row was changed last. */
    @NotNull
    Date getUpdatedAt();

    /** Sets when it was changed. */
    void setUpdatedAt(Date at);
}
