package dev.cascade.okr.core.model;

import dev.cascade.okr.core.validation.Require;
import java.math.BigDecimal;

/**
 * A number to keep inside a range, both ends included, e.g. response time 200 to 400 ms.
 *
 * <p>Invariants: both ends present, {@code low <= high} (a zero-width band is one exact value); the unit is free
 * text, possibly empty.
 *
 * @param low the lowest acceptable value, in {@code unit}
 * @param high the highest acceptable value, in {@code unit}
 * @param unit what the numbers count; {@code null} is taken as empty
 */
public record BandMeasure(BigDecimal low, BigDecimal high, String unit) implements Measure {

    /** Checks the invariants. */
    public BandMeasure {
        Require.present("low", low, "high", high);
        unit = unit == null ? "" : unit;
        if (low.compareTo(high) > 0) {
            throw new IllegalArgumentException("band low " + low + " is above high " + high);
        }
    }

    /** Whether a value lies inside the band, ends included. */
    public boolean contains(BigDecimal value) {
        return value.compareTo(low) >= 0 && value.compareTo(high) <= 0;
    }

    @Override
    public Kind kind() {
        return Kind.BAND;
    }
}
