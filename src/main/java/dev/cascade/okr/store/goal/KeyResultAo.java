package dev.cascade.okr.store.goal;

import dev.cascade.okr.store.kernel.BandAo;
import dev.cascade.okr.store.kernel.CascadeAo;
import dev.cascade.okr.store.kernel.Columns;
import dev.cascade.okr.store.kernel.GoalRowAo;
import dev.cascade.okr.store.kernel.MeasuredProgressAo;
import java.util.Date;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;

/**
 * A stored key result with its measure, manual override and last computed progress with its issue evidence (table
 * {@code AO_xxxxxx_KEY_RESULT}). A {@code null} progress means "no data", and {@link #getNoDataReason()} says why.
 * Its links to Jira work are rows of {@link WorkLinkAo}. Decimals are plain strings ({@link Columns}).
 */
@Table("KEY_RESULT")
public interface KeyResultAo extends CascadeAo, GoalRowAo, BandAo, MeasuredProgressAo {

    /** The position within the objective, from 0. */
    @NotNull
    int getPosition();

    /** Sets the position. */
    void setPosition(int position);

    /** The title, at most 255 characters. */
    @NotNull
    @StringLength(255)
    String getTitle();

    /** Sets the title. */
    void setTitle(String title);

    /** The weight in the objective, in basis points (10000 is 100%). */
    @NotNull
    int getWeightBp();

    /** Sets the weight. */
    void setWeightBp(int basisPoints);

    /** The kind of measure, a {@code Measure.Kind} name. */
    @NotNull
    @StringLength(16)
    String getMeasureKind();

    /** Sets the measure kind. */
    void setMeasureKind(String measureKind);

    /** A metric's direction, a {@code Direction} name; {@code null} for other kinds. */
    @StringLength(16)
    String getDirection();

    /** Sets the direction. */
    void setDirection(String direction);

    /** A metric's start value; {@code null} for other kinds. */
    @StringLength(Columns.DECIMAL_LENGTH)
    String getStartValue();

    /** Sets the start value. */
    void setStartValue(String startValue);

    /** The floor tier of a metric or numeric field, or {@code null}. */
    @StringLength(Columns.DECIMAL_LENGTH)
    String getFloorValue();

    /** Sets the floor tier. */
    void setFloorValue(String floorValue);

    /** The target tier of a metric or numeric field; {@code null} for other kinds. */
    @StringLength(Columns.DECIMAL_LENGTH)
    String getTargetValue();

    /** Sets the target tier. */
    void setTargetValue(String targetValue);

    /** The stretch tier of a metric or numeric field, or {@code null}. */
    @StringLength(Columns.DECIMAL_LENGTH)
    String getStretchValue();

    /** Sets the stretch tier. */
    void setStretchValue(String stretchValue);

    /** The unit of a metric or band (possibly empty); {@code null} for other kinds. */
    @StringLength(255)
    String getUnitLabel();

    /** Sets the unit. */
    void setUnitLabel(String unitLabel);

    /** What "done" means for a milestone; free text, never in a WHERE clause; {@code null} for other kinds. */
    @StringLength(StringLength.UNLIMITED)
    String getMilestoneText();

    /** Sets the milestone's description. */
    void setMilestoneText(String milestoneText);

    /** The progress basis of an issue-driven key result, a {@code ProgressBasis} name; {@code null} otherwise. */
    @StringLength(32)
    String getBasis();

    /** Sets the basis. */
    void setBasis(String basis);

    /** Partial credit of a To Do issue (issue-driven only), a fraction of 1. */
    Double getWeightToDo();

    /** Sets the To Do credit. */
    void setWeightToDo(Double weight);

    /** Partial credit of an In Progress issue (issue-driven only), a fraction of 1. */
    Double getWeightInProgress();

    /** Sets the In Progress credit. */
    void setWeightInProgress(Double weight);

    /** Partial credit of a Done issue (issue-driven only), a fraction of 1. */
    Double getWeightDone();

    /** Sets the Done credit. */
    void setWeightDone(Double weight);

    /**
     * Whether the key result set its own weights (issue-driven only): {@code false} when the three weights are the
     * site-wide default, rewritten whenever an administrator changes it (issue 14); {@code null} (rows older than the
     * column) counts as its own.
     */
    Boolean getOwnWeights();

    /** Sets whether the weights are the key result's own. */
    void setOwnWeights(Boolean own);

    /** The Jira field summed by a numeric-field key result, or {@code null}. */
    @StringLength(255)
    String getNumericFieldId();

    /** Sets the numeric field. */
    void setNumericFieldId(String fieldId);

    /**
     * The key of the first linked epic, or {@code null}; kept for the walking skeleton's data, the links
     * ({@link WorkLinkAo}) are the truth.
     */
    @Indexed
    @StringLength(255)
    String getEpicKey();

    /** Sets the epic key. */
    void setEpicKey(String epicKey);

