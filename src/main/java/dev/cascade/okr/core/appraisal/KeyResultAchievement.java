package dev.cascade.okr.core.appraisal;

import dev.cascade.okr.core.model.Weight;
import dev.cascade.okr.core.progress.AchievementRate;
import dev.cascade.okr.core.validation.Require;
import java.math.BigDecimal;
import java.util.Optional;

/**
 * One key result's line in a goal's achievement derivation: what was measured (actual), what it was measured against
 * (target), the rate that gives, and the key result's weight in the goal.
 *
 * <p>Made by {@link AchievementPolicy#keyResult}. Units: actual and target in the key result's own unit (issues, story
 * points, a field's unit...); the rate is a fraction, not capped. Invariants: every part but actual and target is
 * present; when the rate is defined the explanation ends in it. A band has no single target ({@code target} empty);
 * its rate is the band's progress.
 *
 * @param keyResultId the key result's id
 * @param title the key result's title when the line was made
 * @param weight its weight in the goal
 * @param basis how actual and target were read
 * @param actual the measured value, or {@code null} when nothing was measured
 * @param target the value that counts as 100%, or {@code null} (a band; no issues yet)
 * @param rate actual ÷ target (target ÷ actual for a decrease), or undefined with its reason
 * @param bandLow a band's low end, {@code null} for other kinds
 * @param bandHigh a band's high end, {@code null} for other kinds
 * @param explanation the arithmetic in numbers and symbols, e.g. {@code 48 ÷ 50 = 96.0%}
 */
public record KeyResultAchievement(long keyResultId, String title, Weight weight, AchievementBasis basis,
        BigDecimal actual, BigDecimal target, AchievementRate rate, BigDecimal bandLow, BigDecimal bandHigh,
        String explanation) {

    /** Checks presence. */
    public KeyResultAchievement {
        Require.present("title", title, "weight", weight, "basis", basis, "rate", rate, "explanation", explanation);
    }

    /** The measured value, when there is one. */
    public Optional<BigDecimal> actualValue() {
        return Optional.ofNullable(actual);
    }

    /** The value that counts as 100%, when there is a single one. */
    public Optional<BigDecimal> targetValue() {
        return Optional.ofNullable(target);
    }

    /** A band's low end, for a band key result. */
    public Optional<BigDecimal> bandLowValue() {
        return Optional.ofNullable(bandLow);
    }

    /** A band's high end, for a band key result. */
    public Optional<BigDecimal> bandHighValue() {
        return Optional.ofNullable(bandHigh);
    }

    /** Whether the key result reached its target: a defined rate of at least 100%. */
    public boolean isMet() {
        return rate.isDefined() && rate.rate().compareTo(BigDecimal.ONE) >= 0;
    }
}
