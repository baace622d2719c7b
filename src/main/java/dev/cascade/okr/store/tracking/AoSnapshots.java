package dev.cascade.okr.store.tracking;

import static dev.cascade.okr.store.tracking.TrackingRows.findIn;

import com.atlassian.activeobjects.external.ActiveObjects;
import dev.cascade.okr.core.model.IssueCompletion;
import dev.cascade.okr.core.model.KeyResultId;
import dev.cascade.okr.core.model.NoDataReason;
import dev.cascade.okr.core.model.Progress;
import dev.cascade.okr.core.port.TrackingStore.DaySnapshot;
import dev.cascade.okr.core.port.TrackingStore.Snapshot;
import dev.cascade.okr.store.kernel.Columns;
import dev.cascade.okr.store.kernel.InList;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Date;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import net.java.ao.DBParam;
import net.java.ao.Query;

/** The daily progress snapshots of {@link AoTrackingStore}: one {@link SnapshotAo} per key result and day. */
final class AoSnapshots {

    private final ActiveObjects ao;

    AoSnapshots(ActiveObjects ao) {
        this.ao = ao;
    }

    void putSnapshots(LocalDate day, Map<KeyResultId, Snapshot> snapshots, Instant takenAt) {
        Objects.requireNonNull(day, "day");
        Objects.requireNonNull(takenAt, "takenAt");
        snapshots.values().forEach(s -> Objects.requireNonNull(s, "snapshot"));
        String dayText = Columns.day(day);
        Date taken = Date.from(takenAt);
        ao.executeInTransaction(() -> {
            for (List<Long> batch : InList.batches(TrackingRows.ids(snapshots.keySet()))) {
                Map<Long, SnapshotAo> existing = new HashMap<>();
                for (SnapshotAo row : findIn(ao, SnapshotAo.class, "SNAPSHOT_DAY = ?", List.of(dayText),
                        "KEY_RESULT_ID", batch, null)) {
                    existing.put(row.getKeyResultId(), row);
                }
                for (Long kr : batch) {
                    SnapshotAo row = existing.get(kr);
                    if (row == null) {
                        row = create(kr, dayText, taken);
                    }
                    writeSnapshot(row, snapshots.get(new KeyResultId(kr)), taken);
                }
            }
            return null;
        });
    }

    private SnapshotAo create(long keyResultId, String dayText, Date takenAt) {
        return ao.create(SnapshotAo.class,
                new DBParam("KEY_RESULT_ID", keyResultId),
                new DBParam("SNAPSHOT_DAY", dayText),
                new DBParam("SNAPSHOT_KEY", keyResultId + ":" + dayText),
                new DBParam("MANUAL", false),
                new DBParam("TAKEN_AT", takenAt));
    }

    private static void writeSnapshot(SnapshotAo row, Snapshot snapshot, Date takenAt) {
        Progress progress = snapshot.progress();
        row.setProgress(progress.hasData() ? progress.fraction() : null);
        row.setNoDataReason(progress.hasData() ? null : progress.reason().name());
        row.setManual(progress.hasData() && progress.isManual());
        IssueCompletion evidence = snapshot.evidence().orElse(null);
        row.setIssuesTotal(evidence == null ? null : evidence.total());
        row.setIssuesDone(evidence == null ? null : evidence.done());
        row.setIssuesInProgress(evidence == null ? null : evidence.inProgress());
        row.setActualAmount(snapshot.actual().map(Columns::decimal).orElse(null));
        row.setTakenAt(takenAt);
        row.save();
    }

    List<DaySnapshot> snapshots(KeyResultId keyResultId, LocalDate from, LocalDate to) {
        Objects.requireNonNull(keyResultId, "keyResultId");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        return ao.executeInTransaction(() -> Arrays.stream(ao.find(SnapshotAo.class, Query.select()
                        .where("KEY_RESULT_ID = ? AND SNAPSHOT_DAY BETWEEN ? AND ?", keyResultId.value(),
                                Columns.day(from), Columns.day(to))
                        .order("SNAPSHOT_DAY ASC")))
                .map(AoSnapshots::toDaySnapshot)
                .toList());
    }

