package dev.cascade.okr.core.progress;

import dev.cascade.okr.core.model.Rates;
import dev.cascade.okr.core.validation.WireCode;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * The achievement rate (达成率) of a key result as a fraction, not clamped: 1.0 is the target met, 1.15 is 15% beyond
 * it, and that is a real answer. When no honest ratio exists it is explicitly undefined, with a reason — never NaN,
 * never a silent 0.
 *
 * <p>Invariant: a defined rate is a fraction at {@link Rates#SCALE} decimals, rounded {@link Rates#ROUNDING} once
 * (possibly negative or above 1); an undefined one has a reason.
 * How each kind of key result defines the ratio is stated in {@link KeyResultProgressPolicy}.
 */
public final class AchievementRate {

    /**
     * The largest rate there is, 10^15 (and its negation the smallest): an absurd ratio (a target of 0.000001 and an
     * actual of 10^400) saturates here rather than growing without bound, so every rate fits the stores' columns.
     */
    public static final BigDecimal MAX = BigDecimal.TEN.pow(15);

    private final BigDecimal rate;
    private final Undefined reason;

    private AchievementRate(BigDecimal rate, Undefined reason) {
        this.rate = rate;
        this.reason = reason;
    }

    /**
     * A defined rate, rounded to the rate scale.
     *
     * @param rate the fraction, 1.0 = target met; not clamped, but held within ±{@link #MAX}
     */
    public static AchievementRate of(BigDecimal rate) {
        return new AchievementRate(Rates.fraction(rate.min(MAX).max(MAX.negate())), null);
    }

    /**
     * A defined rate from a {@code double} share (an issue share, a band's progress), rounded to the rate scale.
     *
     * @param rate the fraction, 1.0 = target met; not clamped
     * @throws IllegalArgumentException for NaN or infinities, which are never a rate
     */
    public static AchievementRate of(double rate) {
        return of(Rates.fraction(rate));
    }

    /** A rate that cannot be given, and why. */
    public static AchievementRate undefined(Undefined reason) {
        return new AchievementRate(null, Objects.requireNonNull(reason, "reason"));
    }

    /** Whether there is a rate. */
    public boolean isDefined() {
        return reason == null;
    }

    /**
     * The rate as a fraction at {@link Rates#SCALE} decimals, not clamped.
     *
     * @throws IllegalStateException when undefined
     */
    public BigDecimal rate() {
        if (!isDefined()) {
            throw new IllegalStateException("achievement rate undefined: " + reason);
        }
        return rate;
    }

    /** The whole per-cent, rounded half up (0.9649 is 96, 1.15 is 115), for display. */
    public long percent() {
        return rate().movePointRight(2).setScale(0, Rates.ROUNDING).longValueExact();
    }

    /**
     * Why there is no rate.
     *
     * @throws IllegalStateException when the rate is defined
     */
    public Undefined reason() {
        if (isDefined()) {
            throw new IllegalStateException("achievement rate is defined");
        }
        return reason;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof AchievementRate that
                && (isDefined() ? that.isDefined() && rate.equals(that.rate) : reason == that.reason);
    }

    @Override
    public int hashCode() {
        return isDefined() ? rate.hashCode() : reason.hashCode();
    }

    @Override
    public String toString() {
        return isDefined() ? "AchievementRate[" + rate.toPlainString() + "]"
                : "AchievementRate[undefined: " + reason + "]";
    }

    /**
     * Why a key result has no achievement rate. Each constant has the i18n key
     * {@code cascade.achievement-rate.undefined.<name in lower case with dashes>}.
     */
    public enum Undefined {

        /** There is nothing measured (no check-in, empty epic, broken link...); the progress says why. */
        NO_DATA,

        /** The target is 0, so a ratio against it says nothing. */
        ZERO_TARGET,

        /** A decreasing key result's actual is 0, so target ÷ actual has no value (the target is surely met). */
        ZERO_ACTUAL,

        /** A ratio with a negative target, or a decreasing key result's negative actual, would read backwards. */
        NEGATIVE_VALUE;

        /** The i18n key of the text people read, e.g. {@code cascade.achievement-rate.undefined.zero-target}. */
        public String messageKey() {
            return "cascade.achievement-rate.undefined." + WireCode.of(this);
        }
    }
}
