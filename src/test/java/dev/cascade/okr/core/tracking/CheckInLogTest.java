package dev.cascade.okr.core.tracking;

import static dev.cascade.okr.core.tracking.Fixtures.checkIn;
import static dev.cascade.okr.core.tracking.Fixtures.day;
import static dev.cascade.okr.core.tracking.Fixtures.dec;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import dev.cascade.okr.core.model.BandMeasure;
import dev.cascade.okr.core.model.Direction;
import dev.cascade.okr.core.model.IssueMeasure;
import dev.cascade.okr.core.model.KeyResultId;
import dev.cascade.okr.core.model.MetricMeasure;
import dev.cascade.okr.core.model.MilestoneMeasure;
import dev.cascade.okr.core.model.ProgressBasis;
import dev.cascade.okr.core.model.TargetTiers;
import dev.cascade.okr.core.model.WorkLink;
import dev.cascade.okr.core.progress.Observation;
import dev.cascade.okr.core.validation.Validated;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.Test;

/** The append-only check-in history: order, backdating, the latest value, views as of a day, and its cap. */
public class CheckInLogTest {

    private static CheckInLog logOf(CheckIn... checkIns) {
        CheckInLog log = CheckInLog.empty(Fixtures.KR);
        for (CheckIn checkIn : checkIns) {
            log = log.append(checkIn).value();
        }
        return log;
    }

    @Test
    public void shouldHaveNothingWhenEmpty() {
        CheckInLog log = CheckInLog.empty(Fixtures.KR);

        assertTrue(log.isEmpty());
        assertEquals(Optional.empty(), log.latest());
        assertEquals(Optional.empty(), log.latestValue());
    }

    @Test
    public void shouldLeaveTheOldLogUnchangedWhenAppending() {
        CheckInLog before = logOf(checkIn("2024-01-10", "3", 0));

        CheckInLog after = before.append(checkIn("2024-01-24", "5", 1)).value();

        assertEquals(1, before.entries().size());
        assertEquals(2, after.entries().size());
        assertEquals(Optional.of(dec("5")), after.latestValue());
    }

    @Test
    public void shouldOfferNoWayToChangeEntriesWhenRead() {
        CheckInLog log = logOf(checkIn("2024-01-10", "3", 0));

        assertThrows(UnsupportedOperationException.class, () -> log.entries().remove(0));
        assertThrows(UnsupportedOperationException.class, () -> log.entries().add(checkIn("2024-01-11", "4", 1)));
    }

    @Test
    public void shouldFileByDateWithAWarningWhenBackdated() {
        CheckInLog log = logOf(checkIn("2024-01-10", "3", 0), checkIn("2024-01-24", "5", 1));

        Validated<CheckInLog> appended = log.append(checkIn("2024-01-17", "4", 2));

        assertTrue(appended.isValid());
        assertEquals("checkin.backdated@date", Fixtures.codes(appended));
        assertEquals(List.of("2024-01-24"), appended.warnings().get(0).args());
        assertEquals(List.of(day("2024-01-10"), day("2024-01-17"), day("2024-01-24")),
                appended.value().entries().stream().map(CheckIn::date).toList());
        assertEquals(Optional.of(dec("5")), appended.value().latestValue());
    }

    @Test
    public void shouldNotWarnWhenTheSameDayIsCheckedInTwice() {
        CheckInLog log = logOf(checkIn("2024-01-10", "3", 0));

        Validated<CheckInLog> appended = log.append(checkIn("2024-01-10", "4", 1));

        assertEquals("", Fixtures.codes(appended));
        assertEquals(Optional.of(dec("4")), appended.value().latestValue());
    }

    @Test
    public void shouldOrderByRecordingTimeWhenDatesAreEqual() {
        CheckIn later = checkIn("2024-01-10", "9", 5);
        CheckIn earlier = checkIn("2024-01-10", "8", 1);

        CheckInLog log = CheckInLog.of(Fixtures.KR, List.of(later, earlier));

        assertEquals(List.of(earlier, later), log.entries());
        assertEquals(Optional.of(later), log.latest());
    }

    @Test
    public void shouldSkipCheckInsWithoutValueWhenAskedForTheLatestValue() {
        CheckInLog log = logOf(checkIn("2024-01-10", "3", 0), checkIn("2024-01-24", null, 1));

        assertEquals(Optional.of(dec("3")), log.latestValue());
        assertEquals(day("2024-01-24"), log.latest().orElseThrow().date());
    }

