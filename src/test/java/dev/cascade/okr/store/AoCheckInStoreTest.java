package dev.cascade.okr.store;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import dev.cascade.okr.core.model.KeyResultId;
import dev.cascade.okr.core.model.UserRef;
import dev.cascade.okr.core.port.TrackingStore.StoredCheckIn;
import dev.cascade.okr.core.tracking.CheckIn;
import dev.cascade.okr.core.tracking.CheckInLog;
import dev.cascade.okr.core.validation.Validated;
import dev.cascade.okr.core.validation.ViolationCode;
import dev.cascade.okr.store.kernel.OptimisticLock;
import dev.cascade.okr.store.kernel.VersionClaimAo;
import dev.cascade.okr.store.tracking.AoTrackingStore;
import dev.cascade.okr.store.tracking.CheckInAo;
import dev.cascade.okr.store.tracking.CheckInHeadAo;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import net.java.ao.DBParam;
import org.junit.Test;

/** Check-ins in the tracking store on the real Active Objects library, on H2 and PostgreSQL. */
public class AoCheckInStoreTest extends StoreTest<AoTrackingStore> {

    private static final KeyResultId KR = new KeyResultId(7);
    private static final LocalDate DAY = LocalDate.of(2026, 3, 31);
    private static final Instant AT = Instant.parse("2026-03-31T10:15:30Z");

    /** Runs on one database kind. */
    public AoCheckInStoreTest(String kind) {
        super(kind, AoTrackingStore::new, CheckInAo.class, CheckInHeadAo.class, VersionClaimAo.class);
    }

    @Test
    public void shouldReadEveryFieldBackWhenAppended() {
        String longText = "长文本 long text\n\twith tabs. ".repeat(800);
        CheckIn checkIn = new CheckIn(KR, Optional.of(new BigDecimal("-123456789.123456")), 7,
                "本周签约三家客户", "合同审批慢", "法务提前介入", longText, new UserRef("张伟"), DAY,
                Instant.parse("2026-03-31T10:15:30.123456789Z"));

        Validated<StoredCheckIn> appended = store.append(checkIn);

        assertTrue(appended.isValid());
        assertEquals(List.of(), appended.violations());
        StoredCheckIn stored = appended.value();
        assertTrue(stored.id() > 0);
        CheckIn expected = new CheckIn(KR, Optional.of(new BigDecimal("-123456789.123456")), 7, "本周签约三家客户",
                "合同审批慢", "法务提前介入", longText, new UserRef("张伟"), DAY,
                Instant.parse("2026-03-31T10:15:30.123Z"));
        assertEquals(expected, stored.checkIn());
        assertEquals(List.of(expected), store.log(KR).entries());
        assertEquals(List.of(stored), store.checkIns(KR, 0, 10));
        assertEquals(Map.of(KR, stored), store.latestCheckIns(Set.of(KR)));
    }

    @Test
    public void shouldKeepEmptyTextsAndMissingValueWhenAppended() {
        CheckIn checkIn = new CheckIn(KR, Optional.empty(), 1, "", "", "", "", new UserRef("alice"), DAY, AT);

        store.append(checkIn);

        CheckIn read = store.log(KR).entries().get(0);
        assertEquals(checkIn, read);
        assertEquals(Optional.empty(), read.value());
        assertEquals("", read.nextSteps());
    }

    @Test
    public void shouldOrderLogByDateThenRecordingTimeThenIdWhenBackdated() {
        StoredCheckIn late = store.append(checkIn(DAY, AT, "late")).value();
        Validated<StoredCheckIn> backdated = store.append(checkIn(DAY.minusDays(3), AT.plusSeconds(60), "backdated"));
        StoredCheckIn sameInstantA = store.append(checkIn(DAY, AT.minusSeconds(60), "same A")).value();
        StoredCheckIn sameInstantB = store.append(checkIn(DAY, AT.minusSeconds(60), "same B")).value();

        assertTrue(backdated.isValid());
        assertEquals(List.of(ViolationCode.CHECKIN_BACKDATED),
                backdated.warnings().stream().map(v -> v.code()).toList());
        assertEquals(List.of("backdated", "same A", "same B", "late"),
                store.log(KR).entries().stream().map(CheckIn::progressNote).toList());
        assertTrue(sameInstantA.id() < sameInstantB.id());
        assertEquals(List.of(late, sameInstantB, sameInstantA, backdated.value()), store.checkIns(KR, 0, 10));
        assertEquals(late, store.latestCheckIns(Set.of(KR)).get(KR));
    }

