package dev.cascade.okr.service.tracking;

import dev.cascade.okr.core.model.IssueMeasure;
import dev.cascade.okr.core.model.KeyResultId;
import dev.cascade.okr.core.model.Measure;
import dev.cascade.okr.core.model.MetricMeasure;
import dev.cascade.okr.core.model.UserRef;
import dev.cascade.okr.core.port.StoreWrite;
import dev.cascade.okr.core.port.TrackingStore;
import dev.cascade.okr.core.port.Versioned;
import dev.cascade.okr.core.tracking.AdjustmentHistory;
import dev.cascade.okr.core.validation.Validated;
import dev.cascade.okr.core.validation.Violation;
import dev.cascade.okr.core.validation.ViolationCode;
import dev.cascade.okr.service.kernel.Caller;
import dev.cascade.okr.service.kernel.DayText;
import dev.cascade.okr.service.kernel.Outcome;
import dev.cascade.okr.service.kernel.Outcome.Failure;
import dev.cascade.okr.service.tracking.TrackingAccess.Target;
import dev.cascade.okr.service.tracking.TrackingService.Adjustments;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * Target adjustments: proposing a new target of a key result and deciding it (its named approver only); an approval
 * whose day has come is brought into force by {@link AdjustmentsInForce}. Reading needs sight of the key result's
 * goal, proposing the right to track it ({@link TrackingAccess}); every rule is core's {@link AdjustmentHistory}.
 */
final class TrackingAdjustments {

    /** The longest user key Jira stores. */
    private static final int MAX_USER_KEY = 255;

    private final TrackingAccess access;
    private final TrackingStore tracking;
    private final AdjustmentsInForce inForce;

    TrackingAdjustments(TrackingAccess access, TrackingStore tracking, AdjustmentsInForce inForce) {
        this.access = access;
        this.tracking = tracking;
        this.inForce = inForce;
    }

    /** The target adjustments of a key result with a numeric target. */
    Outcome<Adjustments> adjustments(Caller caller, KeyResultId id) {
        Outcome<Targeted> found = targeted(caller, id, false);
        if (!found.isSuccess()) {
            return found.failed();
        }
        return Outcome.success(new Adjustments(id, tracking.history(id, found.value().original()), access.today()));
    }

    /**
     * Proposes a new target from {@code effectiveFrom} ({@code YYYY-MM-DD} inside the goal period; {@code null} for
     * the day it is approved), to be decided by {@code approverKey}; checked by core's history, and the new target
     * must fit the measure (core's {@link AdjustmentHistory#checkFits}).
     */
    Outcome<Adjustments> propose(Caller caller, KeyResultId id, Long version, BigDecimal newTarget,
            String reason, String approverKey, String effectiveFrom) {
        Outcome<Targeted> found = targeted(caller, id, true);
        if (!found.isSuccess()) {
            return found.failed();
        }
        Measure measure = found.value().target().keyResult().keyResult().measure();
        BigDecimal original = found.value().original();
        Optional<Violation> noVersion = TrackingAccess.versionMissing(version);
        if (noVersion.isPresent()) {
            return Outcome.failure(Failure.INVALID, noVersion.get());
        }
        UserRef approver = approverKey == null || approverKey.isBlank() ? null : new UserRef(approverKey.trim());
        if (approver != null && (approver.key().length() > MAX_USER_KEY
                || approver.key().chars().anyMatch(Character::isISOControl))) {
            return Outcome.failure(Failure.INVALID, Violation.of(ViolationCode.ADJUSTMENT_APPROVER_INVALID,
                    "approverKey", String.valueOf(MAX_USER_KEY)));
        }
        List<Violation> violations = new ArrayList<>();
        LocalDate effective = DayText.parse(effectiveFrom, "effectiveFrom", violations).orElse(null);
        violations.addAll(AdjustmentHistory.checkFits(measure, newTarget));
        if (!violations.isEmpty()) {
            return Outcome.failure(Failure.INVALID, violations);
        }
        Optional<Violation> unknown = approver == null ? Optional.empty()
                : access.unknownUser(approver.key(), "approverKey");
        if (unknown.isPresent()) {
            return Outcome.failure(Failure.INVALID, unknown.get());
        }
        Validated<StoreWrite<Versioned<AdjustmentHistory>>> result = tracking.propose(id, original, version,
                newTarget, reason, new UserRef(caller.userKey().orElseThrow()), approver, access.now(), effective,
                found.value().target().period());
        return written(id, result, errors -> Outcome.failure(Failure.INVALID, renamedApprover(errors)));
    }

