package dev.cascade.okr.core.model;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * The one to three levels a measured value is judged against: floor (保底), target (目标) and stretch (挑战), in the
 * key result's unit.
 *
 * <p>Invariant: the target is present; floor and stretch are optional ({@code null}). Their order depends on the
 * direction (see {@link #fits(Direction)}), so it is checked by the measure that holds the tiers.
 *
 * @param floor the least acceptable value, or {@code null}
 * @param target the value that counts as achieved (100%)
 * @param stretch the ambitious value beyond the target, or {@code null}
 */
public record TargetTiers(BigDecimal floor, BigDecimal target, BigDecimal stretch) {

    /** Checks that the target is present. */
    public TargetTiers {
        Objects.requireNonNull(target, "target");
    }

    /** A single target without floor or stretch. */
    public static TargetTiers of(BigDecimal target) {
        return new TargetTiers(null, target, null);
    }

    /**
     * Whether the tiers are ordered for the direction: increasing needs {@code floor <= target <= stretch},
     * decreasing {@code floor >= target >= stretch}; equal tiers are allowed.
     */
    public boolean fits(Direction direction) {
        int sign = direction == Direction.INCREASE ? 1 : -1;
        boolean floorFits = floor == null || sign * floor.compareTo(target) <= 0;
        boolean stretchFits = stretch == null || sign * stretch.compareTo(target) >= 0;
        return floorFits && stretchFits;
    }
}
