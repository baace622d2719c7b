package dev.cascade.okr.core.tracking;

import dev.cascade.okr.core.model.Direction;
import dev.cascade.okr.core.model.Period;
import dev.cascade.okr.core.model.Progress;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Objects;

/**
 * Decides {@link TrackingStatus} from the deviation against a plan, or from the pace when a key result has no plan.
 *
 * <p>With a plan: the shortfall is the unrounded {@linkplain Deviation#rate() deviation rate} for
 * {@link Direction#INCREASE} and its negation for {@link Direction#DECREASE} (spending 10% more than planned is a 10%
 * shortfall); shortfall ≥ on-track threshold → ON_TRACK, ≥ at-risk threshold → AT_RISK, else OFF_TRACK. No actual →
 * NO_DATA. Nothing planned yet (planned 0): ON_TRACK unless the actual is on the bad side of 0, then OFF_TRACK.
 *
 * <p>Without a plan: the gap is {@code progress fraction − period.elapsedFractionAt(today)} (−0.12 = 12 percentage
 * points behind an even pace), rounded to 9 decimals so that a gap of exactly 10 points is not lost to binary
 * rounding, and compared with the same thresholds read as points (−10% → −0.10). Progress is already
 * direction-aware, so no sign is flipped. Progress without data → NO_DATA.
 */
public final class TrackingPolicy {

    private final TrackingThresholds thresholds;

    /** A policy judging by these thresholds. */
    public TrackingPolicy(TrackingThresholds thresholds) {
        this.thresholds = Objects.requireNonNull(thresholds, "thresholds");
    }

    /** The thresholds this policy judges by. */
    public TrackingThresholds thresholds() {
        return thresholds;
    }

    /**
     * The deviation on {@code today} of the amount achieved since the goal period started from the plan's
     * {@linkplain Plan#cumulativePlannedAt cumulative planned amount}.
     *
     * @param achievedToDate the amount achieved since the goal period started, in the plan's unit; {@code null} when
     *     nothing was reported
     */
    public Deviation deviationAt(Plan plan, BigDecimal achievedToDate, LocalDate today) {
        return Deviation.of(plan.cumulativePlannedAt(today), achievedToDate);
    }

    /** The status on {@code today} against a plan; see {@link #deviationAt} for the inputs. */
    public TrackingStatus statusAt(Plan plan, Direction direction, BigDecimal achievedToDate, LocalDate today) {
        return statusOf(deviationAt(plan, achievedToDate, today), direction);
    }

    /** The status of a deviation for a key result moving in {@code direction}. */
    public TrackingStatus statusOf(Deviation deviation, Direction direction) {
        Objects.requireNonNull(direction, "direction");
        if (!deviation.isDefined()) {
            if (deviation.reason() == NoDeviationReason.NO_ACTUAL) {
                return TrackingStatus.NO_DATA;
            }
            int actualSign = deviation.actual().orElseThrow().signum();
            boolean badSide = direction == Direction.INCREASE ? actualSign < 0 : actualSign > 0;
            return badSide ? TrackingStatus.OFF_TRACK : TrackingStatus.ON_TRACK;
        }
        BigDecimal rate = deviation.exactRate();
        return classify(direction == Direction.INCREASE ? rate : rate.negate());
    }

    /**
     * The status by pace when there is no plan: progress against the share of the period that has passed by the end
     * of {@code today}.
     */
    public TrackingStatus statusByPace(Period period, Progress progress, LocalDate today) {
        if (!progress.hasData()) {
            return TrackingStatus.NO_DATA;
        }
        double gap = progress.fraction() - period.elapsedFractionAt(today);
        return classify(BigDecimal.valueOf(gap).setScale(9, RoundingMode.HALF_EVEN));
    }

    /**
     * The status of an achievement rate (达成率, actual ÷ target as a fraction, 1 = target met; already
     * direction-aware): its shortfall from the target, {@code rate − 1}, read against the same thresholds as a
     * deviation (defaults: 0.90 and above on track, 0.75 and above at risk, below off track). So a table colours an
     * achievement rate and a deviation by one rule.
     */
    public TrackingStatus statusOfAchievement(BigDecimal rate) {
        Objects.requireNonNull(rate, "rate");
        return classify(rate.subtract(BigDecimal.ONE));
    }

    private TrackingStatus classify(BigDecimal shortfall) {
        if (shortfall.compareTo(thresholds.onTrackRate()) >= 0) {
            return TrackingStatus.ON_TRACK;
        }
        return shortfall.compareTo(thresholds.atRiskRate()) >= 0 ? TrackingStatus.AT_RISK : TrackingStatus.OFF_TRACK;
    }
}
