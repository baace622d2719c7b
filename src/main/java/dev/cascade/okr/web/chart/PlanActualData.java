package dev.cascade.okr.web.chart;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.TreeMap;

/**
 * What a plan-against-actual chart draws, all computed by core before it gets here: the planned amount by day (the
 * plan's cumulative amounts, see {@link PlanActualSeries#planned}), the actual series (the progress history), the
 * tiers and the unit. Points are kept in day order, one per day (the last one given for a day wins), so the same
 * numbers always draw the same chart.
 *
 * @param chartId what makes this chart's element ids unique on its page, e.g. {@code kr-42}; characters other than
 *     ASCII letters, digits, {@code -} and {@code _} are replaced by {@code -}
 * @param title what the chart is about, e.g. the key result's title (any text; it is escaped)
 * @param unit the unit of the values, e.g. {@code story points} or {@code %}; empty when none
 * @param from the first day of the period shown (the axis also stretches to any point outside it)
 * @param to the last day of the period shown
 * @param planned the planned amount by day; empty when there is no plan
 * @param actual the actual values by day; empty when there is no history yet
 * @param tiers the guide lines
 */
public record PlanActualData(String chartId, String title, String unit, LocalDate from, LocalDate to,
        List<ChartPoint> planned, List<ChartPoint> actual, ChartTiers tiers) {

    /** Checks presence and order, sorts the points by day and keeps one per day. */
    public PlanActualData {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("the period ends (" + to + ") before it starts (" + from + ")");
        }
        chartId = (chartId == null || chartId.isEmpty() ? "chart" : chartId).replaceAll("[^A-Za-z0-9_-]", "-");
        title = title == null ? "" : title;
        unit = unit == null ? "" : unit;
        planned = byDay(planned);
        actual = byDay(actual);
        tiers = tiers == null ? ChartTiers.none() : tiers;
    }

    private static List<ChartPoint> byDay(List<ChartPoint> points) {
        TreeMap<LocalDate, ChartPoint> days = new TreeMap<>();
        for (ChartPoint point : points == null ? List.<ChartPoint>of() : points) {
            days.put(Objects.requireNonNull(point, "point").day(), point);
        }
        return List.copyOf(days.values());
    }
}
