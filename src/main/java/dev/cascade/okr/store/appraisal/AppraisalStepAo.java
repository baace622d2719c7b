package dev.cascade.okr.store.appraisal;

import dev.cascade.okr.store.kernel.CascadeAo;
import java.util.Date;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;

/** One step taken in an appraisal (table {@code AO_0C7A52_APPRAISAL_STEP}); immutable once written, so no version. */
@Table("APPRAISAL_STEP")
public interface AppraisalStepAo extends CascadeAo, AppraisalPartAo {


    /** The state before the step, an {@code AppraisalState} name. */
    @NotNull
    @StringLength(32)
    String getFromState();

    /** Sets the state before. */
    void setFromState(String fromState);

    /** The state after the step (the same when a step was redone). */
    @NotNull
    @StringLength(32)
    String getToState();

    /** Sets the state after. */
    void setToState(String toState);

    /** The user key of whoever took the step. */
    @NotNull
    @StringLength(255)
    String getActorKey();

    /** Sets the actor. */
    void setActorKey(String actorKey);

    /** When the step was taken. */
    @NotNull
    Date getStepAt();

    /** Sets when. */
    void setStepAt(Date stepAt);
}
