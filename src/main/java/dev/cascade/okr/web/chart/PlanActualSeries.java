package dev.cascade.okr.web.chart;

import dev.cascade.okr.core.model.Period;
import dev.cascade.okr.core.tracking.Plan;
import dev.cascade.okr.service.tracking.ProgressSeriesService.DayProgress;
import dev.cascade.okr.service.tracking.ProgressSeriesService.Series;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * Takes a chart's series from what core and the services already computed, without a rule of its own: the plan's
 * cumulative amounts from core's {@link Plan#cumulativePlannedAt}, and the progress history of
 * {@code ProgressSeriesService} (a key result's values in its unit, a goal's rolled-up per-cent).
 */
public final class PlanActualSeries {

    private PlanActualSeries() {
    }

    /**
     * The planned line of a key result: its start value on the goal period's first day, then at the last day of each
     * quarter or month the start value plus core's cumulative planned amount. Core spreads a sub-period's value evenly
     * over its days, so straight lines between these points are the plan on every day.
     *
     * @param plan the key result's plan
     * @param startValue the value the plan is measured from, in the key result's unit (a metric's start; 0 for a key
     *     result counted from issues)
     */
    public static List<ChartPoint> planned(Plan plan, BigDecimal startValue) {
        List<ChartPoint> points = new ArrayList<>();
        BigDecimal start = startValue == null ? BigDecimal.ZERO : startValue;
        points.add(new ChartPoint(plan.goalPeriod().start(), start));
        for (Period sub : plan.subPeriods()) {
            points.add(new ChartPoint(sub.end(), start.add(plan.cumulativePlannedAt(sub.end()))));
        }
        return points;
    }

    /** A key result's actual line: its value on each day of the series that has one, in its unit. */
    public static List<ChartPoint> values(Series series) {
        List<ChartPoint> points = new ArrayList<>();
        for (DayProgress day : series.days()) {
            day.value().ifPresent(value -> points.add(new ChartPoint(day.day(), value)));
        }
        return points;
    }

    /** A goal's (or key result's) progress line: core's whole per-cent on each day that has data. */
    public static List<ChartPoint> percents(Series series) {
        List<ChartPoint> points = new ArrayList<>();
        for (DayProgress day : series.days()) {
            if (day.progress().hasData()) {
                points.add(new ChartPoint(day.day(), BigDecimal.valueOf(day.progress().percent())));
            }
        }
        return points;
    }
}
