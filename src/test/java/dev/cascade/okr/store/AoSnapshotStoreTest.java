package dev.cascade.okr.store;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import dev.cascade.okr.core.model.IssueCompletion;
import dev.cascade.okr.core.model.KeyResultId;
import dev.cascade.okr.core.model.NoDataReason;
import dev.cascade.okr.core.model.Progress;
import dev.cascade.okr.core.port.TrackingStore.DaySnapshot;
import dev.cascade.okr.core.port.TrackingStore.Snapshot;
import dev.cascade.okr.store.tracking.AoTrackingStore;
import dev.cascade.okr.store.tracking.SnapshotAo;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.Test;

/** Daily progress snapshots in the tracking store on the real Active Objects library, on H2 and PostgreSQL. */
public class AoSnapshotStoreTest extends StoreTest<AoTrackingStore> {

    private static final KeyResultId KR = new KeyResultId(7);
    private static final LocalDate DAY = LocalDate.of(2026, 3, 31);
    private static final Instant AT = Instant.parse("2026-04-01T02:00:00.250Z");

    /** Runs on one database kind. */
    public AoSnapshotStoreTest(String kind) {
        super(kind, AoTrackingStore::new, SnapshotAo.class);
    }

    @Test
    public void shouldReadEveryFieldBackWhenStored() {
        Snapshot measured = new Snapshot(Progress.of(1.0 / 3), Optional.of(new IssueCompletion(6, 2, 3)),
                Optional.of(new BigDecimal("-123456789.123456")));
        Snapshot manual = new Snapshot(Progress.manual(0.75), Optional.empty(), Optional.of(new BigDecimal("1E+3")));
        Snapshot noData = new Snapshot(Progress.noData(NoDataReason.EMPTY_EPIC), Optional.of(IssueCompletion.NONE),
                Optional.empty());

        store.putSnapshots(DAY, Map.of(KR, measured, new KeyResultId(8), manual, new KeyResultId(9), noData), AT);

        Map<KeyResultId, DaySnapshot> read = store.snapshotsOn(
                Set.of(KR, new KeyResultId(8), new KeyResultId(9)), DAY);
        assertEquals(new DaySnapshot(KR, DAY, measured, AT), read.get(KR));
        assertEquals(1.0 / 3, read.get(KR).snapshot().progress().fraction(), 0);
        assertEquals(new DaySnapshot(new KeyResultId(8), DAY, manual, AT), read.get(new KeyResultId(8)));
        assertTrue(read.get(new KeyResultId(8)).snapshot().progress().isManual());
        assertEquals("1000", read.get(new KeyResultId(8)).snapshot().actual().orElseThrow().toPlainString());
        assertEquals(new DaySnapshot(new KeyResultId(9), DAY, noData, AT), read.get(new KeyResultId(9)));
        assertEquals(NoDataReason.EMPTY_EPIC, read.get(new KeyResultId(9)).snapshot().progress().reason());
    }

    @Test
    public void shouldReplaceSnapshotWhenTakenAgainOnTheSameDay() {
        store.putSnapshots(DAY, Map.of(KR, new Snapshot(Progress.of(0.2), Optional.of(new IssueCompletion(5, 1, 0)),
                Optional.of(BigDecimal.ONE))), AT);
        Snapshot again = new Snapshot(Progress.noData(NoDataReason.BROKEN_LINK), Optional.empty(), Optional.empty());

        store.putSnapshots(DAY, Map.of(KR, again), AT.plusSeconds(3600));

        assertEquals(List.of(new DaySnapshot(KR, DAY, again, AT.plusSeconds(3600))), store.snapshots(KR, DAY, DAY));
        assertEquals(1, ao.count(SnapshotAo.class));
    }

    @Test
    public void shouldListSnapshotsOfRangeInDayOrderWhenManyDaysExist() {
        for (int i = 9; i >= 0; i--) { // stored newest first, read oldest first
            store.putSnapshots(DAY.plusDays(i), Map.of(
                    KR, new Snapshot(Progress.of(i / 10.0), Optional.empty(), Optional.of(BigDecimal.valueOf(i))),
                    new KeyResultId(8), new Snapshot(Progress.of(1), Optional.empty(), Optional.empty())), AT);
        }

        List<DaySnapshot> range = store.snapshots(KR, DAY.plusDays(2), DAY.plusDays(5));

        assertEquals(List.of(DAY.plusDays(2), DAY.plusDays(3), DAY.plusDays(4), DAY.plusDays(5)),
                range.stream().map(DaySnapshot::day).toList());
        assertTrue(range.stream().allMatch(s -> s.keyResultId().equals(KR)));
        assertEquals(new BigDecimal("3"), range.get(1).snapshot().actual().orElseThrow());
        assertEquals(List.of(), store.snapshots(KR, DAY.minusDays(5), DAY.minusDays(1)));
        assertEquals(10, store.snapshots(KR, DAY, DAY.plusYears(1)).size());
    }

