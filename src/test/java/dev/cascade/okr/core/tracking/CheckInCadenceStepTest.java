package dev.cascade.okr.core.tracking;

import static dev.cascade.okr.core.tracking.Fixtures.day;
import static org.junit.Assert.assertEquals;

import dev.cascade.okr.core.TableCase;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collection;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.junit.runners.Parameterized;
import org.junit.runners.Parameterized.Parameters;

/** One cadence step: 7 or 14 days, or the same day of the next month (its last day when shorter). */
@RunWith(Parameterized.class)
public class CheckInCadenceStepTest extends TableCase<CheckInCadenceStepTest.Step, String> {

    @Parameters(name = "{0} after {1}")
    public static Collection<Object[]> cases() {
        return Arrays.asList(new Object[][] {
            {CheckInCadence.WEEKLY, "2024-02-26", "2024-03-04"},
            {CheckInCadence.BIWEEKLY, "2024-12-25", "2025-01-08"},
            {CheckInCadence.MONTHLY, "2024-03-15", "2024-04-15"},
            {CheckInCadence.MONTHLY, "2024-01-31", "2024-02-29"},
            {CheckInCadence.MONTHLY, "2023-01-31", "2023-02-28"},
            {CheckInCadence.MONTHLY, "2024-12-31", "2025-01-31"},
        });
    }

    public CheckInCadenceStepTest(CheckInCadence cadence, String from, String expected) {
        super(new Step(cadence, day(from)), expected);
    }

    @Test
    public void shouldStepOnceWhenAskedForTheNextDay() {
        assertEquals(day(expected), given.cadence().nextAfter(given.from()));
    }

    /** A cadence and the day to step from. */
    record Step(CheckInCadence cadence, LocalDate from) {
    }
}
