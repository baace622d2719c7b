package dev.cascade.okr.core.tracking;

import static dev.cascade.okr.core.tracking.Fixtures.day;
import static org.junit.Assert.assertEquals;

import java.util.Arrays;
import java.util.Collection;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.junit.runners.Parameterized;
import org.junit.runners.Parameterized.Parameters;

/** One cadence step: 7 or 14 days, or the same day of the next month (its last day when shorter). */
@RunWith(Parameterized.class)
public class CheckInCadenceStepTest {

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

    private final CheckInCadence cadence;
    private final String from;
    private final String expected;

    public CheckInCadenceStepTest(CheckInCadence cadence, String from, String expected) {
        this.cadence = cadence;
        this.from = from;
        this.expected = expected;
    }

    @Test
    public void shouldStepOnceWhenAskedForTheNextDay() {
        assertEquals(day(expected), cadence.nextAfter(day(from)));
    }
}
