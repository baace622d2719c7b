package dev.cascade.okr.core.model;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * The one rule for how a rate (an achievement rate, a deviation rate, an overridden rate) is carried: a
 * {@link BigDecimal} fraction (1.15 = 115%) with {@value #SCALE} decimals, rounded {@link RoundingMode#HALF_UP} once
 * where core computes it; per-cent for display has one decimal, also half up. Progress fractions for bars (0–1) are
 * not rates and stay {@code double} (see docs/goal-model.md, "Numbers").
 */
public final class Rates {

    /** Decimals a rate fraction carries: 0.000001 = 0.0001%. */
    public static final int SCALE = 6;
    /** How a rate is rounded to {@link #SCALE}, and a per-cent to one decimal. */
    public static final RoundingMode ROUNDING = RoundingMode.HALF_UP;

    private Rates() {
    }

    /** A fraction at the rate scale: 0.96 is {@code 0.960000}, 0.8333333... is {@code 0.833333}. */
    public static BigDecimal fraction(BigDecimal value) {
        return Objects.requireNonNull(value, "value").setScale(SCALE, ROUNDING);
    }

    /**
     * A fraction computed as a {@code double} (a progress share) at the rate scale, which drops the binary noise:
     * 0.9600000000000001 is {@code 0.960000}.
     *
     * @throws IllegalArgumentException for NaN or infinities, which are never a rate
     */
    public static BigDecimal fraction(double value) {
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException("a rate must be finite: " + value);
        }
        return fraction(BigDecimal.valueOf(value + 0.0));
    }

    /** {@code numerator ÷ denominator} at the rate scale, rounded once from the exact quotient. */
    public static BigDecimal ratio(BigDecimal numerator, BigDecimal denominator) {
        return numerator.divide(denominator, SCALE, ROUNDING);
    }

    /** A fraction as per-cent with one decimal, for display: 0.96 is {@code 96.0}, −0.166667 is {@code -16.7}. */
    public static BigDecimal percentForDisplay(BigDecimal fraction) {
        return fraction.movePointRight(2).setScale(1, ROUNDING);
    }

    /**
     * The value as people read it: without trailing zeros and never in exponent form (23000.0 is 23000, 0.960000 is
     * 0.96); {@code null} stays {@code null}.
     */
    public static BigDecimal plain(BigDecimal value) {
        if (value == null) {
            return null;
        }
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }
}
