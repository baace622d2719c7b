package dev.cascade.okr.store.tracking;

import dev.cascade.okr.store.kernel.CascadeAo;
import dev.cascade.okr.store.kernel.GoalRowAo;
import dev.cascade.okr.store.kernel.UpdateStampAo;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

/**
 * The written part of one objective's quarterly review row; the numbers (target, actual, deviation) are computed by
 * core, never stored. Empty texts are stored as null.
 */
@Table("REVIEW_NOTE")
public interface ReviewNoteAo extends CascadeAo, GoalRowAo, UpdateStampAo {

    /** The quarter's first day, ISO {@code YYYY-MM-DD}; notes are looked up by it. */
    @NotNull
    @Indexed
    @StringLength(10)
    String getQuarterStart();

    /** Sets the first day. */
    void setQuarterStart(String day);

    /** The quarter's last day (inclusive), ISO {@code YYYY-MM-DD}. */
    @NotNull
    @StringLength(10)
    String getQuarterEnd();

    /** Sets the last day. */
    void setQuarterEnd(String day);

    /** The quarter's kind, a {@code PeriodKind} name (a quarter cut to the goal period is custom). */
    @NotNull
    @StringLength(32)
    String getQuarterKind();

    /** Sets the kind. */
    void setQuarterKind(String kind);

    /** {@code objectiveId:quarterStart}; unique, so that an objective has one row of notes per quarter. */
    @NotNull
    @Unique
    @StringLength(64)
    String getNoteKey();

    /** Sets the key. */
    void setNoteKey(String key);

    /** Causes within the team's control; free text, never in a WHERE clause. */
    @StringLength(StringLength.UNLIMITED)
    String getSubjective();

    /** Sets the subjective causes. */
    void setSubjective(String text);

    /** Causes outside the team's control; free text, never in a WHERE clause. */
    @StringLength(StringLength.UNLIMITED)
    String getObjectiveCauses();

    /** Sets the objective causes. */
    void setObjectiveCauses(String text);

    /** What will be done better; free text, never in a WHERE clause. */
    @StringLength(StringLength.UNLIMITED)
    String getImprovement();

    /** Sets the improvement. */
    void setImprovement(String text);

    /** How next quarter's plan changes; free text, never in a WHERE clause. */
    @StringLength(StringLength.UNLIMITED)
    String getNextAdjustment();

    /** Sets the next quarter's adjustment. */
    void setNextAdjustment(String text);

    /** The optimistic-concurrency version, from 1. */
    @NotNull
    long getVersion();

    /** Sets the version. */
    void setVersion(long version);
}