    Map<KeyResultId, DaySnapshot> snapshotsOn(Set<KeyResultId> keyResultIds, LocalDate day) {
        Objects.requireNonNull(day, "day");
        String dayText = Columns.day(day);
        return ao.executeInTransaction(() -> {
            Map<KeyResultId, DaySnapshot> found = new LinkedHashMap<>();
            for (SnapshotAo row : findIn(ao, SnapshotAo.class, "SNAPSHOT_DAY = ?", List.of(dayText),
                    "KEY_RESULT_ID", TrackingRows.ids(keyResultIds), null)) {
                found.put(new KeyResultId(row.getKeyResultId()), toDaySnapshot(row));
            }
            return found;
        });
    }

    Map<KeyResultId, List<DaySnapshot>> snapshots(Set<KeyResultId> keyResultIds, LocalDate from, LocalDate to) {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        return ao.executeInTransaction(() -> {
            Map<KeyResultId, List<DaySnapshot>> found = new LinkedHashMap<>();
            for (SnapshotAo row : findIn(ao, SnapshotAo.class, "SNAPSHOT_DAY BETWEEN ? AND ?",
                    List.of(Columns.day(from), Columns.day(to)), "KEY_RESULT_ID", TrackingRows.ids(keyResultIds),
                    "KEY_RESULT_ID ASC, SNAPSHOT_DAY ASC")) {
                found.computeIfAbsent(new KeyResultId(row.getKeyResultId()), k -> new ArrayList<>())
                        .add(toDaySnapshot(row));
            }
            Map<KeyResultId, List<DaySnapshot>> copy = new LinkedHashMap<>();
            found.forEach((id, list) -> copy.put(id, List.copyOf(list)));
            return copy;
        });
    }

    int addSnapshots(KeyResultId keyResultId, Map<LocalDate, Snapshot> byDay, Instant takenAt) {
        Objects.requireNonNull(keyResultId, "keyResultId");
        Objects.requireNonNull(takenAt, "takenAt");
        byDay.forEach((day, s) -> {
            Objects.requireNonNull(day, "day");
            Objects.requireNonNull(s, "snapshot");
        });
        if (byDay.isEmpty()) {
            return 0;
        }
        long kr = keyResultId.value();
        Date taken = Date.from(takenAt);
        LocalDate first = byDay.keySet().stream().min(LocalDate::compareTo).orElseThrow();
        LocalDate last = byDay.keySet().stream().max(LocalDate::compareTo).orElseThrow();
        return ao.executeInTransaction(() -> {
            Set<String> existing = new HashSet<>();
            for (SnapshotAo row : ao.find(SnapshotAo.class, Query.select()
                    .where("KEY_RESULT_ID = ? AND SNAPSHOT_DAY BETWEEN ? AND ?", kr, Columns.day(first),
                            Columns.day(last)))) {
                existing.add(row.getSnapshotDay());
            }
            int added = 0;
            for (Map.Entry<LocalDate, Snapshot> entry : new TreeMap<>(byDay).entrySet()) {
                String dayText = Columns.day(entry.getKey());
                if (existing.contains(dayText)) {
                    continue;
                }
                writeSnapshot(create(kr, dayText, taken), entry.getValue(), taken);
                added++;
            }
            return added;
        });
    }

    private static DaySnapshot toDaySnapshot(SnapshotAo row) {
        Progress progress;
        if (row.getProgress() != null) {
            progress = row.isManual() ? Progress.manual(row.getProgress()) : Progress.of(row.getProgress());
        } else {
            progress = Progress.noData(row.getNoDataReason() == null
                    ? NoDataReason.NOT_COMPUTED : NoDataReason.valueOf(row.getNoDataReason()));
        }
        Optional<IssueCompletion> evidence = row.getIssuesTotal() == null ? Optional.empty()
                : Optional.of(new IssueCompletion(row.getIssuesTotal(), row.getIssuesDone(),
                        row.getIssuesInProgress()));
        return new DaySnapshot(new KeyResultId(row.getKeyResultId()), Columns.day(row.getSnapshotDay()),
                new Snapshot(progress, evidence, Optional.ofNullable(Columns.decimal(row.getActualAmount()))),
                row.getTakenAt().toInstant());
    }
}
