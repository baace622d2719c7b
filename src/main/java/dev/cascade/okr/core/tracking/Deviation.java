package dev.cascade.okr.core.tracking;

import dev.cascade.okr.core.model.Rates;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Objects;
import java.util.Optional;

/**
 * How far an actual is from its plan (偏差率): {@code rate = (actual - planned) / |planned|}, a fraction
 * (−0.1667 is 16.67% below plan), not clamped; or an explicit undefined state with its {@link NoDeviationReason}.
 *
 * <p>For every positive plan this is the glossary's {@code (actual − planned) ÷ planned}; dividing by the size of the
 * plan keeps "positive = above plan" also for a negative planned amount (a planned fall, see {@link Plan}). The rate is
 * never NaN and
 * never a silent 0: callers ask {@link #isDefined()} before {@link #rate()}. Whether above plan is good or bad depends
 * on the key result's direction and is decided by {@link TrackingPolicy}, not here.
 */
public final class Deviation {

    private final BigDecimal planned;
    private final BigDecimal actual;

    private Deviation(BigDecimal planned, BigDecimal actual) {
        this.planned = planned;
        this.actual = actual;
    }

    /**
     * The deviation of {@code actual} from {@code planned}.
     *
     * @param planned the planned amount; required
     * @param actual the actual amount, or {@code null} when none was reported
     * @throws IllegalArgumentException when the rate would not fit a {@code double}, which is how JSON readers such as
     *     a browser read the number (only for amounts far beyond the limits that {@link Plan} and
     *     {@link CheckInPolicy} accept)
     */
    public static Deviation of(BigDecimal planned, BigDecimal actual) {
        Objects.requireNonNull(planned, "planned");
        Deviation deviation = new Deviation(Inputs.normalize(planned),
                actual == null ? null : Inputs.normalize(actual));
        if (deviation.isDefined() && Double.isInfinite(deviation.exactRate().doubleValue())) {
            throw new IllegalArgumentException("deviation rate out of range: " + actual + " vs " + planned);
        }
        return deviation;
    }

    /** Whether there is a rate: an actual exists and something was planned. */
    public boolean isDefined() {
        return actual != null && planned.signum() != 0;
    }

    /**
     * The rate as a fraction at the rate scale ({@link Rates}, {@value Rates#SCALE} decimals, half up, rounded once
     * from the exact quotient): −0.25 is 25% below plan, 0.25 is 25% above, 10 against 12 is −0.166667.
     *
     * @throws IllegalStateException when undefined
     */
    public BigDecimal rate() {
        requireDefined();
        return Rates.ratio(actual.subtract(planned), planned.abs());
    }

    /**
     * The rate unrounded (34 significant digits), for comparing it with a threshold so that rounding never moves a
     * key result across one.
     *
     * @throws IllegalStateException when undefined
     */
    BigDecimal exactRate() {
        requireDefined();
        return actual.subtract(planned).divide(planned.abs(), MathContext.DECIMAL128);
    }

    /**
     * The rate in per-cent rounded half up to one decimal, for display only: −16.7 for 10 against 12.
     *
     * @throws IllegalStateException when undefined
     */
    public BigDecimal percentForDisplay() {
        requireDefined();
        // Divide once with the final scale so the rounding sees the exact quotient (no double rounding).
        return actual.subtract(planned).movePointRight(2).divide(planned.abs(), 1, RoundingMode.HALF_UP);
    }

    /** The planned amount, without trailing zeros. */
    public BigDecimal planned() {
        return planned;
    }

    /** The actual amount, without trailing zeros, when one was reported. */
    public Optional<BigDecimal> actual() {
        return Optional.ofNullable(actual);
    }

    /**
     * Why there is no rate; a missing actual is named before a zero plan.
     *
     * @throws IllegalStateException when the rate is defined
     */
    public NoDeviationReason reason() {
        if (isDefined()) {
            throw new IllegalStateException("deviation is defined");
        }
        return actual == null ? NoDeviationReason.NO_ACTUAL : NoDeviationReason.NOTHING_PLANNED;
    }

    private void requireDefined() {
        if (!isDefined()) {
            throw new IllegalStateException("no deviation: " + reason());
        }
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Deviation that && planned.equals(that.planned) && Objects.equals(actual, that.actual);
    }

    @Override
    public int hashCode() {
        return Objects.hash(planned, actual);
    }

    @Override
    public String toString() {
        return "Deviation[planned " + planned + ", actual " + actual
                + (isDefined() ? ", " + percentForDisplay() + "%]" : ", " + reason() + "]");
    }
}