    @Test
    public void shouldKeepOnlyEarlierCheckInsWhenViewedAsOfADay() {
        CheckInLog log = logOf(checkIn("2024-01-10", "3", 0), checkIn("2024-01-24", "5", 1),
                checkIn("2024-02-07", "6", 2));

        assertEquals(2, log.asOf(day("2024-01-24")).entries().size());
        assertEquals(Optional.of(dec("5")), log.asOf(day("2024-02-06")).latestValue());
        assertTrue(log.asOf(day("2024-01-09")).isEmpty());
        assertEquals(log, log.asOf(day("2030-01-01")));
    }

    @Test
    public void shouldRefuseWhenTheLogIsFull() {
        List<CheckIn> full = new ArrayList<>();
        for (int i = 0; i < CheckInLog.MAX_ENTRIES; i++) {
            full.add(checkIn("2024-01-01", "1", i));
        }
        CheckInLog log = CheckInLog.of(Fixtures.KR, full);

        Validated<CheckInLog> appended = log.append(checkIn("2024-02-01", "2", 2000));

        assertFalse(appended.isValid());
        assertEquals("checkin.too-many@null", Fixtures.codes(appended));
        assertEquals(List.of("1000"), appended.errors().get(0).args());
    }

    @Test
    public void shouldAcceptTheLastSlotWhenOneIsLeft() {
        List<CheckIn> almost = new ArrayList<>();
        for (int i = 0; i < CheckInLog.MAX_ENTRIES - 1; i++) {
            almost.add(checkIn("2024-01-01", "1", i));
        }

        assertTrue(CheckInLog.of(Fixtures.KR, almost).append(checkIn("2024-02-01", "2", 2000)).isValid());
    }

    @Test
    public void shouldRejectWhenACheckInBelongsToAnotherKeyResult() {
        CheckIn other = new CheckIn(new KeyResultId(8), Optional.empty(), 5, "", "", "", "", Fixtures.JIA,
                day("2024-01-02"), Instant.EPOCH);

        assertThrows(IllegalArgumentException.class, () -> CheckInLog.empty(Fixtures.KR).append(other));
        assertThrows(IllegalArgumentException.class, () -> CheckInLog.of(Fixtures.KR, List.of(other)));
    }

    @Test
    public void shouldObserveTheLatestValueWhenAMetricOrBandIsCheckedIn() {
        CheckInLog log = logOf(checkIn("2026-03-10", "20", 0), checkIn("2026-02-10", "10", 1),
                checkIn("2026-03-12", null, 2));
        MetricMeasure metric = new MetricMeasure(Direction.INCREASE, BigDecimal.ZERO,
                TargetTiers.of(new BigDecimal("50")), "customers");
        BandMeasure band = new BandMeasure(new BigDecimal("10"), new BigDecimal("30"), "%");

        assertEquals(Observation.value(new BigDecimal("20")), log.observationFor(metric));
        assertEquals(Observation.value(new BigDecimal("20")), log.observationFor(band));
    }

    @Test
    public void shouldObserveDoneOnlyFromOneWhenAMilestoneIsCheckedIn() {
        MilestoneMeasure milestone = new MilestoneMeasure("Shipped");

        assertEquals(Observation.milestone(true), logOf(checkIn("2026-03-10", "1", 0)).observationFor(milestone));
        assertEquals(Observation.milestone(false), logOf(checkIn("2026-03-10", "0", 0)).observationFor(milestone));
        assertEquals(Observation.milestone(false), logOf(checkIn("2026-03-10", "0.99", 0)).observationFor(milestone));
    }

    @Test
    public void shouldObserveNoCheckInNotZeroWhenNoValueWasCheckedIn() {
        MilestoneMeasure milestone = new MilestoneMeasure("Shipped");

        assertEquals(Observation.noCheckIn(), CheckInLog.empty(Fixtures.KR).observationFor(milestone));
        assertEquals(Observation.noCheckIn(), logOf(checkIn("2026-03-10", null, 0)).observationFor(milestone));
    }

    @Test
    public void shouldRefuseWhenTheKeyResultIsMeasuredByIssues() {
        IssueMeasure issues = IssueMeasure.of(ProgressBasis.ISSUE_COUNT_DONE, List.of(new WorkLink.Epic("CASC-1")));

        assertThrows(IllegalArgumentException.class, () -> CheckInLog.empty(Fixtures.KR).observationFor(issues));
    }
}
