package dev.cascade.okr.core.tracking;

import dev.cascade.okr.core.model.UserRef;
import dev.cascade.okr.core.validation.Require;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
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
 * @param effectiveFrom the first day the new target is to count, as proposed; empty for "from the day it is
 *     approved" (see {@link #effectiveDay()})
 */
public record TargetAdjustment(BigDecimal oldTarget, BigDecimal newTarget, String reason, UserRef requestedBy,
        UserRef approver, Instant requestedAt, AdjustmentState state, Optional<Instant> decidedAt,
        String decisionComment, Optional<LocalDate> effectiveFrom) {

    /** The UTC days in which instants fall, as everywhere in tracking. */
    private static final ZoneOffset DAYS = ZoneOffset.UTC;

    /** An adjustment that counts from the day it is approved. */
    public TargetAdjustment(BigDecimal oldTarget, BigDecimal newTarget, String reason, UserRef requestedBy,
            UserRef approver, Instant requestedAt, AdjustmentState state, Optional<Instant> decidedAt,
            String decisionComment) {
        this(oldTarget, newTarget, reason, requestedBy, approver, requestedAt, state, decidedAt, decisionComment,
                Optional.empty());
    }

    /** Checks the invariants. */
    public TargetAdjustment {
        oldTarget = Inputs.normalize(Objects.requireNonNull(oldTarget, "oldTarget"));
        newTarget = Inputs.normalize(Objects.requireNonNull(newTarget, "newTarget"));
        Require.present("reason", reason, "requestedBy", requestedBy, "approver", approver, "requestedAt", requestedAt,
                "state", state, "decidedAt", decidedAt, "decisionComment", decisionComment,
                "effectiveFrom", effectiveFrom);
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

    /**
     * The first day on which the new target is in force, once approved: the proposed effective date, else the (UTC)
     * day of the approval; empty while proposed without a date and for a rejected adjustment without one.
     */
    public Optional<LocalDate> effectiveDay() {
        if (effectiveFrom.isPresent() || state != AdjustmentState.APPROVED) {
            return effectiveFrom;
        }
        return decidedAt.map(at -> LocalDate.ofInstant(at, DAYS));
    }

    TargetAdjustment decided(AdjustmentState decision, Instant at, String comment) {
        return new TargetAdjustment(oldTarget, newTarget, reason, requestedBy, approver, requestedAt, decision,
                Optional.of(at), comment, effectiveFrom);
    }
}
