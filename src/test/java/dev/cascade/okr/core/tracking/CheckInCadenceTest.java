package dev.cascade.okr.core.tracking;

import static dev.cascade.okr.core.tracking.Fixtures.day;
import static org.junit.Assert.assertEquals;

import dev.cascade.okr.core.TableCase;
import dev.cascade.okr.core.model.Period;
import java.util.Arrays;
import java.util.Collection;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.junit.runners.Parameterized;
import org.junit.runners.Parameterized.Parameters;

/** The cadence by period length: up to 31 days weekly, up to 92 every two weeks, longer monthly. */
@RunWith(Parameterized.class)
public class CheckInCadenceTest extends TableCase<Period, CheckInCadence> {

    @Parameters(name = "{0}")
    public static Collection<Object[]> cases() {
        return Arrays.asList(new Object[][] {
            {"one day", custom("2024-05-01", "2024-05-01"), CheckInCadence.WEEKLY},
            {"February 2023 (28 days)", Period.month(2023, 2), CheckInCadence.WEEKLY},
            {"February 2024 (29 days)", Period.month(2024, 2), CheckInCadence.WEEKLY},
            {"January (31 days)", Period.month(2024, 1), CheckInCadence.WEEKLY},
            {"32 days", custom("2024-01-01", "2024-02-01"), CheckInCadence.BIWEEKLY},
            {"Q1 2023 (90 days)", Period.quarter(2023, 1), CheckInCadence.BIWEEKLY},
            {"Q1 2024 (91 days)", Period.quarter(2024, 1), CheckInCadence.BIWEEKLY},
            {"Q3 (92 days)", Period.quarter(2024, 3), CheckInCadence.BIWEEKLY},
            {"93 days", custom("2024-07-01", "2024-10-01"), CheckInCadence.MONTHLY},
            {"first half", Period.half(2024, 1), CheckInCadence.MONTHLY},
            {"year", Period.year(2024), CheckInCadence.MONTHLY},
            {"two years", custom("2024-01-01", "2025-12-31"), CheckInCadence.MONTHLY},
        });
    }

    private static Period custom(String start, String end) {
        return Period.custom(day(start), day(end), "period").value();
    }

    public CheckInCadenceTest(String name, Period period, CheckInCadence expected) {
        super(period, expected);
    }

    @Test
    public void shouldChooseTheCadenceWhenGivenTheGoalPeriod() {
        assertEquals(expected, CheckInCadence.forPeriod(given));
    }
}
