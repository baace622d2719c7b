package dev.cascade.okr.store.tracking;

import dev.cascade.okr.store.kernel.CascadeAo;
import dev.cascade.okr.store.kernel.Columns;
import dev.cascade.okr.store.kernel.KeyResultRowAo;
import java.util.Date;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

/**
 * One check-in on a key result; written once, never changed or deleted (no version). Empty texts are stored as
 * null.
 */
@Table("CHECK_IN")
public interface CheckInAo extends CascadeAo, KeyResultRowAo {

    /** The day the check-in speaks for, ISO {@code YYYY-MM-DD}; orders the log. */
    @NotNull
    @Indexed
    @StringLength(10)
    String getCheckinDay();

    /** Sets the day. */
    void setCheckinDay(String day);

    /** When it was stored, to the millisecond; orders check-ins of the same day. */
    @NotNull
    Date getRecordedAt();

    /** Sets the recording time. */
    void setRecordedAt(Date recordedAt);

    /** The key result's value in its unit as an exact decimal string, or {@code null} when none was given. */
    @StringLength(Columns.DECIMAL_LENGTH)
    String getCheckinAmount();

    /** Sets the value. */
    void setCheckinAmount(String amount);

    /** The owner's confidence, 1 to 10. */
    @NotNull
    int getConfidence();

    /** Sets the confidence. */
    void setConfidence(int confidence);

    /** What was achieved, in words; free text, never in a WHERE clause. */
    @StringLength(StringLength.UNLIMITED)
    String getProgressNote();

    /** Sets the progress note. */
    void setProgressNote(String text);

    /** What is in the way; free text, never in a WHERE clause. */
    @StringLength(StringLength.UNLIMITED)
    String getProblems();

    /** Sets the problems. */
    void setProblems(String text);

    /** What is done about it; free text, never in a WHERE clause. */
    @StringLength(StringLength.UNLIMITED)
    String getSolutions();

    /** Sets the solutions. */
    void setSolutions(String text);

    /** What happens next; free text, never in a WHERE clause. */
    @StringLength(StringLength.UNLIMITED)
    String getNextSteps();

    /** Sets the next steps. */
    void setNextSteps(String text);

    /**
     * The check-in's place in its key result's log when it was appended, {@code <key result>:<n>} for the log's
     * {@code n}th entry (the log's version): unique, so that of two appends that read the same log the database lets
     * one through and the other retries; the insert is the version claim. {@code null} only in rows written before
     * the column existed.
     */
    @Unique
    @StringLength(64)
    String getLogEntry();

    /** Sets the log entry. */
    void setLogEntry(String logEntry);

    /** The author's user key. */
    @NotNull
    @StringLength(255)
    String getAuthorKey();

    /** Sets the author. */
    void setAuthorKey(String userKey);
}
