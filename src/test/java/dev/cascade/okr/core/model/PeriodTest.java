package dev.cascade.okr.core.model;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import dev.cascade.okr.core.TableCase;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collection;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.junit.runners.Parameterized;
import org.junit.runners.Parameterized.Parameters;

/** Period bounds, lengths and the share of a period elapsed at a date, case by case. */
@RunWith(Parameterized.class)
public class PeriodTest extends TableCase<Period, PeriodTest.Facts> {

    @Parameters(name = "{0} at {3}")
    public static Collection<Object[]> cases() {
        return Arrays.asList(new Object[][] {
            {Period.year(2026), "2026-01-01..2026-12-31", 365L, "2026-07-02", 183.0 / 365},
            {Period.year(2024), "2024-01-01..2024-12-31", 366L, "2024-02-29", 60.0 / 366},
            {Period.half(2026, 1), "2026-01-01..2026-06-30", 181L, "2026-06-30", 1.0},
            {Period.half(2026, 2), "2026-07-01..2026-12-31", 184L, "2026-06-30", 0.0},
            {Period.quarter(2026, 1), "2026-01-01..2026-03-31", 90L, "2026-01-01", 1.0 / 90},
            {Period.quarter(2024, 1), "2024-01-01..2024-03-31", 91L, "2024-03-31", 1.0},
            {Period.quarter(2026, 4), "2026-10-01..2026-12-31", 92L, "2027-01-15", 1.0},
            {Period.month(2026, 2), "2026-02-01..2026-02-28", 28L, "2026-02-14", 0.5},
            {Period.month(2028, 2), "2028-02-01..2028-02-29", 29L, "2028-01-31", 0.0},
            {custom("2026-05-10", "2026-05-10"), "2026-05-10..2026-05-10", 1L, "2026-05-10", 1.0},
        });
    }

    public PeriodTest(Period period, String bounds, long length, String day, double elapsed) {
        super(period, new Facts(bounds, length, LocalDate.parse(day), elapsed));
    }

    @Test
    public void shouldHaveInclusiveBoundsAndLengthWhenCreated() {
        assertEquals(expected.bounds(), given.start() + ".." + given.end());
        assertEquals(expected.length(), given.lengthInDays());
    }

    @Test
    public void shouldCountTheDayItselfWhenElapsedShareIsAsked() {
        assertEquals(expected.elapsed(), given.elapsedFractionAt(expected.day()), 1e-12);
    }

    @Test
    public void shouldNestInsideItsYearWhenCalendarPeriod() {
        assertTrue(Period.year(given.start().getYear()).contains(given));
        assertTrue(given.contains(given));
    }

    static Period custom(String start, String end) {
        return Period.custom(LocalDate.parse(start), LocalDate.parse(end), "period").value();
    }

    /** What a period must show: its bounds, its length in days, and the share elapsed at a day. */
    record Facts(String bounds, long length, LocalDate day, double elapsed) {
    }
}
