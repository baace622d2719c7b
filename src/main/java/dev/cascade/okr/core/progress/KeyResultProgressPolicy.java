package dev.cascade.okr.core.progress;

import dev.cascade.okr.core.model.BandMeasure;
import dev.cascade.okr.core.model.Direction;
import dev.cascade.okr.core.model.IssueCompletion;
import dev.cascade.okr.core.model.IssueMeasure;
import dev.cascade.okr.core.model.Measure;
import dev.cascade.okr.core.model.MetricMeasure;
import dev.cascade.okr.core.model.MilestoneMeasure;
import dev.cascade.okr.core.model.NoDataReason;
import dev.cascade.okr.core.model.Progress;
import dev.cascade.okr.core.model.Rates;
import dev.cascade.okr.core.model.StatusCategory;
import dev.cascade.okr.core.model.TargetTiers;
import java.math.BigDecimal;
import java.math.MathContext;

/**
 * Turns what a key result measures and what was observed into its progress, achievement rate and zone; the one
 * implementation of these formulas.
 *
 * <p>Progress is a fraction clamped to [0, 1] for display; the achievement rate is not clamped. Nothing here throws
 * for data: an observation that does not fit the measure gives "no data" ({@link NoDataReason#MISMATCHED_OBSERVATION}).
 *
 * <ul>
 *   <li><b>Metric</b>: progress = (actual − start) ÷ (target − start), which is direction-aware by itself
 *       (both differences change sign together), clamped. When start = target, progress is 1 if the actual meets
 *       the target in the key result's direction, else 0. Achievement rate: for an increase actual ÷ target
 *       (23,000 of 20,000 → 1.15); for a decrease target ÷ actual (lower is better: 8 defects against a target of
 *       10 → 1.25). The rate is undefined when the divisor or the target is 0 ({@code ZERO_TARGET},
 *       {@code ZERO_ACTUAL}) or when a number it divides by or compares with is negative ({@code NEGATIVE_VALUE}:
 *       −4 ÷ −2 would read as 200% although −4 is short of −2); an increasing key result's actual may be negative
 *       (−3 against 5 is −0.6). Zone from the tiers ({@link Zone#reached}).</li>
 *   <li><b>Band</b>: progress 1 inside [low, high] (ends included); outside it decays with the distance to the
 *       nearest end, measured in band widths: max(0, 1 − distance ÷ (high − low)); a zero-width band gives 0 for any
 *       value off it. Achievement rate = that progress (a band has no "more than achieved"). Zone TARGET inside,
 *       else BELOW_FLOOR.</li>
 *   <li><b>Milestone</b>: progress and rate 1 when done, else 0; zone TARGET or BELOW_FLOOR.</li>
 *   <li><b>Issues</b>, after any broken link ({@link NoDataReason#BROKEN_LINK}) and no issues at all
 *       ({@link NoDataReason#EMPTY_EPIC}): {@code ISSUE_COUNT_DONE} done ÷ all issues (48 of 50 → 0.96);
 *       {@code STORY_POINTS_DONE} story points on Done issues ÷ all story points, where unestimated issues weigh 0
 *       in both (so they move nothing; their count is in the evidence) and no story points at all is
 *       {@link NoDataReason#NO_ESTIMATES}; {@code STATUS_WEIGHTED} Σ issues × category weight ÷ all issues. For
 *       these three the rate equals the share and the zone is TARGET when the share is 1, else BELOW_FLOOR.
 *       {@code NUMERIC_FIELD}: the field's sum over Done issues is the actual of an increasing metric from 0
 *       towards the tiers (so rate = sum ÷ target, unclamped); no issue with a value is
 *       {@link NoDataReason#NO_FIELD_VALUES}.</li>
 *   <li>No check-in yet on a metric, band or milestone: {@link NoDataReason#NO_CHECK_IN}, never 0%.</li>
 * </ul>
 */
public final class KeyResultProgressPolicy {

    /** Computes the evaluation without a manual override. */
    public KeyResultEvaluation evaluate(Measure measure, Observation observation) {
        return evaluate(measure, observation, null);
    }

    /**
     * Computes the evaluation; a manual override, when given, replaces the progress shown and keeps the computed one.
     *
     * @param measure what the key result measures
     * @param observation what was measured
     * @param overrideOrNull a person's manual progress, or {@code null}
     */
    public KeyResultEvaluation evaluate(Measure measure, Observation observation, ManualOverride overrideOrNull) {
        KeyResultEvaluation computed = computed(measure, observation);
        return overrideOrNull == null ? computed : computed.withOverride(overrideOrNull);
    }

