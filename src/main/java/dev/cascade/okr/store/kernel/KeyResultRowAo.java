package dev.cascade.okr.store.kernel;

import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;

/**
 * The key result a row belongs to, by which the rows of a key result are looked up; a column interface, not an entity
 * (see {@link UpdateStampAo}). A table with one row per key result uses {@link OnePerKeyResultAo} instead.
 */
public interface KeyResultRowAo {

    /** The key result the row belongs to; the key result's rows are looked up by it. */
    @NotNull
    @Indexed
    long getKeyResultId();

    /** Sets the key result. */
    void setKeyResultId(long keyResultId);
}
