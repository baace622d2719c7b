package dev.cascade.okr.web.chart;

import dev.cascade.okr.core.model.TargetTiers;
import java.math.BigDecimal;

/**
 * The guide lines of a chart: a key result's floor (保底), target (目标) and stretch (挑战), in its unit; each may be
 * absent ({@code null}), and a goal's chart has none.
 *
 * @param floor the floor, or {@code null}
 * @param target the target, or {@code null}
 * @param stretch the stretch, or {@code null}
 */
public record ChartTiers(BigDecimal floor, BigDecimal target, BigDecimal stretch) {

    /** No guide lines. */
    public static ChartTiers none() {
        return new ChartTiers(null, null, null);
    }

    /** The tiers of a key result's measure, as core holds them. */
    public static ChartTiers of(TargetTiers tiers) {
        return tiers == null ? none() : new ChartTiers(tiers.floor(), tiers.target(), tiers.stretch());
    }

    /** Whether there is no guide line to draw. */
    public boolean isEmpty() {
        return floor == null && target == null && stretch == null;
    }
}