    /**
     * Approves or rejects the pending adjustment; only its named approver may. An approval whose effective day has
     * come is brought into force at once ({@link AdjustmentsInForce#bringIntoForce}); a later one by the daily job
     * on that day.
     */
    Outcome<Adjustments> decide(Caller caller, KeyResultId id, Long version, Boolean approve, String comment) {
        Outcome<Targeted> found = targeted(caller, id, false);
        if (!found.isSuccess()) {
            return found.failed();
        }
        BigDecimal original = found.value().original();
        UserRef decider = new UserRef(caller.userKey().orElseThrow());
        // Only the approver decides: anyone else is refused as such, before their input is looked at.
        Versioned<AdjustmentHistory> history = tracking.history(id, original);
        boolean isApprover = history.value().pending().map(p -> p.approver().equals(decider)).orElse(false);
        boolean wasApprover = history.value().adjustments().stream().anyMatch(a -> a.approver().equals(decider));
        if (!isApprover && !wasApprover) {
            return Outcome.failure(Failure.FORBIDDEN, Violation.of(ViolationCode.ADJUSTMENT_NOT_APPROVER, null));
        }
        List<Violation> violations = new ArrayList<>();
        TrackingAccess.versionMissing(version).ifPresent(violations::add);
        if (approve == null) {
            violations.add(Violation.of(ViolationCode.ADJUSTMENT_DECISION_REQUIRED, "approve"));
        }
        if (!violations.isEmpty()) {
            return Outcome.failure(Failure.INVALID, violations);
        }
        Instant now = access.now();
        Validated<StoreWrite<Versioned<AdjustmentHistory>>> result = approve
                ? tracking.approve(id, original, version, decider, comment, now)
                : tracking.reject(id, original, version, decider, comment, now);
        Outcome<Adjustments> decided = written(id, result, errors -> Outcome.failure(
                errors.stream().anyMatch(v -> v.code() == ViolationCode.ADJUSTMENT_NOT_APPROVER)
                        ? Failure.FORBIDDEN : Failure.INVALID, errors));
        if (approve && decided.isSuccess()) {
            inForce.bringIntoForce(id, access.today(), now);
        }
        return decided;
    }

    private Outcome<Adjustments> written(KeyResultId id, Validated<StoreWrite<Versioned<AdjustmentHistory>>> result,
            Function<List<Violation>, Outcome<Adjustments>> onInvalid) {
        if (!result.isValid()) {
            return onInvalid.apply(result.errors());
        }
        StoreWrite<Versioned<AdjustmentHistory>> write = result.value();
        LocalDate today = access.today();
        if (write instanceof StoreWrite.Written<Versioned<AdjustmentHistory>> written) {
            return Outcome.success(new Adjustments(id, written.value(), today));
        }
        if (write instanceof StoreWrite.Stale<Versioned<AdjustmentHistory>> stale) {
            return Outcome.conflict(new Adjustments(id, stale.current(), today));
        }
        return Outcome.failure(Failure.NOT_FOUND,
                Violation.of(ViolationCode.KEY_RESULT_NOT_FOUND, "id", String.valueOf(id.value())));
    }

    /**
     * A key result found for a caller with the numeric target it was set up with (adjustments need one).
     *
     * @param target the key result and its goal
     * @param original its target in force, the history's original while it has no adjustment
     */
    private record Targeted(Target target, BigDecimal original) {
    }

    /** The key result for reading or for tracking it, with its numeric target; {@code adjustment.noTarget} without. */
    private Outcome<Targeted> targeted(Caller caller, KeyResultId id, boolean change) {
        Outcome<Target> found = access.keyResult(caller, id, change);
        if (!found.isSuccess()) {
            return found.failed();
        }
        Optional<BigDecimal> original = targetOf(found.value().keyResult().keyResult().measure());
        if (original.isEmpty()) {
            return Outcome.failure(Failure.INVALID, Violation.of(ViolationCode.ADJUSTMENT_NO_TARGET, null));
        }
        return Outcome.success(new Targeted(found.value(), original.get()));
    }

    /** The body names the approver {@code approverKey}; core calls it {@code approver}. */
    private static List<Violation> renamedApprover(List<Violation> violations) {
        return violations.stream()
                .map(v -> "approver".equals(v.field()) ? TrackingAccess.renamed(v, "approver", "approverKey") : v)
                .toList();
    }

    /** The numeric target of a measure, if it has one. */
    static Optional<BigDecimal> targetOf(Measure measure) {
        if (measure instanceof MetricMeasure metric) {
            return Optional.of(metric.target());
        }
        if (measure instanceof IssueMeasure issues) {
            return Optional.ofNullable(issues.target());
        }
        return Optional.empty();
    }
}
