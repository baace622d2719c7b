package dev.cascade.okr.store.tracking;

import dev.cascade.okr.store.kernel.CascadeAo;
import dev.cascade.okr.store.kernel.Columns;
import java.util.Date;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

/**
 * The progress of one key result on one day, written by the daily job; a rerun on the same day replaces it, so it is
 * last-write-wins and has no version (only the job writes it, nobody edits it).
 */
@Table("SNAPSHOT")
public interface SnapshotAo extends CascadeAo {

    /** The key result measured; snapshots are looked up by it. */
    @NotNull
    @Indexed
    long getKeyResultId();

    /** Sets the key result. */
    void setKeyResultId(long keyResultId);

    /** The day the snapshot speaks for, ISO {@code YYYY-MM-DD}. */
    @NotNull
    @Indexed
    @StringLength(10)
    String getSnapshotDay();

    /** Sets the day. */
    void setSnapshotDay(String day);

    /** {@code keyResultId:day}; unique, so that a key result has at most one snapshot a day. */
    @NotNull
    @Unique
    @StringLength(64)
    String getSnapshotKey();

    /** Sets the key. */
    void setSnapshotKey(String key);

    /** The progress fraction in [0, 1], or {@code null} for no data. */
    Double getProgress();

    /** Sets the progress. */
    void setProgress(Double progress);

    /** Why there is no data (a {@code NoDataReason} name), or {@code null}. */
    @StringLength(32)
    String getNoDataReason();

    /** Sets the reason. */
    void setNoDataReason(String reason);

    /** Whether a person set the progress by hand. */
    @NotNull
    boolean isManual();

    /** Sets the manual flag. */
    void setManual(boolean manual);

    /** Issues counted, or {@code null} when the progress did not come from issues. */
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

    /** The key result's value in its unit as an exact decimal string, or {@code null} when not known. */
    @StringLength(Columns.DECIMAL_LENGTH)
    String getActualAmount();

    /** Sets the actual. */
    void setActualAmount(String amount);

    /** When it was measured. */
    @NotNull
    Date getTakenAt();

    /** Sets the measuring time. */
    void setTakenAt(Date takenAt);
}
