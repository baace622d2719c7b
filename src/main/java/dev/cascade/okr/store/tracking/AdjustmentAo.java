package dev.cascade.okr.store.tracking;

import dev.cascade.okr.store.kernel.CascadeAo;
import dev.cascade.okr.store.kernel.Columns;
import dev.cascade.okr.store.kernel.KeyResultRowAo;
import java.util.Date;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;

/**
 * One target adjustment of a key result: written when proposed (version 1) and changed once, when decided (version
 * 2). The sum of the versions of a key result's rows is the version of its whole history.
 */
@Table("ADJUSTMENT")
public interface AdjustmentAo extends CascadeAo, KeyResultRowAo {

    /** The position in the order proposed, from 0. */
    @NotNull
    int getPosition();

    /** Sets the position. */
    void setPosition(int position);

    /** The target in force when proposed, an exact decimal string. */
    @NotNull
    @StringLength(Columns.DECIMAL_LENGTH)
    String getOldTarget();

    /** Sets the old target. */
    void setOldTarget(String target);

    /** The proposed target, an exact decimal string. */
    @NotNull
    @StringLength(Columns.DECIMAL_LENGTH)
    String getNewTarget();

    /** Sets the new target. */
    void setNewTarget(String target);

    /** Why the target should change; free text, never in a WHERE clause. */
    @StringLength(StringLength.UNLIMITED)
    String getReason();

    /** Sets the reason. */
    void setReason(String reason);

    /** The requester's user key. */
    @NotNull
    @StringLength(255)
    String getRequestedBy();

    /** Sets the requester. */
    void setRequestedBy(String userKey);

    /** The approver's user key. */
    @NotNull
    @StringLength(255)
    String getApproverKey();

    /** Sets the approver. */
    void setApproverKey(String userKey);

    /** Proposed, approved or rejected, an {@code AdjustmentState} name. */
    @NotNull
    @StringLength(32)
    String getAdjState();

    /** Sets the state. */
    void setAdjState(String state);

    /** When it was proposed. */
    @NotNull
    Date getRequestedAt();

    /** Sets the proposal time. */
    void setRequestedAt(Date at);

    /** Who decided (always the approver), or {@code null} while proposed. */
    @StringLength(255)
    String getDecidedBy();

    /** Sets the decider. */
    void setDecidedBy(String userKey);

    /** When it was decided, or {@code null} while proposed. */
    Date getDecidedAt();

    /** Sets the decision time. */
    void setDecidedAt(Date at);

    /** The approver's comment, {@code null} when empty; free text, never in a WHERE clause. */
    @StringLength(StringLength.UNLIMITED)
    String getDecisionNote();

    /** Sets the comment. */
    void setDecisionNote(String note);

    /** The optimistic-concurrency version: 1 when proposed, 2 when decided. */
    @NotNull
    long getVersion();

    /** Sets the version. */
    void setVersion(long version);

    /**
     * The first day the new target is to count, ISO {@code YYYY-MM-DD}, as proposed; {@code null} for "from the day
     * it is approved".
     */
    @StringLength(10)
    String getEffectiveFrom();

    /** Sets the effective date. */
    void setEffectiveFrom(String day);

    /**
     * When an approved adjustment was brought into force (the key result's target set to the target in force and its
     * progress recomputed), or {@code null} while that has not happened; never in the history's version.
     */
    Date getAppliedAt();

    /** Sets when it was brought into force. */
    void setAppliedAt(Date at);
}
