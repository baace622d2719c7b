package dev.cascade.okr.store.plan;

import dev.cascade.okr.store.kernel.CascadeAo;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;

/** That an initiative or a task waits for another item (table {@code AO_0C7A52_DEPENDENCY}); rewritten with it. */
@Table("DEPENDENCY")
public interface DependencyAo extends CascadeAo, PlanPartAo {

    /** The kind of item waited for, {@code INITIATIVE} or {@code TASK}. */
    @NotNull
    @StringLength(16)
    String getOnKind();

    /** Sets the kind. */
    void setOnKind(String onKind);

    /** The id of the item waited for; looked up for "who waits for this". */
    @NotNull
    @Indexed
    long getOnId();

    /** Sets the item. */
    void setOnId(long onId);
}
