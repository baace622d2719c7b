package dev.cascade.okr.core.progress;

import dev.cascade.okr.core.model.Direction;
import dev.cascade.okr.core.model.Progress;
import dev.cascade.okr.core.model.TargetTiers;
import dev.cascade.okr.core.validation.WireCode;
import java.math.BigDecimal;

/**
 * Which tier of floor (保底) / target (目标) / stretch (挑战) a key result has reached.
 *
 * <p>Direction-aware: for a decreasing key result "reached" means at or below the tier. A tier that is equal to a
 * higher one counts as the higher one (actual = target = stretch is {@link #STRETCH}). Without a floor, anything
 * short of the target is {@link #BELOW_FLOOR} (there is no band between floor and target); without a stretch,
 * anything at or beyond the target is {@link #TARGET}. Measures without tiers (band, milestone, issue counts,
 * story points, partial credit) have a single target — inside the band, done, all the work — so they are
 * {@link #TARGET} when it is met and {@link #BELOW_FLOOR} otherwise. Each constant has the i18n key
 * {@code cascade.zone.<name in lower case with dashes>}.
 */
public enum Zone {

    /** There is no data, so no tier can be told. */
    NONE,

    /** Short of the floor, or short of the target when there is no floor. */
    BELOW_FLOOR,

    /** The floor is reached, the target is not. */
    FLOOR,

    /** The target is reached, the stretch (if any) is not. */
    TARGET,

    /** The stretch target is reached. */
    STRETCH;

    /** The tier a measured value has reached, for tiers ordered to fit the direction. */
    public static Zone reached(Direction direction, TargetTiers tiers, BigDecimal actual) {
        if (tiers.stretch() != null && reaches(direction, actual, tiers.stretch())) {
            return STRETCH;
        }
        if (reaches(direction, actual, tiers.target())) {
            return TARGET;
        }
        return tiers.floor() != null && reaches(direction, actual, tiers.floor()) ? FLOOR : BELOW_FLOOR;
    }

    /**
     * The tier of a measure with a single target (band, milestone, share of issues): {@link #TARGET} when the
     * progress is 1, {@link #BELOW_FLOOR} when it is less, {@link #NONE} without data.
     */
    public static Zone ofSingleTarget(Progress progress) {
        if (!progress.hasData()) {
            return NONE;
        }
        return progress.fraction() >= 1.0 ? TARGET : BELOW_FLOOR;
    }

    /** The lower of two zones in the order of the constants ({@link #NONE} is lowest). */
    public static Zone lower(Zone a, Zone b) {
        return a.compareTo(b) <= 0 ? a : b;
    }

    /** The JSON name of the zone, e.g. {@code below-floor}. */
    public String jsonName() {
        return WireCode.of(this);
    }

    private static boolean reaches(Direction direction, BigDecimal actual, BigDecimal tier) {
        int comparison = actual.compareTo(tier);
        return direction == Direction.INCREASE ? comparison >= 0 : comparison <= 0;
    }

    /** The i18n key of the name people read, e.g. {@code cascade.zone.below-floor}. */
    public String messageKey() {
        return "cascade.zone." + jsonName();
    }
}
