package dev.cascade.okr.store.kernel;

import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.Unique;

/**
 * The key result of a table that holds one row per key result, looked up by it; a column interface, not an entity
 * (see {@link UpdateStampAo}).
 */
public interface OnePerKeyResultAo {

    /** The key result; one row per key result, looked up by it. */
    @NotNull
    @Unique
    @Indexed
    long getKeyResultId();

    /** Sets the key result. */
    void setKeyResultId(long keyResultId);
}
