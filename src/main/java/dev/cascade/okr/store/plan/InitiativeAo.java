package dev.cascade.okr.store.plan;

import dev.cascade.okr.store.kernel.CascadeAo;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;

/** A key initiative of a goal's action plan (table {@code AO_0C7A52_INITIATIVE}). */
@Table("INITIATIVE")
public interface InitiativeAo extends CascadeAo, PlanItemAo {

    /** The Jira epic that carries the work, or {@code null}; looked up when issues change. */
    @Indexed
    @StringLength(255)
    String getEpicKey();

    /** Sets the epic. */
    void setEpicKey(String epicKey);
}
