package dev.cascade.okr.store;

import java.util.Date;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;

/**
 * A stored key result with its last measured progress (table {@code AO_xxxxxx_KEY_RESULT}). A {@code null} progress
 * means "no data", and {@link #getNoDataReason()} says why.
 */
@Table("KEY_RESULT")
public interface KeyResultAo extends CascadeAo {

    /** The owning objective's id; key results are looked up by it. */
    @NotNull
    @Indexed
    long getObjectiveId();

    /** Sets the owning objective. */
    void setObjectiveId(long objectiveId);

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

    /** The linked epic's key; key results are looked up by it when issues change. */
    @NotNull
    @Indexed
    @StringLength(255)
    String getEpicKey();

    /** Sets the epic key. */
    void setEpicKey(String epicKey);

    /** The progress basis, a {@code ProgressBasis} name. */
    @NotNull
    @StringLength(32)
    String getBasis();

    /** Sets the basis. */
    void setBasis(String basis);

    /** The progress fraction in [0, 1], or {@code null} for no data. */
    Double getProgress();

    /** Sets the progress. */
    void setProgress(Double progress);

    /** Why there is no data (a {@code NoDataReason} name), or {@code null}. */
    @StringLength(32)
    String getNoDataReason();

    /** Sets the reason. */
    void setNoDataReason(String reason);

    /** Issues counted, or {@code null} when nothing was counted. */
    Integer getIssuesTotal();

    /** Sets the issue count. */
    void setIssuesTotal(Integer total);

    /** Issues in the Done category, or {@code null}. */
    Integer getIssuesDone();

    /** Sets the done count. */
    void setIssuesDone(Integer done);

    /** Issues in the In Progress category, or {@code null}. */
    Integer getIssuesInProgress();

    /** Sets the in-progress count. */
    void setIssuesInProgress(Integer inProgress);

    /** When the progress was last measured, or {@code null}. */
    Date getMeasuredAt();

    /** Sets the measuring time. */
    void setMeasuredAt(Date measuredAt);
}
