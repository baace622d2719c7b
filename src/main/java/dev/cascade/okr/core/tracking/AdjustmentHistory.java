package dev.cascade.okr.core.tracking;

import dev.cascade.okr.core.model.UserRef;
import dev.cascade.okr.core.validation.Validated;
import dev.cascade.okr.core.validation.Violation;
import dev.cascade.okr.core.validation.ViolationCode;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Every target adjustment of one key result, in the order proposed, and the target in force: the original target
 * until an adjustment is approved, then the last approved new target. Immutable; each operation returns a new
 * history and nothing is ever removed.
 *
 * <p>Invariants: at most one adjustment is {@linkplain TargetAdjustment#isPending() pending}, and only the last one.
 */
public final class AdjustmentHistory {

    /** Longest reason and decision comment, in characters. */
    public static final int MAX_TEXT = 2000;

    private final BigDecimal originalTarget;
    private final List<TargetAdjustment> adjustments;

    private AdjustmentHistory(BigDecimal originalTarget, List<TargetAdjustment> adjustments) {
        this.originalTarget = originalTarget;
        this.adjustments = adjustments;
    }

    /** A history without adjustments for a key result set up with {@code originalTarget}. */
    public static AdjustmentHistory startingAt(BigDecimal originalTarget) {
        return new AdjustmentHistory(Inputs.normalize(Objects.requireNonNull(originalTarget, "originalTarget")),
                List.of());
    }

    /**
     * A stored history read back, in the order proposed.
     *
     * @throws IllegalArgumentException when an adjustment other than the last is pending
     */
    public static AdjustmentHistory of(BigDecimal originalTarget, List<TargetAdjustment> adjustments) {
        for (int i = 0; i < adjustments.size() - 1; i++) {
            if (adjustments.get(i).isPending()) {
                throw new IllegalArgumentException("only the last adjustment may be pending, not #" + i);
            }
        }
        return new AdjustmentHistory(Inputs.normalize(Objects.requireNonNull(originalTarget, "originalTarget")),
                List.copyOf(adjustments));
    }

    /**
     * The history with a new proposal, or the violations: {@code newTarget} required (at most 10^15 in size, at most
     * 6 decimals) and different from the current target; {@code reason} required, at most {@link #MAX_TEXT}
     * characters; {@code approver} required and not the requester; no other proposal pending.
     *
     * @param requestedBy the signed-in user
     */
    public Validated<AdjustmentHistory> propose(BigDecimal newTarget, String reason, UserRef requestedBy,
            UserRef approver, Instant requestedAt) {
        Objects.requireNonNull(requestedBy, "requestedBy");
        Objects.requireNonNull(requestedAt, "requestedAt");
        List<Violation> violations = new ArrayList<>();
        if (pending().isPresent()) {
            violations.add(Violation.of(ViolationCode.ADJUSTMENT_PENDING_EXISTS, null));
        }
        if (newTarget == null) {
            violations.add(Violation.of(ViolationCode.ADJUSTMENT_TARGET_REQUIRED, "newTarget"));
        } else if (Inputs.checkAmount(newTarget, "newTarget", violations)
                && newTarget.compareTo(currentTarget()) == 0) {
            violations.add(Violation.of(ViolationCode.ADJUSTMENT_TARGET_UNCHANGED, "newTarget",
                    currentTarget().toPlainString()));
        }
        if (reason == null || reason.isBlank()) {
            violations.add(Violation.of(ViolationCode.ADJUSTMENT_REASON_REQUIRED, "reason"));
        } else {
            Inputs.checkText(reason, "reason", MAX_TEXT, violations);
        }
        if (approver == null) {
            violations.add(Violation.of(ViolationCode.ADJUSTMENT_APPROVER_REQUIRED, "approver"));
        } else if (approver.equals(requestedBy)) {
            violations.add(Violation.of(ViolationCode.ADJUSTMENT_APPROVER_IS_REQUESTER, "approver"));
        }
        if (!violations.isEmpty()) {
            return Validated.invalid(violations);
        }
        TargetAdjustment proposal = new TargetAdjustment(currentTarget(), newTarget, reason, requestedBy, approver,
                requestedAt, AdjustmentState.PROPOSED, Optional.empty(), "");
        return Validated.valid(with(proposal));
    }

    /**
     * The history with the pending adjustment approved by {@code decidedBy}, or the violations: something must be
     * pending, only its approver decides, and the optional {@code comment} has at most {@link #MAX_TEXT} characters.
     */
    public Validated<AdjustmentHistory> approve(UserRef decidedBy, String comment, Instant at) {
        return decide(AdjustmentState.APPROVED, decidedBy, comment, at);
    }

    /** The history with the pending adjustment rejected by {@code decidedBy}, or the same violations as approving. */
    public Validated<AdjustmentHistory> reject(UserRef decidedBy, String comment, Instant at) {
        return decide(AdjustmentState.REJECTED, decidedBy, comment, at);
    }

    private Validated<AdjustmentHistory> decide(AdjustmentState decision, UserRef decidedBy, String comment,
            Instant at) {
        Objects.requireNonNull(decidedBy, "decidedBy");
        Objects.requireNonNull(at, "at");
        Optional<TargetAdjustment> pending = pending();
        if (pending.isEmpty()) {
            return Validated.invalid(List.of(Violation.of(ViolationCode.ADJUSTMENT_NOTHING_PENDING, null)));
        }
        if (!pending.get().approver().equals(decidedBy)) {
            return Validated.invalid(List.of(Violation.of(ViolationCode.ADJUSTMENT_NOT_APPROVER, null)));
        }
        List<Violation> violations = new ArrayList<>();
        String checked = Inputs.checkText(comment, "comment", MAX_TEXT, violations);
        if (!violations.isEmpty()) {
            return Validated.invalid(violations);
        }
        List<TargetAdjustment> decided = new ArrayList<>(adjustments);
        decided.set(decided.size() - 1, pending.get().decided(decision, at, checked));
        return Validated.valid(new AdjustmentHistory(originalTarget, List.copyOf(decided)));
    }

    private AdjustmentHistory with(TargetAdjustment adjustment) {
        List<TargetAdjustment> more = new ArrayList<>(adjustments);
        more.add(adjustment);
        return new AdjustmentHistory(originalTarget, List.copyOf(more));
    }

    /** The target the key result was set up with. */
    public BigDecimal originalTarget() {
        return originalTarget;
    }

    /** The target in force: the new target of the last approved adjustment, else the original target. */
    public BigDecimal currentTarget() {
        for (int i = adjustments.size() - 1; i >= 0; i--) {
            if (adjustments.get(i).state() == AdjustmentState.APPROVED) {
                return adjustments.get(i).newTarget();
            }
        }
        return originalTarget;
    }

    /** Every adjustment, in the order proposed, whatever its state. */
    public List<TargetAdjustment> adjustments() {
        return adjustments;
    }

    /** The adjustment waiting for its approver, if any. */
    public Optional<TargetAdjustment> pending() {
        return adjustments.isEmpty() || !adjustments.get(adjustments.size() - 1).isPending()
                ? Optional.empty()
                : Optional.of(adjustments.get(adjustments.size() - 1));
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof AdjustmentHistory that && originalTarget.equals(that.originalTarget)
                && adjustments.equals(that.adjustments);
    }

    @Override
    public int hashCode() {
        return Objects.hash(originalTarget, adjustments);
    }

    @Override
    public String toString() {
        return "AdjustmentHistory[original " + originalTarget + ", current " + currentTarget() + ", "
                + adjustments.size() + " adjustments]";
    }
}
