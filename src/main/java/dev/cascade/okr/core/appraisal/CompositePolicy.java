package dev.cascade.okr.core.appraisal;

import dev.cascade.okr.core.model.Rates;
import dev.cascade.okr.core.model.Weight;
import dev.cascade.okr.core.validation.Validated;
import dev.cascade.okr.core.validation.Violation;
import dev.cascade.okr.core.validation.ViolationCode;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The one rule for composite scores, for a goal and for a person, each with the arithmetic shown.
 *
 * <p>Goal: {@code composite = resultsWeight × max(0, min(rate, cap)) × 100 + processWeight × score × 100 ÷ max},
 * each of the two parts rounded half-up to 0.01 point, their sum capped at 100 and rounded half-up to 0.1. A negative
 * rate (a loss against a profit target) earns no result points but does not eat the process points. Rounding the
 * parts first means the explanation's sum is exactly the sum of the parts it shows.
 *
 * <p>Person: {@code composite = Σ goalWeight × goalComposite}, each product rounded half-up to 0.01, the sum rounded
 * half-up to 0.1; the goal weights must sum to 100% (zero weights are allowed).
 *
 * <p>The published examples (甲 96% and 4 of 5 → 92; 乙 115% and 5 of 5 → 98) come from no single formula; under the
 * defaults this rule gives 91.2 (Good) and 100.0 (Excellent): the same grades.
 */
public final class CompositePolicy {

    /**
     * A goal's composite, incomplete when the rate or the score is {@code null}; refused when the score is
     * off the scheme's scale.
     *
     * @param achievementRate actual ÷ target as a fraction (1.15 = 115%), not capped; {@code null} when not known
     * @param processScore the manager's process score; {@code null} when not given yet
     */
    public Validated<Composite> goalComposite(AppraisalScheme scheme, BigDecimal achievementRate,
            Integer processScore) {
        return goalComposite(scheme, achievementRate, processScore, null);
    }

    /**
     * A goal's composite as {@link #goalComposite(AppraisalScheme, BigDecimal, Integer)} computes it, with the rate a
     * manager set in place of the computed one: the override's rate is used and the composite names the override.
     *
     * @param computedRate the rate the evidence gives ({@link GoalAchievement}), ignored when overridden
     * @param processScore the manager's process score; {@code null} when not given yet
     * @param overrideOrNull the manager's rate and reason, or {@code null}
     */
    public Validated<Composite> goalComposite(AppraisalScheme scheme, BigDecimal computedRate, Integer processScore,
            AchievementOverride overrideOrNull) {
        Objects.requireNonNull(scheme, "scheme");
        BigDecimal achievementRate = overrideOrNull != null ? overrideOrNull.rate()
                : computedRate == null ? null : Rates.fraction(computedRate);
        List<Violation> violations = new ArrayList<>();
        if (processScore != null && !scheme.isOnScale(processScore)) {
            violations.add(Violation.of(ViolationCode.APPRAISAL_PROCESS_SCORE_OUT_OF_RANGE, "processScore",
                    String.valueOf(scheme.processScaleMin()), String.valueOf(scheme.processScaleMax())));
        }
        if (!violations.isEmpty()) {
            return Validated.invalid(violations);
        }
        BigDecimal results = achievementRate == null ? null : resultsPoints(scheme, achievementRate);
        BigDecimal process = processScore == null ? null : processPoints(scheme, processScore);
        BigDecimal total = results == null || process == null ? null : Arithmetic.total(results.add(process));
        String explanation = Arithmetic.percent(scheme.resultsWeight()) + " × "
                + achievementTerm(scheme, achievementRate) + " + " + Arithmetic.percent(scheme.processWeight())
                + " × " + processTerm(scheme, processScore) + " = " + Arithmetic.tail(listOf(results, process), total);
        return Validated.valid(new Composite(achievementRate, processScore, results, process, total,
                total == null ? null : scheme.grade(total), explanation, overrideOrNull));
    }

