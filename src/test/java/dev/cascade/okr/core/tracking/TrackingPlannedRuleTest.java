package dev.cascade.okr.core.tracking;

import static dev.cascade.okr.core.tracking.Fixtures.JIA;
import static dev.cascade.okr.core.tracking.Fixtures.MANAGER;
import static dev.cascade.okr.core.tracking.Fixtures.T0;
import static dev.cascade.okr.core.tracking.Fixtures.day;
import static dev.cascade.okr.core.tracking.Fixtures.dec;
import static dev.cascade.okr.core.tracking.Fixtures.decs;
import static org.junit.Assert.assertEquals;

import dev.cascade.okr.core.TableCase;
import dev.cascade.okr.core.model.CheckInValues;
import dev.cascade.okr.core.model.Direction;
import dev.cascade.okr.core.model.Period;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collection;
import java.util.Optional;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.junit.runners.Parameterized;
import org.junit.runners.Parameterized.Parameters;

/**
 * The one rule for the planned value of a tracking row, on the seed's quarter plan 8 / 15 / 17 / 10 for 2026: the plan
 * of the sub-period pro-rated by elapsed days (counting today), the whole value once it has ended; deviation and
 * status compare with it; the whole value is kept beside it. The same figures whether check-ins are running totals or
 * amounts per period.
 */
@RunWith(Parameterized.class)
public class TrackingPlannedRuleTest extends TableCase<TrackingPlannedRuleTest.Asked, TrackingPlannedRuleTest.Shown> {

    private static final Period YEAR = Period.year(2026);
    private static final Plan SEED = Plan.of(YEAR, PlanGranularity.QUARTER, decs("8", "15", "17", "10")).value();
    private static final TrackingPolicy POLICY = new TrackingPolicy(TrackingThresholds.DEFAULTS);

    /** Running totals: 6 by the end of Q1, 22 by the end of Q2 (16 in Q2), 12 on 15 May (6 in Q2 so far). */
    private static final String[][] TOTALS = {{"2026-03-30", "6"}, {"2026-05-15", "12"}, {"2026-06-29", "22"}};
    /** The same as amounts per period: 2 + 4 in Q1, 6 + 10 in Q2. */
    private static final String[][] AMOUNTS = {{"2026-02-10", "2"}, {"2026-03-30", "4"}, {"2026-05-15", "6"},
        {"2026-06-29", "10"}};

    @Parameters(name = "{0} {1} on {2}: planned {3} of {4}, actual {5}, {6}%, {7}")
    public static Collection<Object[]> cases() {
        return Arrays.asList(new Object[][] {
            // Q1 has ended: its whole plan 8, actual 6 -> -25% (at risk: within the default -25% threshold).
            {"totals", "Q1", "2026-04-10", "8", "8", "6", "-25.0", TrackingStatus.AT_RISK},
            {"amounts", "Q1", "2026-04-10", "8", "8", "6", "-25.0", TrackingStatus.AT_RISK},
            // Q2 has ended: 15 planned, 16 achieved -> +6.7%.
            {"totals", "Q2", "2026-07-01", "15", "15", "16", "6.7", TrackingStatus.ON_TRACK},
            {"amounts", "Q2", "2026-07-01", "15", "15", "16", "6.7", TrackingStatus.ON_TRACK},
            // Q2 on its last day, still running: all of its days have passed, so the whole plan.
            {"totals", "Q2", "2026-06-30", "15", "15", "16", "6.7", TrackingStatus.ON_TRACK},
            // Q2 running on 15 May: 45 of its 91 days have passed, 15 x 45/91 = 7.417582 planned, 6 achieved.
            {"totals", "Q2", "2026-05-15", "7.417582", "15", "6", "-19.1", TrackingStatus.AT_RISK},
            {"amounts", "Q2", "2026-05-15", "7.417582", "15", "6", "-19.1", TrackingStatus.AT_RISK},
            // The year (period=2026) on 30 June: 8 + 15 planned of 50, 22 achieved -> -4.3%; a day later 23.184783.
            {"totals", "2026", "2026-06-30", "23", "50", "22", "-4.3", TrackingStatus.ON_TRACK},
            {"totals", "2026", "2026-07-01", "23.184783", "50", "22", "-5.1", TrackingStatus.ON_TRACK},
            {"amounts", "2026", "2026-06-30", "23", "50", "22", "-4.3", TrackingStatus.ON_TRACK},
        });
    }

    public TrackingPlannedRuleTest(String kind, String period, String today, String planned, String periodPlan,
            String actual, String percent, TrackingStatus status) {
        super(new Asked(kind, period, day(today)),
                new Shown(dec(planned), dec(periodPlan), dec(actual), dec(percent), status));
    }

    @Test
    public void shouldCompareTheActualWithThePlanToDateOfTheSubPeriod() {
        boolean perPeriod = given.kind().equals("amounts");
        CheckInLog log = CheckInLog.empty(Fixtures.KR);
        int minute = 0;
        for (String[] entry : perPeriod ? AMOUNTS : TOTALS) {
            log = log.append(new CheckIn(Fixtures.KR, Optional.of(dec(entry[1])), 7, "", "", "", "", JIA,
                    day(entry[0]), T0.plusSeconds(60L * minute++))).value();
        }
        TrackedKeyResult tracked = new TrackedKeyResult(JIA, "New customers", MANAGER, Direction.INCREASE, dec("0"),
                SEED, log, Optional.empty(), perPeriod ? CheckInValues.PER_PERIOD : CheckInValues.CUMULATIVE);
        Period asked = switch (given.period()) {
            case "Q1" -> Period.quarter(2026, 1);
            case "Q2" -> Period.quarter(2026, 2);
            default -> YEAR;
        };

        TrackingRow row = TrackingRow.of(tracked, asked, POLICY, given.today());

        assertEquals(expected.planned(), row.planned());
        assertEquals(expected.periodPlan(), row.periodPlan());
        assertEquals(Optional.of(expected.actual()), row.actual());
        assertEquals(expected.percent(), row.deviation().percentForDisplay());
        assertEquals(expected.status(), row.status());
    }

    /** How check-ins are entered ("amounts" per sub-period or running totals), the period shown and the day. */
    record Asked(String kind, String period, LocalDate today) {
    }

    /** What the row must show: planned to date, planned for the period, actual, deviation in per-cent, status. */
    record Shown(BigDecimal planned, BigDecimal periodPlan, BigDecimal actual, BigDecimal percent,
            TrackingStatus status) {
    }
}
