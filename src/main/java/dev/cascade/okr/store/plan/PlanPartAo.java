package dev.cascade.okr.store.plan;

import dev.cascade.okr.store.kernel.GoalRowAo;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;

/**
 * The columns of everything an initiative or a task lists (RACI, dependencies, people); not a table of its own and,
 * for its indexes, not an entity type either (see {@link PlanItemAo}): each entity extends {@code CascadeAo} and this.
 */
public interface PlanPartAo extends GoalRowAo {

    /** The kind of item, {@code INITIATIVE} or {@code TASK}. */
    @NotNull
    @StringLength(16)
    String getItemKind();

    /** Sets the kind. */
    void setItemKind(String itemKind);

    /** The item's id among its kind; an item's parts are looked up by it. */
    @NotNull
    @Indexed
    long getItemId();

    /** Sets the item. */
    void setItemId(long itemId);

    /** The position among the item's parts of this kind, from 0, in the order given. */
    @NotNull
    int getPosition();

    /** Sets the position. */
    void setPosition(int position);
}
