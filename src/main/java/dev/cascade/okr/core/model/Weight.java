package dev.cascade.okr.core.model;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/**
 * A weight in per-cent with two decimals, held exactly as hundredths of a per-cent (basis points) so that weights sum
 * to exactly 100%.
 *
 * <p>Invariant: {@code 0 <= basisPoints <= 10000}.
 *
 * @param basisPoints hundredths of a per-cent: 10000 is 100%
 */
public record Weight(int basisPoints) {

    /** 100%. */
    public static final Weight FULL = new Weight(10_000);
    /** 0%. */
    public static final Weight ZERO = new Weight(0);

    /** Checks the range. */
    public Weight {
        if (basisPoints < 0 || basisPoints > 10_000) {
            throw new IllegalArgumentException("weight must be 0% to 100%: " + basisPoints + " basis points");
        }
    }

    /** A weight in whole per-cent. */
    public static Weight ofPercent(int percent) {
        return new Weight(Math.multiplyExact(percent, 100));
    }

    /**
     * A weight in per-cent, or {@code null} when it is not a number from 0 to 100 with at most two decimals.
     */
    public static Weight ofPercentOrNull(BigDecimal percent) {
        if (percent == null || percent.signum() < 0 || percent.compareTo(BigDecimal.valueOf(100)) > 0
                || percent.stripTrailingZeros().scale() > 2) {
            return null;
        }
        return new Weight(percent.movePointRight(2).intValueExact());
    }

    /**
     * {@code count} weights as equal as basis points allow, summing to exactly 100%: the first {@code 10000 % count}
     * get one basis point more (three shares are 33.34%, 33.33%, 33.33%).
     */
    public static List<Weight> equalShares(int count) {
        if (count <= 0) {
            return List.of();
        }
        List<Weight> shares = new ArrayList<>(count);
        int base = FULL.basisPoints / count;
        int remainder = FULL.basisPoints % count;
        for (int i = 0; i < count; i++) {
            shares.add(new Weight(base + (i < remainder ? 1 : 0)));
        }
        return List.copyOf(shares);
    }

    /** The weight in per-cent, scale 2. */
    public BigDecimal percent() {
        return BigDecimal.valueOf(basisPoints, 2).setScale(2, RoundingMode.UNNECESSARY);
    }

    /** The weight as a fraction of 1. */
    public double fraction() {
        return basisPoints / 10_000.0;
    }
}
