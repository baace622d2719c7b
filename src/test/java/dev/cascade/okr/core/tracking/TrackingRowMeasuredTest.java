package dev.cascade.okr.core.tracking;

import static dev.cascade.okr.core.tracking.Fixtures.JIA;
import static dev.cascade.okr.core.tracking.Fixtures.day;
import static dev.cascade.okr.core.tracking.Fixtures.dec;
import static dev.cascade.okr.core.tracking.Fixtures.decs;
import static org.junit.Assert.assertEquals;

import dev.cascade.okr.core.TableCase;
import dev.cascade.okr.core.model.Direction;
import dev.cascade.okr.core.model.Period;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.junit.runners.Parameterized;
import org.junit.runners.Parameterized.Parameters;

/**
 * Actuals of a measured (issue-driven) key result come from its snapshots: the amount at the end of each month, or the
 * latest before it, minus the amount before the month; no check-in is needed.
 */
@RunWith(Parameterized.class)
public class TrackingRowMeasuredTest extends TableCase<TrackingRowMeasuredTest.Measured, String> {

    private static final Period Q1 = Period.quarter(2026, 1);

    @Parameters(name = "{0}")
    public static Collection<Object[]> cases() {
        return Arrays.asList(new Object[][] {
            // name, snapshots (day, amount, ...), month, today, actual (null = none)
            {"first month from 0", List.of("2026-01-31", "3"), 1, "2026-03-20", "3"},
            {"the latest snapshot before the month's end", List.of("2026-01-20", "2"), 1, "2026-03-20", "2"},
            {"a later month minus the month before", List.of("2026-01-31", "3", "2026-02-28", "7"), 2, "2026-03-20",
                "4"},
            {"the running month up to today", List.of("2026-01-31", "3", "2026-03-10", "8", "2026-03-25", "11"), 3,
                "2026-03-12", "5"},
            {"no snapshot inside the month: nothing changed", List.of("2026-02-10", "4"), 3, "2026-03-20", "0"},
            {"no snapshot at all before a later month: none", List.of("2026-03-10", "4"), 2, "2026-03-20", null},
            {"a month not started: none", List.of("2026-01-31", "3"), 3, "2026-02-20", null},
        });
    }

    /** One case. */
    public TrackingRowMeasuredTest(String name, List<String> snapshots, int month, String today, String actual) {
        super(new Measured(snapshots, month, today), actual);
    }

    @Test
    public void shouldTakeTheActualFromSnapshotsWhenTheKeyResultIsMeasured() {
        Plan plan = Plan.of(Q1, PlanGranularity.MONTH, decs("4", "4", "4")).value();
        TrackedKeyResult measured = new TrackedKeyResult(JIA, "Close the epic", JIA, Direction.INCREASE,
                BigDecimal.ZERO, plan, CheckInLog.empty(Fixtures.KR), Optional.of(amounts()));

        TrackingRow row = TrackingRow.of(measured, Period.month(2026, given.month()), new TrackingPolicy(
                TrackingThresholds.DEFAULTS), day(given.today()));

        assertEquals(Optional.ofNullable(expected).map(BigDecimal::new), row.actual());
    }

    @Test
    public void shouldReadTheSameActualAgainstAPlanOfNothingWithTheDeviationUndefined() {
        TrackedKeyResult unplanned = new TrackedKeyResult(JIA, "Close the epic", JIA, Direction.INCREASE,
                BigDecimal.ZERO, Plan.nothing(Q1, PlanGranularity.MONTH), CheckInLog.empty(Fixtures.KR),
                Optional.of(amounts()));

        TrackingRow row = TrackingRow.of(unplanned, Period.month(2026, given.month()), new TrackingPolicy(
                TrackingThresholds.DEFAULTS), day(given.today()));

        assertEquals(Optional.ofNullable(expected).map(BigDecimal::new), row.actual());
        assertEquals(0, row.planned().signum());
        assertEquals(false, row.deviation().isDefined());
    }

    private TreeMap<LocalDate, BigDecimal> amounts() {
        TreeMap<LocalDate, BigDecimal> amounts = new TreeMap<>();
        for (int i = 0; i < given.snapshots().size(); i += 2) {
            amounts.put(day(given.snapshots().get(i)), dec(given.snapshots().get(i + 1)));
        }
        return amounts;
    }

    /** The snapshots as day and amount pairs, the month shown and the day asked about. */
    record Measured(List<String> snapshots, int month, String today) {
    }
}
