package dev.cascade.okr.web.chart;

import static dev.cascade.okr.web.chart.ChartFixtures.point;
import static org.junit.Assert.assertEquals;

import dev.cascade.okr.core.model.NoDataReason;
import dev.cascade.okr.core.model.Period;
import dev.cascade.okr.core.model.Progress;
import dev.cascade.okr.core.tracking.Plan;
import dev.cascade.okr.core.tracking.PlanGranularity;
import dev.cascade.okr.service.tracking.ProgressSeriesService.DayProgress;
import dev.cascade.okr.service.tracking.ProgressSeriesService.Series;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.Test;

/** The chart's series come from core's plan and the services' history as they are, with no rule of their own. */
public class PlanActualSeriesTest {

    private static final Period YEAR = Period.year(2026);

    @Test
    public void shouldDrawCoresCumulativePlanFromTheStartValueWhenGivenAQuarterlyPlan() {
        Plan plan = new Plan(YEAR, PlanGranularity.QUARTER, List.of(new BigDecimal("12"), new BigDecimal("15"),
                new BigDecimal("17"), new BigDecimal("10")));

        assertEquals(List.of(point("2026-01-01", "0"), point("2026-03-31", "12"), point("2026-06-30", "27"),
                point("2026-09-30", "44"), point("2026-12-31", "54")), PlanActualSeries.planned(plan,
                BigDecimal.ZERO));
    }

    @Test
    public void shouldStartFromTheMetricsStartWhenItFalls() {
        Plan plan = new Plan(YEAR, PlanGranularity.QUARTER, List.of(new BigDecimal("-10"), new BigDecimal("-10"),
                new BigDecimal("-10"), BigDecimal.ZERO));

        assertEquals(List.of(point("2026-01-01", "50"), point("2026-03-31", "40"), point("2026-06-30", "30"),
                point("2026-09-30", "20"), point("2026-12-31", "20")), PlanActualSeries.planned(plan,
                new BigDecimal("50")));
    }

    @Test
    public void shouldTakeValuesAndPercentsOnlyFromDaysThatHaveThemWhenReadingASeries() {
        Series series = new Series(LocalDate.parse("2026-01-01"), LocalDate.parse("2026-12-07"), List.of(
                new DayProgress(LocalDate.parse("2026-01-05"), Progress.noData(NoDataReason.NOT_COMPUTED),
                        Optional.empty()),
                new DayProgress(LocalDate.parse("2026-02-01"), Progress.of(0.25), Optional.of(new BigDecimal("2"))),
                new DayProgress(LocalDate.parse("2026-12-07"), Progress.manual(0.625), Optional.empty())));

        assertEquals(List.of(point("2026-02-01", "2")), PlanActualSeries.values(series));
        assertEquals(List.of(point("2026-02-01", "25"), point("2026-12-07", Integer.toString(
                Progress.manual(0.625).percent()))), PlanActualSeries.percents(series));
    }
}
