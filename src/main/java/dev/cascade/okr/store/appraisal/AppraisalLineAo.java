package dev.cascade.okr.store.appraisal;

import dev.cascade.okr.store.kernel.BandAo;
import dev.cascade.okr.store.kernel.CascadeAo;
import dev.cascade.okr.store.kernel.Columns;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;

/**
 * One key result's line of the achievement derivation a manager assessment was made over (table
 * {@code AO_0C7A52_APPRAISAL_LINE}): a snapshot of the evidence at the assessment, so the appraisal shows what its
 * composite was computed from even after the key result moves on. Replaced whole when the manager assesses again.
 */
@Table("APPRAISAL_LINE")
public interface AppraisalLineAo extends CascadeAo, AppraisalPartAo, BandAo {


    /** The key result's id (it may be deleted since; the line stays). */
    @NotNull
    long getKeyResultId();

    /** Sets the key result. */
    void setKeyResultId(long keyResultId);

    /** The key result's title at the assessment. */
    @NotNull
    @StringLength(255)
    String getTitle();

    /** Sets the title. */
    void setTitle(String title);

    /** The key result's weight in basis points (100% = 10000). */
    @NotNull
    int getWeightBasisPoints();

    /** Sets the weight. */
    void setWeightBasisPoints(int weightBasisPoints);

    /** How actual and target were read, an {@code AchievementBasis} name. */
    @NotNull
    @StringLength(32)
    String getBasis();

    /** Sets the basis. */
    void setBasis(String basis);

    /** The actual as a plain decimal, or {@code null}. */
    @StringLength(Columns.DECIMAL_LENGTH)
    String getActual();

    /** Sets the actual. */
    void setActual(String actual);

    /** The target as a plain decimal, or {@code null}. */
    @StringLength(Columns.DECIMAL_LENGTH)
    String getTarget();

    /** Sets the target. */
    void setTarget(String target);



    /** The rate in plain decimal form at the rate scale (6 decimals, {@code 0.960000}); {@code null} if undefined. */
    @StringLength(32)
    String getRate();

    /** Sets the rate. */
    void setRate(String rate);

    /** Why the rate is undefined, an {@code AchievementRate.Undefined} name, or {@code null} when defined. */
    @StringLength(32)
    String getUndefinedReason();

    /** Sets the reason. */
    void setUndefinedReason(String undefinedReason);
}
