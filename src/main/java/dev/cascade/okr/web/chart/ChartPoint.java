package dev.cascade.okr.web.chart;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

/**
 * One value of a chart's series: a day (as of its end) and the value core gave for it, in the series' unit.
 *
 * @param day the day
 * @param value the value that day, as core computed it
 */
public record ChartPoint(LocalDate day, BigDecimal value) {

    /** Checks presence. */
    public ChartPoint {
        Objects.requireNonNull(day, "day");
        Objects.requireNonNull(value, "value");
    }
}
