package dev.cascade.okr.core.tracking;

import dev.cascade.okr.core.model.UserRef;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * One request to change a key result's target, with its reason and the approver's decision. Made and decided only
 * through {@link AdjustmentHistory}, which checks a person's input.
 *
 * <p>Invariants: the reason is not blank; the approver differs from the requester; {@code decidedAt} is present
 * exactly when the state is not {@link AdjustmentState#PROPOSED}; the comment is never {@code null}; targets have no
 * trailing zeros.
 *
 * @param oldTarget the target in force when proposed, in the key result's unit
 * @param newTarget the proposed target
 * @param reason why the target should change
 * @param requestedBy who proposed it
 * @param approver who decides
 * @param requestedAt when it was proposed
 * @param state proposed, approved or rejected
 * @param decidedAt when the approver decided; empty while proposed
 * @param decisionComment the approver's comment; empty when none
 */
public record TargetAdjustment(BigDecimal oldTarget, BigDecimal newTarget, String reason, UserRef requestedBy,
        UserRef approver, Instant requestedAt, AdjustmentState state, Optional<Instant> decidedAt,
        String decisionComment) {

    /** Checks the invariants. */
    public TargetAdjustment {
        oldTarget = Inputs.normalize(Objects.requireNonNull(oldTarget, "oldTarget"));
        newTarget = Inputs.normalize(Objects.requireNonNull(newTarget, "newTarget"));
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(requestedBy, "requestedBy");
        Objects.requireNonNull(approver, "approver");
        Objects.requireNonNull(requestedAt, "requestedAt");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(decidedAt, "decidedAt");
        Objects.requireNonNull(decisionComment, "decisionComment");
        if (reason.isBlank()) {
            throw new IllegalArgumentException("a target adjustment needs a reason");
        }
        if (approver.equals(requestedBy)) {
            throw new IllegalArgumentException("the requester cannot approve: " + approver);
        }
        if ((state == AdjustmentState.PROPOSED) != decidedAt.isEmpty()) {
            throw new IllegalArgumentException(state + " with decision time " + decidedAt);
        }
    }

    /** Whether it still waits for the approver. */
    public boolean isPending() {
        return state == AdjustmentState.PROPOSED;
    }

    TargetAdjustment decided(AdjustmentState decision, Instant at, String comment) {
        return new TargetAdjustment(oldTarget, newTarget, reason, requestedBy, approver, requestedAt, decision,
                Optional.of(at), comment);
    }
}