    @Test
    public void shouldPageNewestFirstWhenManyCheckInsExist() {
        for (int i = 1; i <= 7; i++) {
            store.append(checkIn(DAY.plusDays(i), AT.plusSeconds(i), "#" + i));
        }
        store.append(new CheckIn(new KeyResultId(8), Optional.empty(), 5, "other", "", "", "",
                new UserRef("bob"), DAY, AT));

        assertEquals(List.of("#7", "#6", "#5"), notes(store.checkIns(KR, 0, 3)));
        assertEquals(List.of("#4", "#3", "#2"), notes(store.checkIns(KR, 3, 3)));
        assertEquals(List.of("#1"), notes(store.checkIns(KR, 6, 3)));
        assertEquals(List.of(), store.checkIns(KR, 7, 3));
        assertEquals(7, store.checkInCount(KR));
        assertEquals(0, store.checkInCount(new KeyResultId(99)));
        assertTrue(store.log(new KeyResultId(99)).isEmpty());
    }

    @Test
    public void shouldFindLatestCheckInsOfManyKeyResultsWhenMoreThan500AreAsked() {
        Set<KeyResultId> asked = writtenFor(600, (id, i) -> {
            store.append(new CheckIn(id, Optional.of(BigDecimal.valueOf(i)), 5, "first " + i, "", "", "",
                    new UserRef("alice"), DAY, AT));
            if (i % 3 == 0) { // a later, backdated check-in must not become the latest
                store.append(new CheckIn(id, Optional.of(BigDecimal.ONE), 5, "backdated " + i, "", "", "",
                        new UserRef("alice"), DAY.minusDays(1), AT.plusSeconds(1)));
            }
            if (i % 5 == 0) { // a newer one must
                store.append(new CheckIn(id, Optional.empty(), 9, "newer " + i, "", "", "",
                        new UserRef("alice"), DAY.plusDays(1), AT.plusSeconds(2)));
            }
        });
        asked.add(new KeyResultId(5_000));

        Map<KeyResultId, StoredCheckIn> latest = store.latestCheckIns(asked);

        assertEquals(600, latest.size());
        assertEquals("first 3", latest.get(new KeyResultId(3)).checkIn().progressNote());
        assertEquals("newer 15", latest.get(new KeyResultId(15)).checkIn().progressNote());
        assertEquals("first 599", latest.get(new KeyResultId(599)).checkIn().progressNote());
        for (KeyResultId id : List.of(new KeyResultId(1), new KeyResultId(15), new KeyResultId(600))) {
            assertEquals(store.log(id).latest().orElseThrow(), latest.get(id).checkIn());
        }
        assertEquals(Map.of(), store.latestCheckIns(Set.of()));
    }

    @Test
    public void shouldReturnFindingsAndStoreNothingWhenTheLogIsFull() {
        fillLog(CheckInLog.MAX_ENTRIES);
        CheckInLog before = store.log(KR);

        Validated<StoredCheckIn> refused = store.append(checkIn(DAY.plusDays(1), AT, "one too many"));

        assertFalse(refused.isValid());
        assertEquals(List.of(ViolationCode.CHECKIN_TOO_MANY), refused.errors().stream().map(v -> v.code()).toList());
        assertEquals(CheckInLog.MAX_ENTRIES, store.checkInCount(KR));
        assertEquals(before, store.log(KR));
        assertEquals("#" + CheckInLog.MAX_ENTRIES, store.latestCheckIns(Set.of(KR)).get(KR).checkIn().progressNote());
    }

