package dev.cascade.okr.core.model;

import dev.cascade.okr.core.validation.Require;
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
 * @param checkInValues whether check-ins report running totals or amounts per period; {@code null} is taken as
 *     {@link CheckInValues#CUMULATIVE}, the default
 */
public record MetricMeasure(Direction direction, BigDecimal start, TargetTiers tiers, String unit,
        CheckInValues checkInValues) implements Measure {

    /** A metric whose check-ins report running totals (the default). */
    public MetricMeasure(Direction direction, BigDecimal start, TargetTiers tiers, String unit) {
        this(direction, start, tiers, unit, CheckInValues.CUMULATIVE);
    }

    /** Checks the invariants. */
    public MetricMeasure {
        Require.present("direction", direction, "start", start, "tiers", tiers);
        unit = unit == null ? "" : unit;
        checkInValues = checkInValues == null ? CheckInValues.CUMULATIVE : checkInValues;
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

    /**
     * This metric with another target, floor and stretch kept, or empty when the target would not fit: it must lie in
     * the direction from the start and between the floor and the stretch (see {@link TargetTiers#fits}).
     */
    public java.util.Optional<MetricMeasure> withTarget(BigDecimal newTarget) {
        Objects.requireNonNull(newTarget, "newTarget");
        TargetTiers moved = new TargetTiers(tiers.floor(), newTarget, tiers.stretch());
        int sign = direction == Direction.INCREASE ? 1 : -1;
        if (sign * newTarget.compareTo(start) < 0 || !moved.fits(direction)) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(new MetricMeasure(direction, start, moved, unit, checkInValues));
    }

    @Override
    public Kind kind() {
        return Kind.METRIC;
    }
}
