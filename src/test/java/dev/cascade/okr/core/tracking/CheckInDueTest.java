package dev.cascade.okr.core.tracking;

import static dev.cascade.okr.core.tracking.Fixtures.day;
import static org.junit.Assert.assertEquals;

import dev.cascade.okr.core.TableCase;
import dev.cascade.okr.core.model.Period;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collection;
import java.util.Optional;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.junit.runners.Parameterized;
import org.junit.runners.Parameterized.Parameters;

/**
 * Due dates and overdue detection: one cadence step after the latest check-in (or the period start), never after the
 * last day, nothing due once the final check-in is in or the 14-day grace after the end has passed.
 */
@RunWith(Parameterized.class)
public class CheckInDueTest extends TableCase<CheckInDueTest.Asked, CheckInDueTest.Due> {

    private static final Period Q1 = Period.quarter(2024, 1);

    @Parameters(name = "{0}")
    public static Collection<Object[]> cases() {
        return Arrays.asList(new Object[][] {
            // name, period, latest check-in, today, next due (null = none), days overdue
            {"quarter, none yet, not due", Q1, null, "2024-01-10", "2024-01-15", 0},
            {"quarter, none yet, due today is not overdue", Q1, null, "2024-01-15", "2024-01-15", 0},
            {"quarter, none yet, a day late", Q1, null, "2024-01-16", "2024-01-15", 1},
            {"quarter, two weeks after the latest", Q1, "2024-01-14", "2024-02-01", "2024-01-28", 4},
            {"quarter, on time", Q1, "2024-02-20", "2024-02-25", "2024-03-05", 0},
            {"before the period starts", Q1, null, "2023-12-01", "2024-01-15", 0},
            {"last step moved to the last day", Q1, "2024-03-20", "2024-03-25", "2024-03-31", 0},
            {"final check-in overdue after the end", Q1, "2024-03-20", "2024-04-05", "2024-03-31", 5},
            {"final check-in overdue on the last day of grace", Q1, "2024-03-20", "2024-04-14", "2024-03-31", 14},
            {"nothing due once the grace is over", Q1, "2024-03-20", "2024-04-15", null, 0},
            {"nothing due long after the end without check-ins", Q1, null, "2024-05-01", null, 0},
            {"nothing due after the final check-in", Q1, "2024-03-31", "2024-04-02", null, 0},
            {"nothing due after a check-in in the grace", Q1, "2024-04-03", "2024-04-05", null, 0},
            {"a check-in before the period does not count", Q1, "2023-12-20", "2024-01-20", "2024-01-15", 5},
            {"month, weekly", Period.month(2024, 2), null, "2024-02-20", "2024-02-08", 12},
            {"month, weekly after a check-in", Period.month(2024, 2), "2024-02-12", "2024-02-19", "2024-02-19", 0},
            {"year, monthly into a leap February", Period.year(2024), "2024-01-31", "2024-03-01", "2024-02-29", 1},
            {"year, none yet", Period.year(2024), null, "2024-01-31", "2024-02-01", 0},
            {"half, monthly", Period.half(2024, 2), "2024-11-15", "2024-12-20", "2024-12-15", 5},
            {"three days: the only check-in is due on the last day",
                Period.custom(day("2024-05-01"), day("2024-05-03"), "p").value(), null, "2024-05-02", "2024-05-03",
                0},
            {"three days: late",
                Period.custom(day("2024-05-01"), day("2024-05-03"), "p").value(), null, "2024-05-04", "2024-05-03",
                1},
        });
    }

    public CheckInDueTest(String name, Period period, String latest, String today, String nextDue, int daysOverdue) {
        super(new Asked(period, latest, today), new Due(nextDue, daysOverdue));
    }

    @Test
    public void shouldFindTheDueDateAndLatenessWhenGivenTheLatestCheckIn() {
        CheckInDue due = CheckInDue.of(given.period(), Optional.ofNullable(day(given.latest())), day(given.today()));

        assertEquals(Optional.ofNullable(day(expected.nextDue())), due.nextDue());
        assertEquals(expected.daysOverdue(), due.daysOverdue());
        assertEquals(expected.daysOverdue() > 0, due.isOverdue());
        assertEquals(CheckInCadence.forPeriod(given.period()), due.cadence());
    }

    @Test
    public void shouldReadTheLatestDateWhenGivenTheLog() {
        CheckInLog log = CheckInLog.empty(Fixtures.KR);
        if (given.latest() != null) {
            log = log.append(Fixtures.checkIn(given.latest(), "1", 0)).value();
        }
        LocalDate day = day(given.today());

        Optional<LocalDate> latest = Optional.ofNullable(day(given.latest()));
        assertEquals(CheckInDue.of(given.period(), latest, day), CheckInDue.of(given.period(), log, day));
    }

    @Test
    public void shouldNeverBeDueForAKeyResultMeasuredWithoutPeople() {
        CheckInDue due = CheckInDue.measuredWithoutPeople(Period.year(2026));

        assertEquals(Optional.empty(), due.nextDue());
        assertEquals(0, due.daysOverdue());
        assertEquals(CheckInCadence.forPeriod(Period.year(2026)), due.cadence());
    }

    /** The goal period, the day of the latest check-in if there is one, and the day asked about. */
    record Asked(Period period, String latest, String today) {
    }

    /** The next due day, none once the period is over, and how many days the check-in is late. */
    record Due(String nextDue, long daysOverdue) {
    }
}