    @Test
    public void shouldStoreEveryCheckInWhenManyAreAppendedConcurrently() throws Exception {
        for (int round = 1; round <= 5; round++) {
            KeyResultId id = new KeyResultId(100 + round);
            List<Callable<Validated<StoredCheckIn>>> writers = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                CheckIn checkIn = new CheckIn(id, Optional.of(BigDecimal.valueOf(i)), 5, "writer " + i, "", "", "",
                        new UserRef("alice"), DAY.plusDays(i), AT);
                writers.add(() -> store.append(checkIn));
            }

            @SuppressWarnings("unchecked")
            List<Validated<StoredCheckIn>> results = Races.together(writers.toArray(new Callable[0]));

            assertTrue(results.stream().allMatch(Validated::isValid));
            assertEquals(4, store.checkInCount(id));
            assertEquals("writer 3", store.latestCheckIns(Set.of(id)).get(id).checkIn().progressNote());
            assertEquals(4, ao.find(CheckInHeadAo.class, "KEY_RESULT_ID = ?", id.value())[0].getEntryCount());
        }
    }

    @Test
    public void shouldWriteWhatMeasureWritesInTheCheckInsTransactionWhenAppendedAndMeasured() {
        store.append(checkIn(DAY.minusDays(1), AT, "before"));
        List<CheckInLog> measured = new ArrayList<>();

        Validated<StoredCheckIn> appended = store.appendAndMeasure(checkIn(DAY, AT, "now"), log -> {
            measured.add(log);
            OptimisticLock.claim(ao, "PROGRESS:" + KR.value());
        });

        assertTrue(appended.isValid());
        assertEquals(List.of(store.log(KR)), measured);
        assertEquals(List.of("before", "now"), measured.get(0).entries().stream().map(CheckIn::progressNote).toList());
        // The progress row's stand-in is committed with the check-in; the check-ins claim no version row of their own.
        assertEquals(1, ao.count(VersionClaimAo.class));
        assertEquals("PROGRESS:7", ao.find(VersionClaimAo.class)[0].getClaim());
    }

    @Test
    public void shouldStoreNeitherCheckInNorProgressWhenTheProgressWriteFails() {
        store.append(checkIn(DAY.minusDays(1), AT, "before"));
        CheckInLog before = store.log(KR);
        StoredCheckIn latest = store.latestCheckIns(Set.of(KR)).get(KR);

        try {
            store.appendAndMeasure(checkIn(DAY, AT, "lost"), log -> {
                OptimisticLock.claim(ao, "PROGRESS:" + KR.value());
                throw new IllegalStateException("progress write failed");
            });
            fail("the progress write's failure must reach the caller");
        } catch (IllegalStateException e) {
            assertEquals("progress write failed", e.getMessage());
        }

        assertEquals(before, store.log(KR));
        assertEquals(1, store.checkInCount(KR));
        assertEquals(latest, store.latestCheckIns(Set.of(KR)).get(KR));
        assertEquals(1, ao.find(CheckInHeadAo.class, "KEY_RESULT_ID = ?", KR.value())[0].getEntryCount());
        assertEquals(0, ao.count(VersionClaimAo.class));
        // The failed append left nothing that blocks the next one: it takes the place the failed one would have had.
        assertTrue(store.append(checkIn(DAY, AT, "next")).isValid());
        assertEquals(2, store.checkInCount(KR));
    }

    @Test
    public void shouldStoreNothingWhenTheFirstCheckInsProgressWriteFails() {
        try {
            store.appendAndMeasure(checkIn(DAY, AT, "lost"), log -> {
                throw new IllegalStateException("progress write failed");
            });
            fail("the progress write's failure must reach the caller");
        } catch (IllegalStateException e) {
            assertEquals("progress write failed", e.getMessage());
        }

        assertTrue(store.log(KR).isEmpty());
        assertEquals(Map.of(), store.latestCheckIns(Set.of(KR)));
        assertEquals(0, ao.count(CheckInHeadAo.class));
    }

    @Test
    public void shouldNotMeasureWhenTheLogRefusesTheCheckIn() {
        fillLog(CheckInLog.MAX_ENTRIES);
        List<CheckInLog> measured = new ArrayList<>();

        Validated<StoredCheckIn> refused = store.appendAndMeasure(checkIn(DAY.plusDays(1), AT, "too many"),
                measured::add);

        assertFalse(refused.isValid());
        assertEquals(List.of(), measured);
    }

    /** A full log written directly (appending 1000 times through the store would only repeat the same reads). */
    private void fillLog(int count) {
        ao.executeInTransaction(() -> {
            long latestId = 0;
            for (int i = 1; i <= count; i++) {
                CheckInAo row = ao.create(CheckInAo.class,
                        new DBParam("KEY_RESULT_ID", KR.value()),
                        new DBParam("CHECKIN_DAY", DAY.minusDays(count - i).toString()),
                        new DBParam("RECORDED_AT", java.util.Date.from(AT)),
                        new DBParam("CONFIDENCE", 5),
                        new DBParam("AUTHOR_KEY", "alice"),
                        new DBParam("PROGRESS_NOTE", "#" + i),
                        new DBParam("LOG_ENTRY", KR.value() + ":" + i));
                latestId = row.getID();
            }
            ao.create(CheckInHeadAo.class,
                    new DBParam("KEY_RESULT_ID", KR.value()),
                    new DBParam("LATEST_ID", latestId),
                    new DBParam("ENTRY_COUNT", count));
            return null;
        });
    }

    @Test
    public void shouldReadManyLogsInOrderAndEmptyOnesWhenAskedTogether() {
        store.append(checkIn(DAY, AT, "late"));
        store.append(checkIn(DAY.minusDays(3), AT.plusSeconds(60), "backdated"));
        KeyResultId other = new KeyResultId(8);
        store.append(new CheckIn(other, Optional.empty(), 5, "other", "", "", "", new UserRef("bob"), DAY, AT));
        KeyResultId silent = new KeyResultId(9);

        Map<KeyResultId, CheckInLog> logs = store.logs(Set.of(KR, other, silent));

        assertEquals(Set.of(KR, other, silent), logs.keySet());
        assertEquals(store.log(KR), logs.get(KR));
        assertEquals(List.of("backdated", "late"),
                logs.get(KR).entries().stream().map(CheckIn::progressNote).toList());
        assertEquals(List.of("other"), logs.get(other).entries().stream().map(CheckIn::progressNote).toList());
        assertTrue(logs.get(silent).isEmpty());
    }

    private static CheckIn checkIn(LocalDate day, Instant at, String note) {
        return new CheckIn(KR, Optional.of(new BigDecimal("12.5")), 6, note, "", "", "", new UserRef("alice"), day,
                at);
    }

    private static List<String> notes(List<StoredCheckIn> checkIns) {
        return checkIns.stream().map(c -> c.checkIn().progressNote()).toList();
    }
}
