package dev.cascade.okr.store.kernel;

import net.java.ao.RawEntity;
import net.java.ao.schema.AutoIncrement;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.PrimaryKey;

/** The base of every Cascade entity: a {@code Long} id, so that ids never overflow on a large instance. */
public interface CascadeAo extends RawEntity<Long> {

    /** The generated id (column {@code ID}). */
    @AutoIncrement
    @NotNull
    @PrimaryKey("ID")
    public long getID();
}
