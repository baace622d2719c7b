package dev.cascade.okr.core.tracking;

import static dev.cascade.okr.core.tracking.Fixtures.day;
import static dev.cascade.okr.core.tracking.Fixtures.dec;
import static dev.cascade.okr.core.tracking.Fixtures.decs;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import dev.cascade.okr.core.TableCase;
import dev.cascade.okr.core.model.Period;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.junit.runners.Parameterized;
import org.junit.runners.Parameterized.Parameters;

/**
 * The planned amount at any day: earlier sub-periods in full plus a day-counted share of the current one, rounded to
 * six decimals inside a sub-period and exact on its boundaries.
 */
@RunWith(Parameterized.class)
public class PlanCumulativeTest extends TableCase<PlanCumulativeTest.PlanDay, String> {

    private static final Plan QUARTERLY_2024 = Fixtures.quarterly2024();
    private static final Plan QUARTERLY_2023 =
            Plan.of(Period.year(2023), PlanGranularity.QUARTER, decs("12", "15", "17", "10")).value();
    private static final Plan MONTHLY_2024 = Plan.of(Period.year(2024), PlanGranularity.MONTH,
            decs("1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11", "12")).value();
    /** Starts and ends inside quarters: Feb 15 - Mar 31 (46 days), Q2 (91), Jul 1 - Aug 14 (45). */
    private static final Plan CUSTOM = Plan.of(Period.custom(day("2024-02-15"), day("2024-08-14"), "p").value(),
            PlanGranularity.QUARTER, decs("10", "20", "30")).value();
    private static final Plan FALLING = Plan.of(Period.year(2024), PlanGranularity.QUARTER,
            decs("-10", "-10", "-10", "-10")).value();

    @Parameters(name = "{0}: {1} -> {2}")
    public static Collection<Object[]> cases() {
        return Arrays.asList(new Object[][] {
            {"Q 12/15/17/10", "2023-12-31", "0", QUARTERLY_2024},
            {"Q 12/15/17/10", "2020-06-01", "0", QUARTERLY_2024},
            {"Q 12/15/17/10", "2024-01-01", "0.131868", QUARTERLY_2024}, // 12 x 1/91
            {"Q 12/15/17/10", "2024-02-29", "7.912088", QUARTERLY_2024}, // leap day: 12 x 60/91
            {"Q 12/15/17/10", "2024-03-30", "11.868132", QUARTERLY_2024}, // 12 x 90/91
            {"Q 12/15/17/10", "2024-03-31", "12", QUARTERLY_2024},
            {"Q 12/15/17/10", "2024-04-01", "12.164835", QUARTERLY_2024}, // 12 + 15 x 1/91
            {"Q 12/15/17/10", "2024-06-30", "27", QUARTERLY_2024},
            {"Q 12/15/17/10", "2024-08-15", "35.5", QUARTERLY_2024}, // 27 + 17 x 46/92
            {"Q 12/15/17/10", "2024-09-30", "44", QUARTERLY_2024},
            {"Q 12/15/17/10", "2024-12-30", "53.891304", QUARTERLY_2024}, // 44 + 10 x 91/92
            {"Q 12/15/17/10", "2024-12-31", "54", QUARTERLY_2024},
            {"Q 12/15/17/10", "2025-01-01", "54", QUARTERLY_2024},
            {"Q 12/15/17/10", "2031-01-01", "54", QUARTERLY_2024},
            {"non-leap 2023", "2023-02-28", "7.866667", QUARTERLY_2023}, // 12 x 59/90, rounded half-even
            {"non-leap 2023", "2023-03-01", "8", QUARTERLY_2023}, // 12 x 60/90
            {"monthly", "2024-01-31", "1", MONTHLY_2024},
            {"monthly", "2024-02-15", "2.034483", MONTHLY_2024}, // 1 + 2 x 15/29
            {"monthly", "2024-02-29", "3", MONTHLY_2024},
            {"monthly", "2024-12-31", "78", MONTHLY_2024},
            {"custom", "2024-02-14", "0", CUSTOM},
            {"custom", "2024-02-15", "0.217391", CUSTOM}, // 10 x 1/46
            {"custom", "2024-03-31", "10", CUSTOM},
            {"custom", "2024-07-01", "30.666667", CUSTOM}, // 30 + 30 x 1/45
            {"custom", "2024-08-14", "60", CUSTOM},
            {"falling", "2024-08-15", "-25", FALLING}, // -20 + -10 x 46/92
        });
    }

    public PlanCumulativeTest(String name, String day, String expected, Plan plan) {
        super(new PlanDay(plan, day(day)), expected);
    }

    @Test
    public void shouldPlanTheDayCountedShareWhenAskedForADay() {
        assertEquals(dec(expected), given.plan().cumulativePlannedAt(given.day()));
    }

    @Test
    public void shouldNeverDecreaseWhenTheDayAdvancesInAGrowingPlan() {
        if (given.plan() == FALLING) {
            return;
        }
        Plan plan = given.plan();
        List<BigDecimal> three = List.of(plan.cumulativePlannedAt(given.day().minusDays(1)),
                plan.cumulativePlannedAt(given.day()), plan.cumulativePlannedAt(given.day().plusDays(1)));
        assertTrue(three.toString(), three.get(0).compareTo(three.get(1)) <= 0
                && three.get(1).compareTo(three.get(2)) <= 0);
    }

    /** A plan and the day it is asked about. */
    record PlanDay(Plan plan, LocalDate day) {
    }
}
