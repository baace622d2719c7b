package dev.cascade.okr.core.tracking;

import static dev.cascade.okr.core.tracking.Fixtures.JIA;
import static dev.cascade.okr.core.tracking.Fixtures.MANAGER;
import static dev.cascade.okr.core.tracking.Fixtures.T0;
import static dev.cascade.okr.core.tracking.Fixtures.day;
import static dev.cascade.okr.core.tracking.Fixtures.dec;
import static dev.cascade.okr.core.tracking.Fixtures.decs;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;

import dev.cascade.okr.core.model.Direction;
import dev.cascade.okr.core.model.Period;
import java.util.Optional;
import org.junit.Test;

/** Rows of the tracking record: per sub-period planned and actual, deviation, status, cause and adjustment. */
public class TrackingRowTest {

    private static final Period Q1 = Period.quarter(2024, 1);
    private static final Period Q2 = Period.quarter(2024, 2);
    private static final Period Q3 = Period.quarter(2024, 3);

    private final TrackingPolicy policy = new TrackingPolicy(TrackingThresholds.DEFAULTS);

    private static CheckIn checkIn(String date, String value, String problems, String solutions) {
        return new CheckIn(Fixtures.KR, Optional.ofNullable(dec(value)), 6, "", problems, solutions, "", JIA,
                day(date), T0);
    }

    private static TrackedKeyResult jia(String startValue, CheckIn... checkIns) {
        CheckInLog log = CheckInLog.empty(Fixtures.KR);
        for (CheckIn checkIn : checkIns) {
            log = log.append(checkIn).value();
        }
        return new TrackedKeyResult(JIA, "New customers", MANAGER, Direction.INCREASE, dec(startValue),
                Fixtures.quarterly2024(), log);
    }

    /** A quarter with no value reported in it yet: no actual, no status, and the latest check-in's cause. */
    private static void assertNoActual(TrackingRow row, String cause) {
        assertEquals(Optional.empty(), row.actual());
        assertEquals(TrackingStatus.NO_DATA, row.status());
        assertEquals(cause, row.cause());
    }

    @Test
    public void shouldShowJiaBehindWhenQ1Planned12AndReached10() {
        TrackedKeyResult jia = jia("0", checkIn("2024-02-20", "6", "Slow start", ""),
                checkIn("2024-03-28", "10", "Longer decision cycles", "One more visit a week"));

        TrackingRow row = TrackingRow.of(jia, Q1, policy, day("2024-04-10"));

        assertEquals(JIA, row.who());
        assertEquals("New customers", row.goalTitle());
        assertEquals(Q1, row.period());
        assertEquals(dec("12"), row.planned());
        assertEquals(Optional.of(dec("10")), row.actual());
        assertEquals(dec("-16.7"), row.deviation().percentForDisplay());
        assertEquals(TrackingStatus.AT_RISK, row.status());
        assertEquals("Longer decision cycles", row.cause());
        assertEquals("One more visit a week", row.adjustment());
        assertEquals(MANAGER, row.owner());
        assertEquals(Optional.of(day("2024-03-28")), row.updatedOn());
    }

    @Test
    public void shouldCountOnlyTheQuartersOwnGainWhenALaterQuarterIsShown() {
        TrackedKeyResult jia = jia("0", checkIn("2024-03-28", "10", "", ""), checkIn("2024-06-28", "30", "", ""));

        TrackingRow row = TrackingRow.of(jia, Q2, policy, day("2024-07-02"));

        assertEquals(dec("15"), row.planned());
        assertEquals(Optional.of(dec("20")), row.actual());
        assertEquals(dec("33.3"), row.deviation().percentForDisplay());
        assertEquals(TrackingStatus.ON_TRACK, row.status());
    }

    @Test
    public void shouldPlanOnlyTheShareToDateWhenTheQuarterIsRunning() {
        TrackedKeyResult jia = jia("0", checkIn("2024-03-28", "10", "", ""), checkIn("2024-05-10", "16", "", ""));

        TrackingRow row = TrackingRow.of(jia, Q2, policy, day("2024-05-15"));

        assertEquals(dec("7.417582"), row.planned()); // 15 x 45/91
        assertEquals(Optional.of(dec("6")), row.actual());
        assertEquals(TrackingStatus.AT_RISK, row.status()); // -19.1%
    }

    @Test
    public void shouldMeasureFromTheStartValueWhenTheKeyResultDidNotStartAtZero() {
        TrackedKeyResult jia = jia("100", checkIn("2024-03-28", "110", "", ""));

        assertEquals(Optional.of(dec("10")), TrackingRow.of(jia, Q1, policy, day("2024-04-01")).actual());
    }

    @Test
    public void shouldHaveNoDataWhenTheQuarterHasNoCheckInYet() {
        TrackedKeyResult jia = jia("0", checkIn("2024-03-28", "10", "Old cause", "Old fix"));

        TrackingRow row = TrackingRow.of(jia, Q2, policy, day("2024-04-20"));

        assertNoActual(row, "");
        assertEquals("", row.adjustment());
        assertEquals(Optional.empty(), row.updatedOn());
    }

    @Test
    public void shouldHaveNoDataWhenTheQuarterHasNotStarted() {
        TrackedKeyResult jia = jia("0", checkIn("2024-03-28", "10", "", ""));

        TrackingRow row = TrackingRow.of(jia, Q3, policy, day("2024-04-20"));

        assertEquals(dec("0"), row.planned());
        assertEquals(TrackingStatus.NO_DATA, row.status());
    }

    @Test
    public void shouldNotGuessTheSplitWhenNoValueWasReportedBeforeALaterQuarter() {
        TrackedKeyResult jia = jia("0", checkIn("2024-05-10", "16", "Late start", ""));

        TrackingRow row = TrackingRow.of(jia, Q2, policy, day("2024-05-15"));

        assertNoActual(row, "Late start");
    }

    @Test
    public void shouldUseTheLatestCheckInWithAValueWhenTheLastOneHasNone() {
        TrackedKeyResult jia = jia("0", checkIn("2024-03-10", "9", "", ""),
                checkIn("2024-03-20", null, "Confidence dropped", "Ask for help"));

        TrackingRow row = TrackingRow.of(jia, Q1, policy, day("2024-03-31"));

        assertEquals(Optional.of(dec("9")), row.actual());
        assertEquals("Confidence dropped", row.cause());
        assertEquals(Optional.of(day("2024-03-20")), row.updatedOn());
    }

    @Test
    public void shouldJudgeAFallingMetricByItsDirectionWhenThePlanIsNegative() {
        Plan fewerDefects = Plan.of(Period.year(2024), PlanGranularity.QUARTER, decs("-10", "-10", "-5", "-5"))
                .value();
        CheckInLog log = CheckInLog.empty(Fixtures.KR).append(checkIn("2024-03-30", "42", "", "")).value();
        TrackedKeyResult defects = new TrackedKeyResult(JIA, "Open defects", MANAGER, Direction.DECREASE,
                dec("50"), fewerDefects, log);

        TrackingRow row = TrackingRow.of(defects, Q1, policy, day("2024-04-01"));

        assertEquals(Optional.of(dec("-8")), row.actual());
        assertEquals(dec("20.0"), row.deviation().percentForDisplay());
        assertEquals(TrackingStatus.AT_RISK, row.status());
    }

    @Test
    public void shouldRejectWhenThePeriodIsNotOneOfThePlansSubPeriods() {
        TrackedKeyResult jia = jia("0");

        assertThrows(IllegalArgumentException.class,
                () -> TrackingRow.of(jia, Period.month(2024, 1), policy, day("2024-04-01")));
    }
}
