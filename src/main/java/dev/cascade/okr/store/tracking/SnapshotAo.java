package dev.cascade.okr.store.tracking;

import dev.cascade.okr.store.kernel.CascadeAo;
import dev.cascade.okr.store.kernel.Columns;
import dev.cascade.okr.store.kernel.KeyResultRowAo;
import dev.cascade.okr.store.kernel.MeasuredProgressAo;
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
public interface SnapshotAo extends CascadeAo, KeyResultRowAo, MeasuredProgressAo {

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

    /** Whether a person set the progress by hand. */
    @NotNull
    boolean isManual();

    /** Sets the manual flag. */
    void setManual(boolean manual);

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
