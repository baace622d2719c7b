package dev.cascade.okr.core.progress;

import java.util.Locale;
import java.util.Objects;

/**
 * The achievement rate (达成率) of a key result as a fraction, not clamped: 1.0 is the target met, 1.15 is 15% beyond
 * it, and that is a real answer. When no honest ratio exists it is explicitly undefined, with a reason — never NaN,
 * never a silent 0.
 *
 * <p>Invariant: a defined rate is a finite number (possibly negative or above 1); an undefined one has a reason.
 * How each kind of key result defines the ratio is stated in {@link KeyResultProgressPolicy}.
 */
public final class AchievementRate {

    private final double rate;
    private final Undefined reason;

    private AchievementRate(double rate, Undefined reason) {
        this.rate = rate;
        this.reason = reason;
    }

    /**
     * A defined rate.
     *
     * @param rate the fraction, 1.0 = target met; not clamped
     * @throws IllegalArgumentException for NaN or infinities, which are never a rate
     */
    public static AchievementRate of(double rate) {
        if (!Double.isFinite(rate)) {
            throw new IllegalArgumentException("achievement rate must be finite: " + rate);
        }
        return new AchievementRate(rate + 0.0, null);
    }

    /** A rate that cannot be given, and why. */
    public static AchievementRate undefined(Undefined reason) {
        return new AchievementRate(Double.NaN, Objects.requireNonNull(reason, "reason"));
    }

    /** Whether there is a rate. */
    public boolean isDefined() {
        return reason == null;
    }

    /**
     * The rate as a fraction, not clamped.
     *
     * @throws IllegalStateException when undefined
     */
    public double rate() {
        if (!isDefined()) {
            throw new IllegalStateException("achievement rate undefined: " + reason);
        }
        return rate;
    }

    /** The whole per-cent, rounded half up (0.9649 is 96, 1.15 is 115), for display. */
    public long percent() {
        return Math.round(rate() * 100.0);
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
                && (isDefined() ? that.isDefined() && Double.compare(rate, that.rate) == 0 : reason == that.reason);
    }

    @Override
    public int hashCode() {
        return isDefined() ? Double.hashCode(rate) : reason.hashCode();
    }

    @Override
    public String toString() {
        return isDefined() ? "AchievementRate[" + rate + "]" : "AchievementRate[undefined: " + reason + "]";
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
            return "cascade.achievement-rate.undefined." + name().toLowerCase(Locale.ROOT).replace('_', '-');
        }
    }
}
