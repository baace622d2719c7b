package dev.cascade.okr.core.tracking;

import static dev.cascade.okr.core.tracking.Fixtures.day;
import static org.junit.Assert.assertEquals;

import dev.cascade.okr.core.TableCase;
import dev.cascade.okr.core.model.NoDataReason;
import dev.cascade.okr.core.model.Period;
import dev.cascade.okr.core.model.Progress;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collection;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.junit.runners.Parameterized;
import org.junit.runners.Parameterized.Parameters;

/**
 * The fallback without a plan: progress minus the elapsed share of the period, in percentage points, against the
 * same thresholds (on track from −10 points, at risk from −25).
 */
@RunWith(Parameterized.class)
public class TrackingPaceTest extends TableCase<TrackingPaceTest.Pace, TrackingStatus> {

    private static final Period YEAR = Period.year(2024);
    /** Ten days, so day 8 is exactly 80% elapsed. */
    private static final Period TEN_DAYS = Period.custom(day("2024-05-01"), day("2024-05-10"), "p").value();

    @Parameters(name = "{0}")
    public static Collection<Object[]> cases() {
        return Arrays.asList(new Object[][] {
            // 2024-07-01 is day 183 of 366: exactly half the year
            {"on pace", YEAR, "2024-07-01", Progress.of(0.5), TrackingStatus.ON_TRACK},
            {"ahead", YEAR, "2024-07-01", Progress.of(0.9), TrackingStatus.ON_TRACK},
            {"exactly 10 points behind", YEAR, "2024-07-01", Progress.of(0.4), TrackingStatus.ON_TRACK},
            {"11 points behind", YEAR, "2024-07-01", Progress.of(0.39), TrackingStatus.AT_RISK},
            {"exactly 25 points behind", YEAR, "2024-07-01", Progress.of(0.25), TrackingStatus.AT_RISK},
            {"just over 25 points behind", YEAR, "2024-07-01", Progress.of(0.2499), TrackingStatus.OFF_TRACK},
            // 0.7 - 0.8 is -0.10000000000000009 in binary floating point; still exactly 10 points
            {"exactly 10 points despite binary rounding", TEN_DAYS, "2024-05-08", Progress.of(0.7),
                TrackingStatus.ON_TRACK},
            {"before the period nothing is expected", YEAR, "2023-12-31", Progress.of(0), TrackingStatus.ON_TRACK},
            {"first day", YEAR, "2024-01-01", Progress.of(0), TrackingStatus.ON_TRACK},
            {"after the end everything is expected", YEAR, "2025-02-01", Progress.of(0.8), TrackingStatus.AT_RISK},
            {"after the end, done", YEAR, "2025-02-01", Progress.of(1), TrackingStatus.ON_TRACK},
            {"manual progress counts", YEAR, "2024-07-01", Progress.manual(0.1), TrackingStatus.OFF_TRACK},
            {"no data", YEAR, "2024-07-01", Progress.noData(NoDataReason.EMPTY_EPIC), TrackingStatus.NO_DATA},
        });
    }

    public TrackingPaceTest(String name, Period period, String today, Progress progress, TrackingStatus expected) {
        super(new Pace(period, day(today), progress), expected);
    }

    @Test
    public void shouldCompareProgressWithLinearPaceWhenThereIsNoPlan() {
        TrackingPolicy policy = new TrackingPolicy(TrackingThresholds.DEFAULTS);

        assertEquals(expected, policy.statusByPace(given.period(), given.progress(), given.today()));
    }

    /** The goal period, the day asked about and the progress made by then. */
    record Pace(Period period, LocalDate today, Progress progress) {
    }
}
