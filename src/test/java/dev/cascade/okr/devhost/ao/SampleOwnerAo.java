package dev.cascade.okr.devhost.ao;

import net.java.ao.Entity;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.Table;

/** Test entity: what {@link SampleNoteAo#getOwner()} refers to. */
@Table("SAMPLE_OWNER")
public interface SampleOwnerAo extends Entity {

    @NotNull
    String getName();

    void setName(String name);
}
