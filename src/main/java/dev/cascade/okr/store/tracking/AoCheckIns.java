package dev.cascade.okr.store.tracking;

import static dev.cascade.okr.store.tracking.TrackingRows.emptyToNull;
import static dev.cascade.okr.store.tracking.TrackingRows.findIn;
import static dev.cascade.okr.store.tracking.TrackingRows.nullToEmpty;

import com.atlassian.activeobjects.external.ActiveObjects;
import dev.cascade.okr.core.model.KeyResultId;
import dev.cascade.okr.core.model.UserRef;
import dev.cascade.okr.core.port.TrackingStore.StoredCheckIn;
import dev.cascade.okr.core.tracking.CheckIn;
import dev.cascade.okr.core.tracking.CheckInLog;
import dev.cascade.okr.core.validation.Validated;
import dev.cascade.okr.store.kernel.Columns;
import dev.cascade.okr.store.kernel.OptimisticLock;
import dev.cascade.okr.store.kernel.StaleWriteException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import net.java.ao.DBParam;
import net.java.ao.Query;

/**
 * The check-in logs of {@link AoTrackingStore}: {@link CheckInAo} rows, appended only, each claiming its place in the
 * log (the log's version) by a unique column, with a {@link CheckInHeadAo} per key result that names its latest
 * check-in and counts its entries.
 */
final class AoCheckIns {

    /** Appends to one log that lose the race for its next entry are retried this often before failing loudly. */
    static final int APPEND_ATTEMPTS = 8;

    private final ActiveObjects ao;

    AoCheckIns(ActiveObjects ao) {
        this.ao = ao;
    }

    /**
     * Appends in one transaction, retried when another append took the log's next entry first; {@code measure} gets
     * the log with the new check-in inside that transaction (see {@code TrackingStore#appendAndMeasure}).
     */
    Validated<StoredCheckIn> append(CheckIn checkIn, Consumer<CheckInLog> measure) {
        Objects.requireNonNull(checkIn, "checkIn");
        Objects.requireNonNull(measure, "measure");
        CheckIn stored = new CheckIn(checkIn.keyResultId(), checkIn.value(), checkIn.confidence(),
                checkIn.progressNote(), checkIn.problems(), checkIn.solutions(), checkIn.nextSteps(), checkIn.author(),
                checkIn.date(), TrackingRows.millis(checkIn.recordedAt()));
        for (int attempt = 1; ; attempt++) {
            try {
                return ao.executeInTransaction(() -> appendOnce(stored, measure));
            } catch (RuntimeException e) {
                if (!TrackingRows.isStaleWrite(e)) {
                    throw e;
                }
                if (attempt == APPEND_ATTEMPTS) {
                    throw new IllegalStateException("check-in log of key result " + checkIn.keyResultId().value()
                            + " changed during each of " + APPEND_ATTEMPTS + " attempts to append", e);
                }
            }
        }
    }

    /**
     * The statements of one append, each written once: the log read (core checks the append against it), the row
     * (whose unique log entry is the version claim), the head (inserted with the first check-in, else read and
     * updated), then what {@code measure} writes.
     */
    private Validated<StoredCheckIn> appendOnce(CheckIn checkIn, Consumer<CheckInLog> measure) {
        long kr = checkIn.keyResultId().value();
        List<CheckIn> entries = entries(kr);
        Validated<CheckInLog> appended = CheckInLog.of(checkIn.keyResultId(), entries).append(checkIn);
        if (!appended.isValid()) {
            return Validated.invalid(appended.violations());
        }
        int entryCount = entries.size() + 1;
        CheckInAo row = insert(checkIn, kr + ":" + entryCount);
        // Stable order: the new check-in sorts after every stored one it ties with, as its id is the largest.
        boolean latest = appended.value().latest().orElseThrow().equals(checkIn);
        CheckInHeadAo head = entries.isEmpty() ? null : TrackingRows.only(ao.find(CheckInHeadAo.class,
                Query.select().where("KEY_RESULT_ID = ?", kr)));
        if (head == null) {
            ao.create(CheckInHeadAo.class,
                    new DBParam("KEY_RESULT_ID", kr),
                    new DBParam("LATEST_ID", row.getID()),
                    new DBParam("ENTRY_COUNT", entryCount));
        } else {
            head.setEntryCount(entryCount);
            if (latest) {
                head.setLatestId(row.getID());
            }
            head.save();
        }
        measure.accept(appended.value());
        return Validated.valid(new StoredCheckIn(row.getID(), checkIn), appended.warnings());
    }

