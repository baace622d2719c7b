package dev.cascade.okr.core.appraisal;

import dev.cascade.okr.core.model.BandMeasure;
import dev.cascade.okr.core.model.Direction;
import dev.cascade.okr.core.model.IssueCompletion;
import dev.cascade.okr.core.model.IssueMeasure;
import dev.cascade.okr.core.model.KeyResult;
import dev.cascade.okr.core.model.Measure;
import dev.cascade.okr.core.model.MetricMeasure;
import dev.cascade.okr.core.model.MilestoneMeasure;
import dev.cascade.okr.core.model.Rates;
import dev.cascade.okr.core.model.StatusCategory;
import dev.cascade.okr.core.model.Weight;
import dev.cascade.okr.core.progress.AchievementRate;
import dev.cascade.okr.core.progress.KeyResultEvaluation;
import dev.cascade.okr.core.progress.KeyResultProgressPolicy;
import dev.cascade.okr.core.progress.Observation;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The one rule for a goal's achievement rate in an appraisal: from the evidence of its key results, never typed in.
 *
 * <p>Key result: the rate is {@link KeyResultProgressPolicy}'s achievement rate of the key result's measure and its
 * evidence (the latest check-in, or the counted issues), shown with its actual and target:
 * <ul>
 *   <li>metric up: actual ÷ target (48 ÷ 50 = 96.0%, 23000 ÷ 20000 = 115.0%); down: target ÷ actual;</li>
 *   <li>numeric field: the field's sum over Done issues ÷ target;</li>
 *   <li>share of issues Done: Done issues ÷ all issues; story points: Done points ÷ all points; partial credit:
 *       credited issues ÷ all issues;</li>
 *   <li>milestone: 1 (done) or 0 ÷ 1; band: the band's progress (1 inside, less the farther outside).</li>
 * </ul>
 * No evidence (no check-in, no computed issues, a broken link) leaves the rate undefined, never 0.
 *
 * <p>Goal: {@code rate = Σ weight × rate ÷ Σ weight} over the key results, not capped, rounded half-up once from the
 * exact quotient to 4 decimals (0.01%) and carried at the rate scale ({@link Rates}). A key result's rate is a
 * fraction with {@value Rates#SCALE} decimals.
 * Weights that do not sum to 100% (a draft) are divided by their total; when every weight is 0 the key results count
 * equally. A key result that counts (weight above 0) without a rate leaves the goal's rate unknown, naming it, rather
 * than leaving it out: an appraisal must not grow because a key result was never measured (a manager may then set the
 * rate, with a reason: {@link AchievementOverride}). A goal without key results has no rate.
 */
public final class AchievementPolicy {

    private static final KeyResultProgressPolicy PROGRESS = new KeyResultProgressPolicy();

    /**
     * One key result's line.
     *
     * @param keyResult the key result, with its measure (its current target) and weight
     * @param observationOrNull what it was measured from: the check-in log's observation for a measured key result,
     *     the stored issue evidence for an issue-driven one; {@code null} when there is none yet
     */
    public KeyResultAchievement keyResult(KeyResult keyResult, Observation observationOrNull) {
        Objects.requireNonNull(keyResult, "keyResult");
        Measure measure = keyResult.measure();
        AchievementBasis basis = basis(measure);
        if (observationOrNull == null) {
            return line(keyResult, basis, null, target(measure, null),
                    AchievementRate.undefined(AchievementRate.Undefined.NO_DATA));
        }
        KeyResultEvaluation evaluation = PROGRESS.evaluate(measure, observationOrNull);
        AchievementRate rate = evaluation.achievementRate();
        IssueCompletion completion = observationOrNull instanceof Observation.Issues issues
                ? issues.completion() : null;
        BigDecimal actual = switch (basis) {
            case METRIC_INCREASE, METRIC_DECREASE, BAND, NUMERIC_FIELD -> evaluation.actual().orElse(null);
            case MILESTONE -> observationOrNull instanceof Observation.Milestone m
                    ? (m.done() ? BigDecimal.ONE : BigDecimal.ZERO) : null;
            case ISSUE_COUNT_DONE -> completion == null ? null : BigDecimal.valueOf(completion.done());
            case STORY_POINTS_DONE -> completion == null ? null
                    : BigDecimal.valueOf(completion.tally(StatusCategory.DONE).storyPoints());
            case STATUS_WEIGHTED -> completion == null || !rate.isDefined() ? null
                    : rate.rate().multiply(BigDecimal.valueOf(completion.total()))
                            .setScale(2, RoundingMode.HALF_UP);
        };
        if (!evaluation.computedProgress().hasData() && basis != AchievementBasis.NUMERIC_FIELD) {
            actual = null;
        }
        return line(keyResult, basis, actual, target(measure, completion), rate);
    }

    /** The goal's rate from its key results' lines, in the goal's order. */
    public GoalAchievement goal(List<KeyResultAchievement> keyResults) {
        Objects.requireNonNull(keyResults, "keyResults");
        long total = keyResults.stream().mapToLong(k -> k.weight().basisPoints()).sum();
        boolean equal = total == 0 && !keyResults.isEmpty();
        List<Long> missing = new ArrayList<>();
        BigDecimal sum = BigDecimal.ZERO;
        long counted = 0;
        List<String> terms = new ArrayList<>();
        for (KeyResultAchievement line : keyResults) {
            long weight = equal ? 1 : line.weight().basisPoints();
            String rateText = line.rate().isDefined() ? Arithmetic.ratePercent(line.rate().rate())
                    : Arithmetic.UNKNOWN;
            terms.add(equal ? rateText : Arithmetic.percent(line.weight()) + " × " + rateText);
            if (weight == 0) {
                continue;
            }
            if (!line.rate().isDefined()) {
                missing.add(line.keyResultId());
                continue;
            }
            sum = sum.add(BigDecimal.valueOf(weight).multiply(line.rate().rate()));
            counted += weight;
        }
        BigDecimal rate = keyResults.isEmpty() || !missing.isEmpty() ? null
                : Rates.fraction(sum.divide(BigDecimal.valueOf(counted), 4, Rates.ROUNDING));
        String result = rate == null ? Arithmetic.UNKNOWN : Arithmetic.ratePercent(rate);
        String joined = String.join(" + ", terms);
        String explanation;
        if (keyResults.isEmpty()) {
            explanation = Arithmetic.UNKNOWN;
        } else if (equal) {
            explanation = "(" + joined + ") ÷ " + keyResults.size() + " = " + result;
        } else if (total == Weight.FULL.basisPoints()) {
            explanation = joined + " = " + result;
        } else {
            explanation = "(" + joined + ") ÷ " + BigDecimal.valueOf(total, 2).stripTrailingZeros().toPlainString()
                    + "% = " + result;
        }
        return new GoalAchievement(keyResults, equal, missing, rate, explanation);
    }

    /**
     * A line as it was stored, for stores reading a snapshot back; its explanation is made again from its parts.
     */
    public KeyResultAchievement restore(long keyResultId, String title, Weight weight, AchievementBasis basis,
            BigDecimal actual, BigDecimal target, AchievementRate rate, BigDecimal bandLow, BigDecimal bandHigh) {
        return new KeyResultAchievement(keyResultId, title, weight, basis, actual, target, rate, bandLow, bandHigh,
                explanation(basis, actual, target, rate, bandLow, bandHigh));
    }

    private static KeyResultAchievement line(KeyResult keyResult, AchievementBasis basis, BigDecimal rawActual,
            BigDecimal rawTarget, AchievementRate rate) {
        BigDecimal actual = Rates.plain(rawActual);
        BigDecimal target = Rates.plain(rawTarget);
        BandMeasure band = keyResult.measure() instanceof BandMeasure b ? b : null;
        BigDecimal low = band == null ? null : band.low();
        BigDecimal high = band == null ? null : band.high();
        return new KeyResultAchievement(keyResult.id().value(), keyResult.title(), keyResult.weight(), basis, actual,
                target, rate, low, high, explanation(basis, actual, target, rate, low, high));
    }

    private static String explanation(AchievementBasis basis, BigDecimal actual, BigDecimal target,
            AchievementRate rate, BigDecimal bandLow, BigDecimal bandHigh) {
        String result = rate.isDefined() ? Arithmetic.ratePercent(rate.rate()) : Arithmetic.UNKNOWN;
        String a = actual == null ? Arithmetic.UNKNOWN : plain(actual);
        if (basis == AchievementBasis.BAND) {
            String range = "[" + (bandLow == null ? Arithmetic.UNKNOWN : plain(bandLow)) + ", "
                    + (bandHigh == null ? Arithmetic.UNKNOWN : plain(bandHigh)) + "]";
            boolean inside = actual != null && bandLow != null && bandHigh != null
                    && actual.compareTo(bandLow) >= 0 && actual.compareTo(bandHigh) <= 0;
            return a + (inside ? " ∈ " : " ∉ ") + range + " → " + result;
        }
        String t = target == null ? Arithmetic.UNKNOWN : plain(target);
        return (basis == AchievementBasis.METRIC_DECREASE ? t + " ÷ " + a : a + " ÷ " + t) + " = " + result;
    }

    private static AchievementBasis basis(Measure measure) {
        if (measure instanceof MetricMeasure metric) {
            return metric.direction() == Direction.INCREASE ? AchievementBasis.METRIC_INCREASE
                    : AchievementBasis.METRIC_DECREASE;
        }
        if (measure instanceof BandMeasure) {
            return AchievementBasis.BAND;
        }
        if (measure instanceof MilestoneMeasure) {
            return AchievementBasis.MILESTONE;
        }
        IssueMeasure issues = (IssueMeasure) measure;
        return switch (issues.basis()) {
            case ISSUE_COUNT_DONE -> AchievementBasis.ISSUE_COUNT_DONE;
            case STORY_POINTS_DONE -> AchievementBasis.STORY_POINTS_DONE;
            case STATUS_WEIGHTED -> AchievementBasis.STATUS_WEIGHTED;
            case NUMERIC_FIELD -> AchievementBasis.NUMERIC_FIELD;
        };
    }

    /**
     * The value that counts as 100%: the metric's or the field's target (the key result's current target), 1 for a
     * milestone, the issues' total (or all story points) for issue shares; {@code null} for a band.
     */
    private static BigDecimal target(Measure measure, IssueCompletion completion) {
        if (measure instanceof MetricMeasure metric) {
            return metric.target();
        }
        if (measure instanceof MilestoneMeasure) {
            return BigDecimal.ONE;
        }
        if (measure instanceof IssueMeasure issues) {
            return switch (issues.basis()) {
                case NUMERIC_FIELD -> issues.target();
                case STORY_POINTS_DONE -> completion == null ? null : BigDecimal.valueOf(completion.storyPoints());
                case ISSUE_COUNT_DONE, STATUS_WEIGHTED -> completion == null ? null
                        : BigDecimal.valueOf(completion.total());
            };
        }
        return null;
    }


    /** A number without trailing zeros or grouping: {@code 23000}, {@code 3.5}. */
    private static String plain(BigDecimal value) {
        return Rates.plain(value).toPlainString();
    }
}
