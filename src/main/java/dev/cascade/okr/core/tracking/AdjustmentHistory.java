package dev.cascade.okr.core.tracking;

import dev.cascade.okr.core.model.IssueMeasure;
import dev.cascade.okr.core.model.Measure;
import dev.cascade.okr.core.model.MetricMeasure;
import dev.cascade.okr.core.model.Period;
import dev.cascade.okr.core.model.TargetTiers;
import dev.cascade.okr.core.model.UserRef;
import dev.cascade.okr.core.validation.Require;
import dev.cascade.okr.core.validation.Validated;
import dev.cascade.okr.core.validation.Violation;
import dev.cascade.okr.core.validation.ViolationCode;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Every target adjustment of one key result, in the order proposed, and the target in force on each day: the
 * original target until the effective day of the first approved adjustment, then each approved new target from its
 * effective day ({@link #targetOn}). Immutable; each operation returns a new
 * history and nothing is ever removed.
 *
 * <p>Invariants: at most one adjustment is {@linkplain TargetAdjustment#isPending() pending}, and only the last one;
 * the effective days of the approved adjustments never go back (checked when proposing and approving).
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
        return propose(newTarget, reason, requestedBy, approver, requestedAt, null, null);
    }

    /**
     * The history with a new proposal that counts from {@code effectiveFrom}, or the violations of
     * {@link #propose(BigDecimal, String, UserRef, UserRef, Instant)} and these: the effective date lies inside the
     * goal period ({@code effectiveFrom}, when a period is given) and not before the effective day of the last
     * approved adjustment, so that the targets in force form one step line.
     *
     * @param effectiveFrom the first day the new target counts; {@code null} for the day it is approved
     * @param goalPeriod the key result's goal period, or {@code null} not to check
     */
    public Validated<AdjustmentHistory> propose(BigDecimal newTarget, String reason, UserRef requestedBy,
            UserRef approver, Instant requestedAt, LocalDate effectiveFrom, Period goalPeriod) {
        Require.present("requestedBy", requestedBy, "requestedAt", requestedAt);
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
        if (effectiveFrom != null) {
            Optional<LocalDate> previous = lastEffectiveDay();
            if (goalPeriod != null && !goalPeriod.contains(effectiveFrom)) {
                violations.add(Violation.of(ViolationCode.ADJUSTMENT_EFFECTIVE_OUTSIDE_PERIOD, "effectiveFrom",
                        goalPeriod.start().toString(), goalPeriod.end().toString()));
            } else if (previous.isPresent() && effectiveFrom.isBefore(previous.get())) {
                violations.add(Violation.of(ViolationCode.ADJUSTMENT_EFFECTIVE_BEFORE_PREVIOUS, "effectiveFrom",
                        previous.get().toString()));
            }
        }
        if (!violations.isEmpty()) {
            return Validated.invalid(violations);
        }
        TargetAdjustment proposal = new TargetAdjustment(currentTarget(), newTarget, reason, requestedBy, approver,
                requestedAt, AdjustmentState.PROPOSED, Optional.empty(), "", Optional.ofNullable(effectiveFrom));
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
        Require.present("decidedBy", decidedBy, "at", at);
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
        TargetAdjustment made = pending.get().decided(decision, at, checked);
        Optional<LocalDate> previous = lastEffectiveDay();
        if (decision == AdjustmentState.APPROVED && previous.isPresent()
                && made.effectiveDay().orElseThrow().isBefore(previous.get())) {
            return Validated.invalid(List.of(Violation.of(ViolationCode.ADJUSTMENT_EFFECTIVE_BEFORE_PREVIOUS,
                    "effectiveFrom", previous.get().toString())));
        }
        List<TargetAdjustment> decided = new ArrayList<>(adjustments);
        decided.set(decided.size() - 1, made);
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

    /**
     * The latest approved target (in force now, or from a later effective day), else the original target: what a
     * new proposal changes.
     */
    public BigDecimal currentTarget() {
        for (int i = adjustments.size() - 1; i >= 0; i--) {
            if (adjustments.get(i).state() == AdjustmentState.APPROVED) {
                return adjustments.get(i).newTarget();
            }
        }
        return originalTarget;
    }

    /**
     * The target in force on {@code day}: the new target of the last approved adjustment whose
     * {@linkplain TargetAdjustment#effectiveDay() effective day} is on or before {@code day}, else the original
     * target. Today's progress is judged against {@code targetOn(today)}; a past day against the target of then.
     */
    public BigDecimal targetOn(LocalDate day) {
        Objects.requireNonNull(day, "day");
        BigDecimal target = originalTarget;
        for (TargetAdjustment adjustment : adjustments) {
            if (adjustment.state() == AdjustmentState.APPROVED
                    && !adjustment.effectiveDay().orElseThrow().isAfter(day)) {
                target = adjustment.newTarget();
            }
        }
        return target;
    }

    /**
     * One step of the target's history.
     *
     * @param from the first day of the step; empty for the original target, in force from the start
     * @param target the target in force from then on, until the next step
     */
    public record TargetStep(Optional<LocalDate> from, BigDecimal target) {

        /** Checks presence. */
        public TargetStep {
            Require.present("from", from, "target", target);
        }
    }

    /** The target's history: the original target, then each approved target from its effective day, in order. */
    public List<TargetStep> targetSteps() {
        List<TargetStep> steps = new ArrayList<>();
        steps.add(new TargetStep(Optional.empty(), originalTarget));
        for (TargetAdjustment adjustment : adjustments) {
            if (adjustment.state() == AdjustmentState.APPROVED) {
                steps.add(new TargetStep(adjustment.effectiveDay(), adjustment.newTarget()));
            }
        }
        return List.copyOf(steps);
    }

    /**
     * The plan as the approved targets leave it: for each approved adjustment in order, the change of target
     * ({@code new − old}) is added to the plan from its effective day to the end of the goal period, shared in
     * proportion to what was planned in those days ({@link Plan#withChangeFrom}); what was planned before the effective
     * day stays. So a sub-period that ended before an adjustment keeps the target in force then.
     */
    public Plan planInForce(Plan plan) {
        Objects.requireNonNull(plan, "plan");
        Plan adjusted = plan;
        for (TargetAdjustment adjustment : adjustments) {
            if (adjustment.state() == AdjustmentState.APPROVED) {
                adjusted = adjusted.withChangeFrom(adjustment.effectiveDay().orElseThrow(),
                        adjustment.newTarget().subtract(adjustment.oldTarget()));
            }
        }
        return adjusted;
    }

    /**
     * The measure with {@code target} in force, or empty when the measure has no numeric target or the target does
     * not fit it (a metric's target lies in its direction from the start and between its floor and stretch; a
     * numeric field's target is positive and between its floor and stretch).
     */
    public static Optional<Measure> withTarget(Measure measure, BigDecimal target) {
        Require.present("measure", measure, "target", target);
        if (measure instanceof MetricMeasure metric) {
            return metric.withTarget(target).map(Measure.class::cast);
        }
        if (measure instanceof IssueMeasure issues) {
            return issues.withTarget(target).map(Measure.class::cast);
        }
        return Optional.empty();
    }

    /**
     * The violation of a proposed target that would not fit the measure ({@code newTarget}, with the start, floor and
     * stretch as arguments, "–" for those it has not), or none.
     */
    public static List<Violation> checkFits(Measure measure, BigDecimal newTarget) {
        if (newTarget == null || withTarget(measure, newTarget).isPresent()) {
            return List.of();
        }
        String none = "\u2013";
        String start = measure instanceof MetricMeasure metric ? metric.start().toPlainString() : "0";
        TargetTiers tiers = measure instanceof MetricMeasure metric ? metric.tiers()
                : measure instanceof IssueMeasure issues ? issues.tiers() : null;
        String floor = tiers == null || tiers.floor() == null ? none : tiers.floor().toPlainString();
        String stretch = tiers == null || tiers.stretch() == null ? none : tiers.stretch().toPlainString();
        return List.of(Violation.of(ViolationCode.ADJUSTMENT_TARGET_OUTSIDE_TIERS, "newTarget", start, floor,
                stretch));
    }

    private Optional<LocalDate> lastEffectiveDay() {
        for (int i = adjustments.size() - 1; i >= 0; i--) {
            if (adjustments.get(i).state() == AdjustmentState.APPROVED) {
                return adjustments.get(i).effectiveDay();
            }
        }
        return Optional.empty();
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
