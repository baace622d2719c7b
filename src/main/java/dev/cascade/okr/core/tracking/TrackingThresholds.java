package dev.cascade.okr.core.tracking;

import dev.cascade.okr.core.validation.Validated;
import dev.cascade.okr.core.validation.Violation;
import dev.cascade.okr.core.validation.ViolationCode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * Where "on track" ends and "off track" begins, as per-cent shortfalls on the bad side of the plan.
 *
 * <p>Invariants: {@code -100 <= atRiskPercent < onTrackPercent <= 0}. A key result is on track while its shortfall is
 * at or above {@code onTrackPercent}, at risk while at or above {@code atRiskPercent}, and off track below it. The
 * same numbers are read as percentage points of pace when there is no plan (see {@link TrackingPolicy}). Defaults:
 * on track from −10%, at risk from −25% ({@link #DEFAULTS}).
 *
 * @param onTrackPercent the on-track threshold in per-cent, e.g. −10
 * @param atRiskPercent the at-risk threshold in per-cent, e.g. −25
 */
public record TrackingThresholds(BigDecimal onTrackPercent, BigDecimal atRiskPercent) {

    /** The lowest threshold allowed: −100%. */
    public static final BigDecimal MIN_PERCENT = BigDecimal.valueOf(-100);
    /** The highest threshold allowed: 0%. */
    public static final BigDecimal MAX_PERCENT = BigDecimal.ZERO;
    /** On track from −10%, at risk from −25%, off track below. */
    public static final TrackingThresholds DEFAULTS =
            new TrackingThresholds(BigDecimal.valueOf(-10), BigDecimal.valueOf(-25));

    /**
     * Checks the invariants ({@link #ofPercent} says which field breaks one) and keeps each threshold without trailing
     * zeros.
     *
     * @throws IllegalArgumentException when a threshold is missing, out of range or not in order
     */
    public TrackingThresholds {
        List<Violation> violations = violations(onTrackPercent, atRiskPercent);
        if (!violations.isEmpty()) {
            throw new IllegalArgumentException("invalid tracking thresholds: " + violations);
        }
        onTrackPercent = Inputs.normalize(onTrackPercent);
        atRiskPercent = Inputs.normalize(atRiskPercent);
    }

    /**
     * Thresholds from per-cent values, or the violations (fields {@code thresholds.onTrackPercent} and
     * {@code thresholds.atRiskPercent}): both required, both from −100 to 0, at-risk strictly below on-track.
     */
    public static Validated<TrackingThresholds> ofPercent(BigDecimal onTrackPercent, BigDecimal atRiskPercent) {
        List<Violation> violations = violations(onTrackPercent, atRiskPercent);
        return violations.isEmpty()
                ? Validated.valid(new TrackingThresholds(onTrackPercent, atRiskPercent))
                : Validated.invalid(violations);
    }

    private static List<Violation> violations(BigDecimal onTrackPercent, BigDecimal atRiskPercent) {
        List<Violation> violations = new ArrayList<>();
        boolean onTrackOk = check(onTrackPercent, "thresholds.onTrackPercent", violations);
        boolean atRiskOk = check(atRiskPercent, "thresholds.atRiskPercent", violations);
        if (onTrackOk && atRiskOk && atRiskPercent.compareTo(onTrackPercent) >= 0) {
            violations.add(Violation.of(ViolationCode.TRACKING_THRESHOLD_ORDER, "thresholds.atRiskPercent",
                    Inputs.normalize(atRiskPercent).toPlainString(), Inputs.normalize(onTrackPercent).toPlainString()));
        }
        return violations;
    }

    private static boolean check(BigDecimal percent, String field, List<Violation> violations) {
        if (percent == null) {
            violations.add(Violation.of(ViolationCode.TRACKING_THRESHOLD_REQUIRED, field));
            return false;
        }
        if (percent.compareTo(MIN_PERCENT) < 0 || percent.compareTo(MAX_PERCENT) > 0) {
            violations.add(Violation.of(ViolationCode.TRACKING_THRESHOLD_OUT_OF_RANGE, field,
                    MIN_PERCENT.toPlainString(), MAX_PERCENT.toPlainString()));
            return false;
        }
        return true;
    }

    /** The on-track threshold as a fraction, e.g. −0.1. */
    public BigDecimal onTrackRate() {
        return onTrackPercent.movePointLeft(2);
    }

    /** The at-risk threshold as a fraction, e.g. −0.25. */
    public BigDecimal atRiskRate() {
        return atRiskPercent.movePointLeft(2);
    }

    @Override
    public String toString() {
        return "TrackingThresholds[onTrack " + onTrackPercent + "%, atRisk " + atRiskPercent + "%]";
    }
}
