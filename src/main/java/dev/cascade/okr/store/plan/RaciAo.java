package dev.cascade.okr.store.plan;

import dev.cascade.okr.store.kernel.CascadeAo;
import dev.cascade.okr.store.kernel.PersonRowAo;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;

/** One person's RACI role in an initiative or a task (table {@code AO_0C7A52_RACI}); rewritten with its item. */
@Table("RACI")
public interface RaciAo extends CascadeAo, PlanPartAo, PersonRowAo {

    /** The part they play, a {@code RaciRole} name. */
    @NotNull
    @StringLength(16)
    String getRaciRole();

    /** Sets the role. */
    void setRaciRole(String raciRole);
}
