package dev.cascade.okr.store.plan;

import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;

/** One person's RACI role in an initiative or a task (table {@code AO_0C7A52_RACI}); rewritten with its item. */
@Table("RACI")
public interface RaciAo extends PlanPartAo {

    /** The goal of the plan the item belongs to; a whole plan's parts are loaded by it in one query. */
    @Override
    @NotNull
    @Indexed
    long getObjectiveId();

    /** The item's id among its kind; an item's parts are looked up by it. */
    @Override
    @NotNull
    @Indexed
    long getItemId();

    /** The user key of the person; looked up for "where am I involved". */
    @NotNull
    @Indexed
    @StringLength(255)
    String getPersonKey();

    /** Sets the person. */
    void setPersonKey(String personKey);

    /** The part they play, a {@code RaciRole} name. */
    @NotNull
    @StringLength(16)
    String getRaciRole();

    /** Sets the role. */
    void setRaciRole(String raciRole);
}
