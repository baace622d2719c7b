package dev.cascade.okr.core.appraisal;

import dev.cascade.okr.core.model.Direction;
import dev.cascade.okr.core.model.KeyResult;
import dev.cascade.okr.core.model.Measure;
import dev.cascade.okr.core.model.MetricMeasure;
import dev.cascade.okr.core.model.Objective;
import dev.cascade.okr.core.model.Period;
import dev.cascade.okr.core.model.Progress;
import dev.cascade.okr.core.model.Weight;
import dev.cascade.okr.core.validation.Require;
import dev.cascade.okr.core.validation.Validated;
import dev.cascade.okr.core.validation.Violation;
import dev.cascade.okr.core.validation.ViolationCode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * Which key results of a goal are unfinished at the end of its period, and what of them goes into a draft goal of the
 * next period (结转): the lessons of one year feed the next.
 *
 * <ul>
 *   <li><b>Unfinished</b>: the progress shown is below 100% (or has no data), or the achievement rate is below 100%
 *       (or undefined) — either says the target was not reached.</li>
 *   <li><b>What remains</b>: a metric starts the new period from its last actual towards the same target (and tiers,
 *       and the same kind of check-in values), so its remaining distance is |target − actual|; when there is no actual,
 *       or the actual already passes the
 *       target (an override said unfinished), the measure is copied. Bands, milestones and issue-driven key results
 *       (the same links: the unfinished issues are still there) are copied.</li>
 *   <li><b>Weights</b>: the carried key results keep their proportions, re-split to sum to 100% (in hundredths of a
 *       per-cent, the remainder to the first); when they all weighed 0 they share equally.</li>
 *   <li>Only forward: the new period must start after the goal's period ends.</li>
 * </ul>
 */
public final class CarryOverPolicy {

    /**
     * The key results to carry, in the goal's order; empty when every key result is finished.
     *
     * @param goal the goal of the closed period
     * @param lines its key results' achievement lines, in the goal's order ({@link AchievementPolicy#keyResult})
     * @param to the period of the draft to create
     */
    public Validated<List<CarriedKeyResult>> carry(Objective goal, List<KeyResultAchievement> lines, Period to) {
        Require.present("goal", goal, "lines", lines, "to", to);
        if (lines.size() != goal.keyResults().size()) {
            throw new IllegalArgumentException("one line per key result: " + lines.size() + " lines, "
                    + goal.keyResults().size() + " key results");
        }
        if (!to.start().isAfter(goal.period().end())) {
            return Validated.invalid(List.of(Violation.of(ViolationCode.CARRY_OVER_PERIOD_NOT_AFTER, "toPeriod",
                    to.start().toString(), goal.period().end().toString())));
        }
        List<KeyResult> unfinished = new ArrayList<>();
        List<KeyResultAchievement> unfinishedLines = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            KeyResult keyResult = goal.keyResults().get(i);
            if (isUnfinished(keyResult, lines.get(i))) {
                unfinished.add(keyResult);
                unfinishedLines.add(lines.get(i));
            }
        }
        List<Weight> weights = weights(unfinished);
        List<CarriedKeyResult> carried = new ArrayList<>();
        for (int i = 0; i < unfinished.size(); i++) {
            KeyResult keyResult = unfinished.get(i);
            KeyResultAchievement line = unfinishedLines.get(i);
            carried.add(new CarriedKeyResult(keyResult, weights.get(i), remainingMeasure(keyResult.measure(), line),
                    remaining(line)));
        }
        return Validated.valid(List.copyOf(carried));
    }

    /** Whether the key result did not reach its target: progress below 100% or no data, or a rate below 100%. */
    public boolean isUnfinished(KeyResult keyResult, KeyResultAchievement line) {
        Progress progress = keyResult.progress();
        return !progress.hasData() || progress.fraction() < 1.0 || !line.isMet();
    }

    private static Measure remainingMeasure(Measure measure, KeyResultAchievement line) {
        if (!(measure instanceof MetricMeasure metric) || line.actual() == null) {
            return measure;
        }
        int sign = metric.direction() == Direction.INCREASE ? 1 : -1;
        if (sign * metric.target().compareTo(line.actual()) < 0) {
            return measure;
        }
        return new MetricMeasure(metric.direction(), line.actual(), metric.tiers(), metric.unit(),
                metric.checkInValues());
    }

    private static BigDecimal remaining(KeyResultAchievement line) {
        if (line.actual() == null || line.target() == null) {
            return null;
        }
        return line.target().subtract(line.actual()).abs();
    }

    private static List<Weight> weights(List<KeyResult> carried) {
        if (carried.isEmpty()) {
            return List.of();
        }
        long total = carried.stream().mapToLong(k -> k.weight().basisPoints()).sum();
        if (total == 0) {
            return Weight.equalShares(carried.size());
        }
        int[] shares = new int[carried.size()];
        int given = 0;
        for (int i = 0; i < shares.length; i++) {
            shares[i] = (int) (carried.get(i).weight().basisPoints() * (long) Weight.FULL.basisPoints() / total);
            given += shares[i];
        }
        shares[0] += Weight.FULL.basisPoints() - given;
        List<Weight> weights = new ArrayList<>();
        for (int share : shares) {
            weights.add(new Weight(share));
        }
        return weights;
    }
}
