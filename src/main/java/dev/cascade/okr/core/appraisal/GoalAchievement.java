package dev.cascade.okr.core.appraisal;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A goal's achievement rate (达成率) derived from the evidence of its key results: each key result's actual ÷ target,
 * weighted by the key results' weights, with every line and the arithmetic shown.
 *
 * <p>Made by {@link AchievementPolicy#goal}. Units: the rate is a fraction rounded half-up to 4 decimals (0.01%) and
 * carried at the rate scale ({@link dev.cascade.okr.core.model.Rates}: 0.960000), not capped (the composite caps it
 * as the scheme says). Invariant: the rate is known exactly when there is at least one key result and no key result
 * that counts ({@link #missing()}) lacks a rate.
 */
public final class GoalAchievement {

    private final List<KeyResultAchievement> keyResults;
    private final boolean equalWeights;
    private final List<Long> missing;
    private final BigDecimal rate;
    private final String explanation;

    GoalAchievement(List<KeyResultAchievement> keyResults, boolean equalWeights, List<Long> missing, BigDecimal rate,
            String explanation) {
        this.keyResults = List.copyOf(keyResults);
        this.equalWeights = equalWeights;
        this.missing = List.copyOf(missing);
        if ((rate != null) != (!this.keyResults.isEmpty() && this.missing.isEmpty())) {
            throw new IllegalArgumentException("inconsistent achievement: rate " + rate + ", missing " + missing
                    + ", key results " + keyResults.size());
        }
        this.rate = rate;
        this.explanation = Objects.requireNonNull(explanation, "explanation");
    }

    /** The key results' lines, in the goal's order. */
    public List<KeyResultAchievement> keyResults() {
        return keyResults;
    }

    /** Whether every key result weighs 0, so they were counted equally instead. */
    public boolean equalWeights() {
        return equalWeights;
    }

    /** The ids of the key results that count (weight above 0) but have no rate; empty when complete. */
    public List<Long> missing() {
        return missing;
    }

    /** Whether the rate is known. */
    public boolean isComplete() {
        return rate != null;
    }

    /** The weighted rate as a fraction (1.15 = 115%), not capped, when known. */
    public Optional<BigDecimal> rate() {
        return Optional.ofNullable(rate);
    }

    /**
     * The weighting in numbers and symbols, e.g. {@code 50% × 96.0% + 50% × 115.0% = 105.5%}; when the weights do not
     * sum to 100% the sum is divided by their total; {@code ?} for an unknown rate.
     */
    public String explanation() {
        return explanation;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof GoalAchievement that && keyResults.equals(that.keyResults)
                && equalWeights == that.equalWeights && Objects.equals(rate, that.rate)
                && explanation.equals(that.explanation);
    }

    @Override
    public int hashCode() {
        return Objects.hash(keyResults, equalWeights, rate, explanation);
    }

    @Override
    public String toString() {
        return "GoalAchievement[" + explanation + "]";
    }
}
