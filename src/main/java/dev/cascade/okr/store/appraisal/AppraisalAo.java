package dev.cascade.okr.store.appraisal;

import dev.cascade.okr.store.kernel.CascadeAo;
import dev.cascade.okr.store.kernel.GoalRowAo;
import dev.cascade.okr.store.kernel.PeriodRowAo;
import dev.cascade.okr.store.kernel.PersonRowAo;
import java.util.Date;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;

/**
 * One appraisal of one person's goal for a period, from self-assessment to an appeal's resolution (table
 * {@code AO_0C7A52_APPRAISAL}); its steps are {@link AppraisalStepAo} rows. Empty texts are stored as {@code null}.
 */
@Table("APPRAISAL")
public interface AppraisalAo extends CascadeAo, GoalRowAo, PersonRowAo, PeriodRowAo {

    /** The user key of the assessing manager; looked up for "appraisals I assess". */
    @NotNull
    @Indexed
    @StringLength(255)
    String getManagerKey();

    /** Sets the manager. */
    void setManagerKey(String managerKey);

    /** Where the appraisal is, an {@code AppraisalState} name. */
    @NotNull
    @StringLength(32)
    String getAppraisalState();

    /** Sets the state. */
    void setAppraisalState(String appraisalState);

    /** The scheme the appraisal is scored under, fixed at its start, in {@code SettingsText} form. */
    @NotNull
    @StringLength(450)
    String getSchemeText();

    /** Sets the scheme. */
    void setSchemeText(String schemeText);

    /** The self-assessed score, or {@code null} before self-assessment. */
    Integer getSelfScore();

    /** Sets the self score. */
    void setSelfScore(Integer selfScore);

    /** The self-assessment comment (possibly empty, stored as {@code null} then), free text. */
    @StringLength(StringLength.UNLIMITED)
    String getSelfComment();

    /** Sets the self comment. */
    void setSelfComment(String selfComment);

    /** When the person self-assessed, or {@code null}. */
    Date getSelfAssessedAt();

    /** Sets when. */
    void setSelfAssessedAt(Date selfAssessedAt);

    /**
     * The achievement rate the composite uses as a fraction (1.15 = 115%) in plain decimal form at the rate scale
     * (6 decimals, {@code 1.150000}; rows written before read the same through {@code new BigDecimal}): the
     * computed one, or the manager's override when {@link #getOverrideReason()} is set; {@code null} while unknown.
     */
    @StringLength(32)
    String getAchievementRate();

    /** Sets the rate. */
    void setAchievementRate(String achievementRate);

    /**
     * Why the manager set the achievement rate instead of the one computed from the evidence, free text; {@code null}
     * when the rate is the computed one. The rate set is {@link #getAchievementRate()}; the computed one is the rate
     * of the {@link AppraisalLineAo} snapshot.
     */
    @StringLength(StringLength.UNLIMITED)
    String getOverrideReason();

    /** Sets the reason. */
    void setOverrideReason(String overrideReason);

    /** The manager's process score, or {@code null} before the manager assessed. */
    Integer getProcessScore();

    /** Sets the process score. */
    void setProcessScore(Integer processScore);

    /** The manager's comment, free text. */
    @StringLength(StringLength.UNLIMITED)
    String getManagerComment();

    /** Sets the comment. */
    void setManagerComment(String managerComment);

    /** The manager's suggestion, free text. */
    @StringLength(StringLength.UNLIMITED)
    String getSuggestion();

    /** Sets the suggestion. */
    void setSuggestion(String suggestion);

    /** When the manager assessed, or {@code null}. */
    Date getAssessedAt();

    /** Sets when. */
    void setAssessedAt(Date assessedAt);

    /** When the person signed off, or {@code null}. */
    Date getSignedOffAt();

    /** Sets when. */
    void setSignedOffAt(Date signedOffAt);

    /** Why the person appealed, free text, or {@code null}. */
    @StringLength(StringLength.UNLIMITED)
    String getAppealReason();

    /** Sets the reason. */
    void setAppealReason(String appealReason);

    /** When the person appealed, or {@code null}. */
    Date getAppealedAt();

    /** Sets when. */
    void setAppealedAt(Date appealedAt);

    /** The user key of whoever resolved the appeal, or {@code null}. */
    @StringLength(255)
    String getResolvedBy();

    /** Sets the resolver. */
    void setResolvedBy(String resolvedBy);

    /** When the appeal was resolved, or {@code null}. */
    Date getResolvedAt();

    /** Sets when. */
    void setResolvedAt(Date resolvedAt);

    /** How the appeal ended, an {@code AppealOutcome} name, or {@code null}. */
    @StringLength(16)
    String getAppealOutcome();

    /** Sets the outcome. */
    void setAppealOutcome(String appealOutcome);

    /** The process score set by a revising resolver, or {@code null}. */
    Integer getRevisedScore();

    /** Sets the revised score. */
    void setRevisedScore(Integer revisedScore);

    /** Why the appeal was resolved so, free text, or {@code null}. */
    @StringLength(StringLength.UNLIMITED)
    String getResolution();

    /** Sets the resolution. */
    void setResolution(String resolution);

    /** The version, from 1, increased by every write; steps are added only under it. */
    @NotNull
    long getVersion();

    /** Sets the version. */
    void setVersion(long version);
}
