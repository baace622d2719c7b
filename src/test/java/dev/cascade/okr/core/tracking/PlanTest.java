package dev.cascade.okr.core.tracking;

import static dev.cascade.okr.core.tracking.Fixtures.day;
import static dev.cascade.okr.core.tracking.Fixtures.dec;
import static dev.cascade.okr.core.tracking.Fixtures.decs;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotEquals;
import static org.junit.Assert.assertThrows;

import dev.cascade.okr.core.model.Period;
import dev.cascade.okr.core.model.PeriodKind;
import java.util.List;
import org.junit.Test;

/** A plan's sub-periods, its per-period amounts and its value semantics. */
public class PlanTest {

    private final Plan plan = Fixtures.quarterly2024();

    @Test
    public void shouldSplitTheGoalPeriodIntoQuartersWhenQuarterly() {
        assertEquals(List.of(Period.quarter(2024, 1), Period.quarter(2024, 2), Period.quarter(2024, 3),
                Period.quarter(2024, 4)), plan.subPeriods());
        assertEquals(decs("12", "15", "17", "10"), plan.values());
        assertEquals(dec("54"), plan.total());
    }

    @Test
    public void shouldReturnTheIncrementWhenAskedForASubPeriod() {
        assertEquals(dec("12"), plan.plannedFor(Period.quarter(2024, 1)));
        assertEquals(dec("15"), plan.plannedFor(Period.quarter(2024, 2)));
        assertEquals(dec("17"), plan.plannedFor(Period.quarter(2024, 3)));
        assertEquals(dec("10"), plan.plannedFor(Period.quarter(2024, 4)));
    }

    @Test
    public void shouldSumTheMonthsWhenAMonthlyPlanIsAskedForAQuarter() {
        Plan monthly = Plan.of(Period.year(2024), PlanGranularity.MONTH,
                decs("1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11", "12")).value();

        assertEquals(dec("6"), monthly.plannedFor(Period.quarter(2024, 1)));
        assertEquals(dec("33"), monthly.plannedFor(Period.quarter(2024, 4)));
        assertEquals(dec("21"), monthly.plannedFor(Period.half(2024, 1)));
    }

    @Test
    public void shouldShareLinearlyWhenAskedForPartOfASubPeriod() {
        Period firstHalfOfJanuary = new Period(PeriodKind.CUSTOM, day("2024-01-01"), day("2024-01-15"));

        assertEquals(dec("1.978022"), plan.plannedFor(firstHalfOfJanuary)); // 12 x 15/91
    }

    @Test
    public void shouldPlanNothingWhenAskedForARangeOutsideTheGoalPeriod() {
        assertEquals(dec("0"), plan.plannedFor(Period.quarter(2025, 1)));
        assertEquals(dec("0"), plan.plannedFor(Period.year(2023)));
        assertEquals(dec("54"), plan.plannedFor(new Period(PeriodKind.CUSTOM, day("2023-06-01"), day("2025-06-01"))));
    }

    @Test
    public void shouldCutSubPeriodsWhenTheGoalPeriodStartsInsideAQuarter() {
        Period goal = Period.custom(day("2024-02-15"), day("2024-08-14"), "period").value();
        Plan custom = Plan.of(goal, PlanGranularity.QUARTER, decs("10", "20", "30")).value();

        assertEquals(day("2024-02-15"), custom.subPeriods().get(0).start());
        assertEquals(PeriodKind.QUARTER, custom.subPeriods().get(1).kind());
        assertEquals(dec("20"), custom.plannedFor(Period.quarter(2024, 2)));
    }

    @Test
    public void shouldBeEqualWhenValuesDifferOnlyInTrailingZeros() {
        Plan same = Plan.of(Period.year(2024), PlanGranularity.QUARTER, decs("12.0", "15.00", "1.7E+1", "10"))
                .value();

        assertEquals(plan, same);
        assertEquals(plan.hashCode(), same.hashCode());
        assertEquals("17", same.values().get(2).toString());
        assertNotEquals(plan, Plan.of(Period.year(2024), PlanGranularity.QUARTER, decs("12", "15", "17", "11"))
                .value());
    }

    @Test
    public void shouldNotBeChangeableWhenValuesAreRead() {
        assertThrows(UnsupportedOperationException.class, () -> plan.values().set(0, dec("1")));
    }
}
