package dev.cascade.okr.store.kernel;

import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;

/**
 * The person a row is about, by user key, by which a person's rows are looked up; a column interface, not an entity
 * (see {@link UpdateStampAo}).
 */
public interface PersonRowAo {

    /** The user key of the person; the person's rows are looked up by it. */
    @NotNull
    @Indexed
    @StringLength(255)
    String getPersonKey();

    /** Sets the person. */
    void setPersonKey(String personKey);
}
