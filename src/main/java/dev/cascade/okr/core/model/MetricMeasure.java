package dev.cascade.okr.core.model;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * A number that should move from a start value towards a target, up or down, e.g. revenue 0 → 20,000 or defects
 * 40 → 10.
 *
 * <p>Invariants: every part is present; start and tiers may have any sign; the target lies in the direction from
 * the start ({@code INCREASE}: target ≥ start, {@code DECREASE}: target ≤ start; start = target is allowed) and the
 * tiers are ordered for the direction ({@link TargetTiers#fits}). The unit is free text, possibly empty.
 *
 * @param direction whether more or less is better
 * @param start the value at the beginning of the period, in {@code unit}
 * @param tiers floor, target and stretch, in {@code unit}
 * @param unit what the numbers count, e.g. {@code CNY} or {@code customers}; {@code null} is taken as empty
 */
public record MetricMeasure(Direction direction, BigDecimal start, TargetTiers tiers, String unit)
        implements Measure {

    /** Checks the invariants. */
    public MetricMeasure {
        Objects.requireNonNull(direction, "direction");
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(tiers, "tiers");
        unit = unit == null ? "" : unit;
        int sign = direction == Direction.INCREASE ? 1 : -1;
        if (sign * tiers.target().compareTo(start) < 0) {
            throw new IllegalArgumentException("target " + tiers.target() + " is not in direction " + direction
                    + " from start " + start);
        }
        if (!tiers.fits(direction)) {
            throw new IllegalArgumentException("tiers " + tiers + " are not ordered for " + direction);
        }
    }

    /** The target tier, the value that counts as 100%. */
    public BigDecimal target() {
        return tiers.target();
    }

    @Override
    public Kind kind() {
        return Kind.METRIC;
    }
}
