package dev.cascade.okr.store.plan;

import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;

/** A key initiative of a goal's action plan (table {@code AO_0C7A52_INITIATIVE}). */
@Table("INITIATIVE")
public interface InitiativeAo extends PlanItemAo {

    /** The goal the item's plan serves; a plan's items are looked up by it. */
    @Override
    @NotNull
    @Indexed
    long getObjectiveId();

    /** The user key of the person who drives it; looked up for "my work". */
    @Override
    @NotNull
    @Indexed
    @StringLength(255)
    String getOwnerKey();

    /** The Jira epic that carries the work, or {@code null}; looked up when issues change. */
    @Indexed
    @StringLength(255)
    String getEpicKey();

    /** Sets the epic. */
    void setEpicKey(String epicKey);
}
