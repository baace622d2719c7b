package dev.cascade.okr.store.appraisal;

import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;

/**
 * The columns of an appraisal's lines and steps: the appraisal and the position among its lines or steps; a column
 * interface, not an entity (see {@code UpdateStampAo}).
 */
public interface AppraisalPartAo {

    /** The appraisal's id; its lines and steps are looked up by it. */
    @NotNull
    @Indexed
    long getAppraisalId();

    /** Sets the appraisal. */
    void setAppraisalId(long appraisalId);

    /** The position among the appraisal's lines (its goal's key results) or steps (oldest first), from 0. */
    @NotNull
    int getPosition();

    /** Sets the position. */
    void setPosition(int position);
}
