package dev.cascade.okr.web.chart;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/**
 * The value axis of a chart: from a round number at or below the lowest value to one at or above the highest, always
 * including 0, in steps of 1, 2 or 5 times a power of ten (about five of them), computed exactly in decimals so that
 * labels read {@code 0.3}, never {@code 0.30000000000000004}.
 *
 * @param low the bottom of the axis
 * @param high the top of the axis, above {@code low}
 * @param ticks the labelled values from {@code low} to {@code high}
 */
record ValueScale(BigDecimal low, BigDecimal high, List<BigDecimal> ticks) {

    private static final int STEPS = 5;

    /** The axis for values from {@code min} to {@code max} ({@code min <= max}). */
    static ValueScale of(BigDecimal min, BigDecimal max) {
        BigDecimal lowest = min.min(BigDecimal.ZERO);
        BigDecimal highest = max.max(BigDecimal.ZERO);
        if (highest.compareTo(lowest) == 0) {
            highest = lowest.add(BigDecimal.ONE);
        }
        BigDecimal step = niceStep(highest.subtract(lowest).divide(BigDecimal.valueOf(STEPS), 20,
                RoundingMode.HALF_UP));
        BigDecimal low = lowest.divide(step, 0, RoundingMode.FLOOR).multiply(step);
        BigDecimal high = highest.divide(step, 0, RoundingMode.CEILING).multiply(step);
        List<BigDecimal> ticks = new ArrayList<>();
        for (BigDecimal tick = low; tick.compareTo(high) <= 0; tick = tick.add(step)) {
            ticks.add(tick.stripTrailingZeros());
        }
        return new ValueScale(low, high, ticks);
    }

    /** Where {@code value} falls on the axis: 0 at the bottom, 1 at the top. */
    double share(BigDecimal value) {
        return value.subtract(low).doubleValue() / high.subtract(low).doubleValue();
    }

    /** The smallest of 1, 2, 5 or 10 times a power of ten that is at least {@code raw} (positive). */
    private static BigDecimal niceStep(BigDecimal raw) {
        BigDecimal stripped = raw.stripTrailingZeros();
        int exponent = stripped.precision() - stripped.scale() - 1;
        BigDecimal power = BigDecimal.ONE.scaleByPowerOfTen(exponent);
        BigDecimal mantissa = stripped.divide(power, 20, RoundingMode.HALF_UP);
        for (int nice : new int[] {1, 2, 5}) {
            if (mantissa.compareTo(BigDecimal.valueOf(nice)) <= 0) {
                return power.multiply(BigDecimal.valueOf(nice));
            }
        }
        return power.multiply(BigDecimal.TEN);
    }
}