    /**
     * A person's composite from the goal composites and the goals' weights; incomplete while a goal with a weight
     * above zero is incomplete; refused when there is no goal or the weights do not sum to 100%.
     */
    public Validated<PersonComposite> personComposite(AppraisalScheme scheme, List<WeightedComposite> goals) {
        Objects.requireNonNull(scheme, "scheme");
        if (goals == null || goals.isEmpty()) {
            return Validated.invalid(List.of(Violation.of(ViolationCode.APPRAISAL_GOALS_REQUIRED, "goals")));
        }
        int basisPoints = goals.stream().mapToInt(goal -> goal.weight().basisPoints()).sum();
        if (basisPoints != Weight.FULL.basisPoints()) {
            return Validated.invalid(List.of(Violation.of(ViolationCode.WEIGHTS_NOT_100, "goals",
                    BigDecimal.valueOf(basisPoints, 2).toPlainString())));
        }
        List<BigDecimal> products = new ArrayList<>();
        List<Integer> incomplete = new ArrayList<>();
        StringBuilder terms = new StringBuilder();
        for (int i = 0; i < goals.size(); i++) {
            Weight weight = goals.get(i).weight();
            Composite composite = goals.get(i).composite();
            terms.append(i == 0 ? "" : " + ").append(Arithmetic.percent(weight)).append(" × ")
                    .append(composite.isComplete() ? Arithmetic.score(composite.score()) : Arithmetic.UNKNOWN);
            if (composite.isComplete()) {
                products.add(BigDecimal.valueOf(weight.basisPoints()).multiply(composite.score())
                        .movePointLeft(4).setScale(2, RoundingMode.HALF_UP));
            } else if (weight.basisPoints() == 0) {
                products.add(BigDecimal.ZERO.setScale(2));
            } else {
                products.add(null);
                incomplete.add(i);
            }
        }
        BigDecimal total = incomplete.isEmpty()
                ? Arithmetic.total(products.stream().reduce(BigDecimal.ZERO, BigDecimal::add))
                : null;
        return Validated.valid(new PersonComposite(goals, incomplete, total,
                total == null ? null : scheme.grade(total), terms + " = " + Arithmetic.tail(products, total)));
    }

    private static BigDecimal resultsPoints(AppraisalScheme scheme, BigDecimal rate) {
        BigDecimal used = rate.signum() < 0 ? BigDecimal.ZERO : rate.min(scheme.achievementCap());
        // basis points × fraction ÷ 100 = weight × fraction × 100 points
        return BigDecimal.valueOf(scheme.resultsWeight().basisPoints()).multiply(used).movePointLeft(2)
                .setScale(2, RoundingMode.HALF_UP);
    }

    private static BigDecimal processPoints(AppraisalScheme scheme, int processScore) {
        // basis points × score ÷ (100 × max) = weight × score × 100 ÷ max points, rounded once
        return BigDecimal.valueOf((long) scheme.processWeight().basisPoints() * processScore)
                .divide(BigDecimal.valueOf(100L * scheme.processScaleMax()), 2, RoundingMode.HALF_UP);
    }

    private static String achievementTerm(AppraisalScheme scheme, BigDecimal achievementRate) {
        if (achievementRate != null && achievementRate.signum() < 0) {
            return "max(" + Arithmetic.ratePercent(achievementRate) + ", 0%)";
        }
        return "min(" + (achievementRate == null ? Arithmetic.UNKNOWN : Arithmetic.ratePercent(achievementRate))
                + ", " + Arithmetic.percent(scheme.achievementCap()) + ")";
    }

    private static String processTerm(AppraisalScheme scheme, Integer processScore) {
        String score = processScore == null ? Arithmetic.UNKNOWN : String.valueOf(processScore);
        int max = scheme.processScaleMax();
        return "(" + score + " × " + (100 % max == 0 ? String.valueOf(100 / max) : "100 ÷ " + max) + ")";
    }

    private static List<BigDecimal> listOf(BigDecimal first, BigDecimal second) {
        List<BigDecimal> parts = new ArrayList<>();
        parts.add(first);
        parts.add(second);
        return parts;
    }
}