    private static KeyResultEvaluation computed(Measure measure, Observation observation) {
        if (measure instanceof IssueMeasure issues) {
            if (observation instanceof Observation.Issues counted) {
                return issues(issues, counted);
            }
            return KeyResultEvaluation.noData(observation instanceof Observation.BrokenLink
                    ? NoDataReason.BROKEN_LINK : NoDataReason.MISMATCHED_OBSERVATION, observation);
        }
        if (observation instanceof Observation.NoCheckIn) {
            return KeyResultEvaluation.noData(NoDataReason.NO_CHECK_IN, observation);
        }
        if (measure instanceof MetricMeasure metric && observation instanceof Observation.Value value) {
            return metric(metric.direction(), metric.start(), metric.tiers(), value.actual(), observation);
        }
        if (measure instanceof BandMeasure band && observation instanceof Observation.Value value) {
            return band(band, value.actual(), observation);
        }
        if (measure instanceof MilestoneMeasure && observation instanceof Observation.Milestone milestone) {
            return met(milestone.done() ? 1.0 : 0.0, null, observation);
        }
        return KeyResultEvaluation.noData(NoDataReason.MISMATCHED_OBSERVATION, observation);
    }

    private static KeyResultEvaluation metric(Direction direction, BigDecimal start, TargetTiers tiers,
            BigDecimal actual, Observation evidence) {
        BigDecimal target = tiers.target();
        Progress progress;
        if (target.compareTo(start) == 0) {
            int comparison = actual.compareTo(target);
            boolean met = direction == Direction.INCREASE ? comparison >= 0 : comparison <= 0;
            progress = Progress.of(met ? 1.0 : 0.0);
        } else {
            progress = Progress.of(clampedDouble(
                    actual.subtract(start).divide(target.subtract(start), MathContext.DECIMAL64)));
        }
        return KeyResultEvaluation.computed(progress, rate(direction, target, actual),
                Zone.reached(direction, tiers, actual), actual, evidence);
    }

    private static AchievementRate rate(Direction direction, BigDecimal target, BigDecimal actual) {
        if (target.signum() < 0 || direction == Direction.DECREASE && actual.signum() < 0) {
            return AchievementRate.undefined(AchievementRate.Undefined.NEGATIVE_VALUE);
        }
        if (target.signum() == 0) {
            return AchievementRate.undefined(AchievementRate.Undefined.ZERO_TARGET);
        }
        if (direction == Direction.INCREASE) {
            return AchievementRate.of(Rates.ratio(actual, target));
        }
        if (actual.signum() == 0) {
            return AchievementRate.undefined(AchievementRate.Undefined.ZERO_ACTUAL);
        }
        return AchievementRate.of(Rates.ratio(target, actual));
    }

    private static KeyResultEvaluation band(BandMeasure band, BigDecimal actual, Observation evidence) {
        if (band.contains(actual)) {
            return met(1.0, actual, evidence);
        }
        BigDecimal width = band.high().subtract(band.low());
        if (width.signum() == 0) {
            return met(0.0, actual, evidence);
        }
        BigDecimal distance = actual.compareTo(band.low()) < 0
                ? band.low().subtract(actual) : actual.subtract(band.high());
        return met(clampedDouble(BigDecimal.ONE.subtract(distance.divide(width, MathContext.DECIMAL64))), actual,
                evidence);
    }

    private static KeyResultEvaluation issues(IssueMeasure measure, Observation.Issues observation) {
        IssueCompletion completion = observation.completion();
        if (completion.total() == 0) {
            return KeyResultEvaluation.noData(NoDataReason.EMPTY_EPIC, observation);
        }
        Progress share = switch (measure.basis()) {
            case ISSUE_COUNT_DONE -> IssueShares.countDone(completion);
            case STORY_POINTS_DONE -> IssueShares.storyPointsDone(completion);
            case STATUS_WEIGHTED -> IssueShares.statusWeighted(completion, measure.statusWeights());
            case NUMERIC_FIELD -> null;
        };
        if (share == null) {
            if (completion.withoutFieldValue() == completion.total()) {
                return KeyResultEvaluation.noData(NoDataReason.NO_FIELD_VALUES, observation);
            }
            BigDecimal sum = BigDecimal.valueOf(completion.tally(StatusCategory.DONE).fieldSum());
            return metric(Direction.INCREASE, BigDecimal.ZERO, measure.tiers(), sum, observation);
        }
        return share.hasData() ? met(share.fraction(), null, observation)
                : KeyResultEvaluation.noData(share.reason(), observation);
    }

    /** An evaluation whose rate is its progress and whose single target is met exactly at 1. */
    private static KeyResultEvaluation met(double fraction, BigDecimal actual, Observation evidence) {
        Progress progress = Progress.of(fraction);
        return KeyResultEvaluation.computed(progress, AchievementRate.of(fraction), Zone.ofSingleTarget(progress),
                actual, evidence);
    }

    private static double clampedDouble(BigDecimal fraction) {
        return fraction.max(BigDecimal.ZERO).min(BigDecimal.ONE).doubleValue();
    }

}