    /** The manual progress as a decimal fraction in [0, 1], or {@code null} when not overridden. */
    @StringLength(Columns.DECIMAL_LENGTH)
    String getOverrideFraction();

    /** Sets the manual progress. */
    void setOverrideFraction(String fraction);

    /** Why progress was overridden; free text, never in a WHERE clause; {@code null} when not overridden. */
    @StringLength(StringLength.UNLIMITED)
    String getOverrideReason();

    /** Sets the reason. */
    void setOverrideReason(String reason);

    /** The user key of who overrode progress, or {@code null}. */
    @StringLength(255)
    String getOverrideBy();

    /** Sets the override's author. */
    void setOverrideBy(String userKey);

    /** When progress was overridden, or {@code null}. */
    Date getOverrideAt();

    /** Sets the override's time. */
    void setOverrideAt(Date at);

    /** The row's version, from 1; every edit by a person adds 1 (storing measured progress does not). */
    @NotNull
    long getVersion();

    /** Sets the version. */
    void setVersion(long version);

    /** Story points of estimated To Do issues, or {@code null} when only counts are known. */
    Double getStoryPointsToDo();

    /** Sets the To Do story points. */
    void setStoryPointsToDo(Double points);

    /** Story points of estimated In Progress issues, or {@code null} when only counts are known. */
    Double getStoryPointsInProgress();

    /** Sets the In Progress story points. */
    void setStoryPointsInProgress(Double points);

    /** Story points of estimated Done issues, or {@code null} when only counts are known. */
    Double getStoryPointsDone();

    /** Sets the Done story points. */
    void setStoryPointsDone(Double points);

    /** To Do issues without an estimate, or {@code null} when only counts are known. */
    Integer getUnestimatedToDo();

    /** Sets the unestimated To Do issues. */
    void setUnestimatedToDo(Integer issues);

    /** In Progress issues without an estimate, or {@code null} when only counts are known. */
    Integer getUnestimatedInProgress();

    /** Sets the unestimated In Progress issues. */
    void setUnestimatedInProgress(Integer issues);

    /** Done issues without an estimate, or {@code null} when only counts are known. */
    Integer getUnestimatedDone();

    /** Sets the unestimated Done issues. */
    void setUnestimatedDone(Integer issues);

    /** The numeric field's sum over To Do issues, or {@code null} when only counts are known. */
    Double getFieldSumToDo();

    /** Sets the To Do field sum. */
    void setFieldSumToDo(Double sum);

    /** The numeric field's sum over In Progress issues, or {@code null} when only counts are known. */
    Double getFieldSumInProgress();

    /** Sets the In Progress field sum. */
    void setFieldSumInProgress(Double sum);

    /** The numeric field's sum over Done issues, or {@code null} when only counts are known. */
    Double getFieldSumDone();

    /** Sets the Done field sum. */
    void setFieldSumDone(Double sum);

    /** To Do issues without a value in the numeric field, or {@code null} when only counts are known. */
    Integer getNoFieldValueToDo();

    /** Sets the To Do issues without a field value. */
    void setNoFieldValueToDo(Integer issues);

    /** In Progress issues without a value in the numeric field, or {@code null} when only counts are known. */
    Integer getNoFieldValueInProgress();

    /** Sets the In Progress issues without a field value. */
    void setNoFieldValueInProgress(Integer issues);

    /** Done issues without a value in the numeric field, or {@code null} when only counts are known. */
    Integer getNoFieldValueDone();

    /** Sets the Done issues without a field value. */
    void setNoFieldValueDone(Integer issues);

    /** When the progress was last computed, or {@code null}. */
    Date getMeasuredAt();

    /** Sets the measuring time. */
    void setMeasuredAt(Date measuredAt);

    /**
     * The tier ({@code Zone} name) the computed progress reached when it was computed, by core's rule; {@code null}
     * is read as the zone of a single target.
     */
    @StringLength(16)
    String getZone();

    /** Sets the zone. */
    void setZone(String zone);

    /** Why a manual progress was last cleared; free text, never in a WHERE clause; {@code null} if never. */
    @StringLength(StringLength.UNLIMITED)
    String getClearedReason();

    /** Sets the reason. */
    void setClearedReason(String reason);

    /** The user key of who last cleared a manual progress, or {@code null}. */
    @StringLength(255)
    String getClearedBy();

    /** Sets who cleared it. */
    void setClearedBy(String userKey);

    /** When a manual progress was last cleared, or {@code null}. */
    Date getClearedAt();

    /** Sets when it was cleared. */
    void setClearedAt(Date at);

    /**
     * What a metric's check-ins report, a {@code CheckInValues} name; {@code null} for other kinds and for a metric
     * stored before the choice existed, both read as running totals ({@code CUMULATIVE}).
     */
    @StringLength(16)
    String getCheckInValues();

    /** Sets what a metric's check-ins report. */
    void setCheckInValues(String checkInValues);
}
