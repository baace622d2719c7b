package dev.cascade.okr.store.plan;

import dev.cascade.okr.store.kernel.CascadeAo;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;

/**
 * The columns of everything an initiative or a task lists (RACI, dependencies, people); not a table of its own.
 * Indexed getters are declared again with {@code @Indexed} by each entity (see {@link PlanItemAo}).
 */
public interface PlanPartAo extends CascadeAo {

    /** The goal of the plan the item belongs to; a whole plan's parts are loaded by it in one query. */
    @NotNull
    long getObjectiveId();

    /** Sets the goal. */
    void setObjectiveId(long objectiveId);

    /** The kind of item, {@code INITIATIVE} or {@code TASK}. */
    @NotNull
    @StringLength(16)
    String getItemKind();

    /** Sets the kind. */
    void setItemKind(String itemKind);

    /** The item's id among its kind; an item's parts are looked up by it. */
    @NotNull
    long getItemId();

    /** Sets the item. */
    void setItemId(long itemId);

    /** The position among the item's parts of this kind, from 0, in the order given. */
    @NotNull
    int getPosition();

    /** Sets the position. */
    void setPosition(int position);
}