    /**
     * Inserts the row with every column at once (no update after the insert); a lost race for {@code logEntry} is a
     * {@link StaleWriteException}.
     */
    private CheckInAo insert(CheckIn checkIn, String logEntry) {
        List<DBParam> columns = new ArrayList<>(List.of(
                new DBParam("KEY_RESULT_ID", checkIn.keyResultId().value()),
                new DBParam("LOG_ENTRY", logEntry),
                new DBParam("CHECKIN_DAY", Columns.day(checkIn.date())),
                new DBParam("RECORDED_AT", Date.from(checkIn.recordedAt())),
                new DBParam("CONFIDENCE", checkIn.confidence()),
                new DBParam("AUTHOR_KEY", checkIn.author().key())));
        checkIn.value().ifPresent(value -> columns.add(new DBParam("CHECKIN_AMOUNT", Columns.decimal(value))));
        addText(columns, "PROGRESS_NOTE", checkIn.progressNote());
        addText(columns, "PROBLEMS", checkIn.problems());
        addText(columns, "SOLUTIONS", checkIn.solutions());
        addText(columns, "NEXT_STEPS", checkIn.nextSteps());
        try {
            return ao.create(CheckInAo.class, columns.toArray(new DBParam[0]));
        } catch (RuntimeException e) {
            if (OptimisticLock.isUniqueViolation(e)) {
                throw new StaleWriteException("CHECK_IN:" + logEntry, e);
            }
            throw e;
        }
    }

    /** Empty texts are stored as null, that is, not written. */
    private static void addText(List<DBParam> columns, String column, String text) {
        String stored = emptyToNull(text);
        if (stored != null) {
            columns.add(new DBParam(column, stored));
        }
    }

    CheckInLog log(KeyResultId keyResultId) {
        Objects.requireNonNull(keyResultId, "keyResultId");
        return ao.executeInTransaction(() -> CheckInLog.of(keyResultId, entries(keyResultId.value())));
    }

    Map<KeyResultId, CheckInLog> logs(Set<KeyResultId> keyResultIds) {
        return ao.executeInTransaction(() -> {
            Map<Long, List<CheckIn>> entries = new HashMap<>();
            for (CheckInAo row : findIn(ao, CheckInAo.class, "KEY_RESULT_ID", TrackingRows.ids(keyResultIds),
                    "KEY_RESULT_ID ASC, CHECKIN_DAY ASC, RECORDED_AT ASC, ID ASC")) {
                entries.computeIfAbsent(row.getKeyResultId(), id -> new ArrayList<>()).add(toCheckIn(row));
            }
            Map<KeyResultId, CheckInLog> logs = new LinkedHashMap<>();
            for (KeyResultId id : keyResultIds) {
                logs.put(id, CheckInLog.of(id, entries.getOrDefault(id.value(), List.of())));
            }
            return logs;
        });
    }

    /** Oldest first; {@link CheckInLog#of} sorts stably, so the id stays the last tie-breaker. */
    private List<CheckIn> entries(long keyResultId) {
        return Arrays.stream(ao.find(CheckInAo.class, Query.select().where("KEY_RESULT_ID = ?", keyResultId)
                .order("CHECKIN_DAY ASC, RECORDED_AT ASC, ID ASC"))).map(AoCheckIns::toCheckIn).toList();
    }

    List<StoredCheckIn> checkIns(KeyResultId keyResultId, int offset, int limit) {
        Objects.requireNonNull(keyResultId, "keyResultId");
        if (offset < 0 || limit < 1) {
            throw new IllegalArgumentException("offset must be >= 0 and limit >= 1: " + offset + ", " + limit);
        }
        return ao.executeInTransaction(() -> Arrays.stream(ao.find(CheckInAo.class, Query.select()
                        .where("KEY_RESULT_ID = ?", keyResultId.value())
                        .order("CHECKIN_DAY DESC, RECORDED_AT DESC, ID DESC")
                        .offset(offset)
                        .limit(limit)))
                .map(AoCheckIns::toStoredCheckIn)
                .toList());
    }

    int checkInCount(KeyResultId keyResultId) {
        Objects.requireNonNull(keyResultId, "keyResultId");
        return ao.executeInTransaction(() -> ao.count(CheckInAo.class,
                Query.select().where("KEY_RESULT_ID = ?", keyResultId.value())));
    }

    Map<KeyResultId, StoredCheckIn> latestCheckIns(Set<KeyResultId> keyResultIds) {
        return ao.executeInTransaction(() -> {
            List<Long> latestIds = findIn(ao, CheckInHeadAo.class, "KEY_RESULT_ID", TrackingRows.ids(keyResultIds),
                    null).stream().map(CheckInHeadAo::getLatestId).toList();
            Map<KeyResultId, StoredCheckIn> latest = new LinkedHashMap<>();
            for (CheckInAo row : findIn(ao, CheckInAo.class, "ID", latestIds, null)) {
                latest.put(new KeyResultId(row.getKeyResultId()), toStoredCheckIn(row));
            }
            return latest;
        });
    }

    private static StoredCheckIn toStoredCheckIn(CheckInAo row) {
        return new StoredCheckIn(row.getID(), toCheckIn(row));
    }

    private static CheckIn toCheckIn(CheckInAo row) {
        return new CheckIn(new KeyResultId(row.getKeyResultId()),
                Optional.ofNullable(Columns.decimal(row.getCheckinAmount())), row.getConfidence(),
                nullToEmpty(row.getProgressNote()), nullToEmpty(row.getProblems()), nullToEmpty(row.getSolutions()),
                nullToEmpty(row.getNextSteps()), new UserRef(row.getAuthorKey()), Columns.day(row.getCheckinDay()),
                row.getRecordedAt().toInstant());
    }
}