    @Test
    public void shouldStoreAndReadManyKeyResultsInBatchesWhenMoreThan500() {
        Map<KeyResultId, Snapshot> first = new HashMap<>();
        for (int i = 1; i <= 1100; i++) {
            first.put(new KeyResultId(i), new Snapshot(Progress.of(0.1), Optional.empty(), Optional.empty()));
        }
        store.putSnapshots(DAY, first, AT);
        Map<KeyResultId, Snapshot> second = new HashMap<>();
        for (int i = 550; i <= 1200; i++) {
            second.put(new KeyResultId(i), new Snapshot(Progress.of(0.9), Optional.of(new IssueCompletion(10, 9, 1)),
                    Optional.of(BigDecimal.valueOf(i, 6))));
        }

        store.putSnapshots(DAY, second, AT.plusSeconds(60));

        Map<KeyResultId, DaySnapshot> read = store.snapshotsOn(
                java.util.stream.IntStream.rangeClosed(1, 1300).mapToObj(KeyResultId::new)
                        .collect(java.util.stream.Collectors.toSet()), DAY);
        assertEquals(1200, read.size());
        assertEquals(1200, ao.count(SnapshotAo.class));
        assertEquals(0.1, read.get(new KeyResultId(549)).snapshot().progress().fraction(), 0);
        assertEquals(AT, read.get(new KeyResultId(549)).takenAt());
        assertEquals(new DaySnapshot(new KeyResultId(1200), DAY, second.get(new KeyResultId(1200)),
                AT.plusSeconds(60)), read.get(new KeyResultId(1200)));
        assertEquals("0.00055", read.get(new KeyResultId(550)).snapshot().actual().orElseThrow().toPlainString());
        assertEquals(Map.of(), store.snapshotsOn(Set.of(KR), DAY.plusDays(1)));
    }

    @Test
    public void shouldAddOnlyTheDaysWithoutSnapshotWhenBackFilled() {
        Snapshot measured = new Snapshot(Progress.of(0.5), Optional.of(new IssueCompletion(4, 2, 0)),
                Optional.of(new BigDecimal("2")));
        store.putSnapshots(DAY.plusDays(1), Map.of(KR, measured), AT);
        Snapshot rebuilt = new Snapshot(Progress.of(0.25), Optional.of(new IssueCompletion(4, 1, 0)),
                Optional.of(BigDecimal.ONE));
        Map<LocalDate, Snapshot> byDay = Map.of(DAY, rebuilt, DAY.plusDays(1), rebuilt, DAY.plusDays(2), rebuilt);

        int added = store.addSnapshots(KR, byDay, AT.plusSeconds(60));

        assertEquals(2, added);
        assertEquals(List.of(new DaySnapshot(KR, DAY, rebuilt, AT.plusSeconds(60)),
                new DaySnapshot(KR, DAY.plusDays(1), measured, AT),
                new DaySnapshot(KR, DAY.plusDays(2), rebuilt, AT.plusSeconds(60))),
                store.snapshots(KR, DAY, DAY.plusDays(2)));
        assertEquals(0, store.addSnapshots(KR, byDay, AT.plusSeconds(120)));
        assertEquals(3, ao.count(SnapshotAo.class));
    }

    @Test
    public void shouldReadTheRangeOfManyKeyResultsWhenAskedTogether() {
        for (int i = 1; i <= 600; i++) {
            store.addSnapshots(new KeyResultId(i), Map.of(DAY, new Snapshot(Progress.of(0.1), Optional.empty(),
                    Optional.of(BigDecimal.valueOf(i))), DAY.plusDays(3), new Snapshot(Progress.of(0.2),
                    Optional.empty(), Optional.empty()), DAY.plusDays(9), new Snapshot(Progress.of(0.3),
                    Optional.empty(), Optional.empty())), AT);
        }
        Set<KeyResultId> asked = java.util.stream.IntStream.rangeClosed(2, 700).mapToObj(KeyResultId::new)
                .collect(java.util.stream.Collectors.toSet());

        Map<KeyResultId, List<DaySnapshot>> read = store.snapshots(asked, DAY, DAY.plusDays(3));

        assertEquals(599, read.size());
        assertEquals(List.of(DAY, DAY.plusDays(3)),
                read.get(new KeyResultId(600)).stream().map(DaySnapshot::day).toList());
        assertEquals(new BigDecimal("555"), read.get(new KeyResultId(555)).get(0).snapshot().actual().orElseThrow());
        assertEquals(Map.of(), store.snapshots(asked, DAY.plusDays(4), DAY.plusDays(8)));
    }
}
