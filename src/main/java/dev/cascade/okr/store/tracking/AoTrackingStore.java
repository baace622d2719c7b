package dev.cascade.okr.store.tracking;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.plugin.spring.scanner.annotation.component.JiraComponent;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import dev.cascade.okr.core.model.IssueCompletion;
import dev.cascade.okr.core.model.KeyResultId;
import dev.cascade.okr.core.model.NoDataReason;
import dev.cascade.okr.core.model.ObjectiveId;
import dev.cascade.okr.core.model.Period;
import dev.cascade.okr.core.model.PeriodKind;
import dev.cascade.okr.core.model.Progress;
import dev.cascade.okr.core.model.UserRef;
import dev.cascade.okr.core.port.StoreWrite;
import dev.cascade.okr.core.port.TrackingStore;
import dev.cascade.okr.core.port.Versioned;
import dev.cascade.okr.core.tracking.AdjustmentHistory;
import dev.cascade.okr.core.tracking.AdjustmentState;
import dev.cascade.okr.core.tracking.CheckIn;
import dev.cascade.okr.core.tracking.CheckInLog;
import dev.cascade.okr.core.tracking.Plan;
import dev.cascade.okr.core.tracking.PlanGranularity;
import dev.cascade.okr.core.tracking.ReviewNotes;
import dev.cascade.okr.core.tracking.TargetAdjustment;
import dev.cascade.okr.core.validation.Validated;
import dev.cascade.okr.store.kernel.Columns;
import dev.cascade.okr.store.kernel.OptimisticLock;
import dev.cascade.okr.store.kernel.StaleWriteException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import net.java.ao.DBParam;
import net.java.ao.Query;

/**
 * The tracking store on Active Objects: plans, check-ins, daily snapshots, target adjustments and quarterly review
 * notes. Every method runs in one transaction and maps entities to core objects before returning; look-ups go by
 * indexed columns in batches ({@code IN} lists of at most {@value #BATCH} values), never one query per key result.
 *
 * <p>Versioned writes claim the next version through {@link OptimisticLock} (kinds {@code PLAN:<key result>},
 * {@code CHECK_IN:<key result>}, {@code ADJUSTMENT:<key result>}, {@code REVIEW_NOTE:<quarter start>:<objective>}),
 * so that of two writers that read the same version the database lets exactly one through. Instants are stored as
 * {@link Date}, to the millisecond, and truncated before they are handed to core, so that what a write returns equals
 * what a later read returns.
 */
@JiraComponent
public final class AoTrackingStore implements TrackingStore {

    static final int BATCH = 500;
    /** Appends to one log that lose the race for its next entry are retried this often before failing loudly. */
    static final int APPEND_ATTEMPTS = 8;

    private final ActiveObjects ao;

    /** Creates the store over the host's Active Objects. */
    public AoTrackingStore(@ComponentImport ActiveObjects ao) {
        this.ao = ao;
    }

    // --- plans -------------------------------------------------------------------------------------------------------

    @Override
    public Optional<Versioned<Plan>> plan(KeyResultId keyResultId) {
        Objects.requireNonNull(keyResultId, "keyResultId");
        return ao.executeInTransaction(() -> Optional.ofNullable(plansOf(List.of(keyResultId.value()))
                .get(keyResultId)));
    }

    @Override
    public Map<KeyResultId, Versioned<Plan>> plans(Set<KeyResultId> keyResultIds) {
        return ao.executeInTransaction(() -> plansOf(ids(keyResultIds)));
    }

    @Override
    public StoreWrite<Versioned<Plan>> putPlan(KeyResultId keyResultId, long expectedVersion, Plan plan) {
        Objects.requireNonNull(keyResultId, "keyResultId");
        Objects.requireNonNull(plan, "plan");
        requireVersion(expectedVersion);
        long kr = keyResultId.value();
        return write(() -> {
            PlanAo header = only(ao.find(PlanAo.class, Query.select().where("KEY_RESULT_ID = ?", kr)));
            long next = expectedVersion + 1;
            if (header == null) {
                if (expectedVersion != 0) {
                    return new StoreWrite.Missing<>();
                }
                OptimisticLock.claim(ao, "PLAN", kr, next);
                header = ao.create(PlanAo.class,
                        new DBParam("KEY_RESULT_ID", kr),
                        new DBParam("GRANULARITY", plan.granularity().name()),
                        new DBParam("PERIOD_KIND", plan.goalPeriod().kind().name()),
                        new DBParam("PERIOD_START", Columns.day(plan.goalPeriod().start())),
                        new DBParam("PERIOD_END", Columns.day(plan.goalPeriod().end())),
                        new DBParam("VERSION", next));
            } else {
                if (header.getVersion() != expectedVersion) {
                    return new StoreWrite.Stale<>(toPlan(header, planValuesOf(List.of(header.getID()))
                            .getOrDefault(header.getID(), List.of())));
                }
                OptimisticLock.claim(ao, "PLAN", kr, next);
                header.setGranularity(plan.granularity().name());
                header.setPeriodKind(plan.goalPeriod().kind().name());
                header.setPeriodStart(Columns.day(plan.goalPeriod().start()));
                header.setPeriodEnd(Columns.day(plan.goalPeriod().end()));
                header.setVersion(next);
                header.save();
                ao.deleteWithSQL(PlanValueAo.class, "PLAN_ID = ?", header.getID());
            }
            List<PlanValueAo> values = new ArrayList<>();
            for (int i = 0; i < plan.values().size(); i++) {
                Period sub = plan.subPeriods().get(i);
                values.add(ao.create(PlanValueAo.class,
                        new DBParam("PLAN_ID", header.getID()),
                        new DBParam("POSITION", i),
                        new DBParam("SUB_START", Columns.day(sub.start())),
                        new DBParam("SUB_END", Columns.day(sub.end())),
                        new DBParam("PLANNED_AMOUNT", Columns.decimal(plan.values().get(i)))));
            }
            return new StoreWrite.Written<>(toPlan(header, values));
        }, () -> Optional.ofNullable(plansOf(List.of(kr)).get(keyResultId)));
    }

    private Map<KeyResultId, Versioned<Plan>> plansOf(Collection<Long> keyResultIds) {
        List<PlanAo> headers = new ArrayList<>();
        for (List<Long> batch : batches(keyResultIds)) {
            headers.addAll(Arrays.asList(ao.find(PlanAo.class, Query.select()
                    .where("KEY_RESULT_ID IN (" + placeholders(batch.size()) + ")", batch.toArray()))));
        }
        Map<Long, List<PlanValueAo>> values = planValuesOf(headers.stream().map(PlanAo::getID).toList());
        Map<KeyResultId, Versioned<Plan>> plans = new LinkedHashMap<>();
        for (PlanAo header : headers) {
            plans.put(new KeyResultId(header.getKeyResultId()),
                    toPlan(header, values.getOrDefault(header.getID(), List.of())));
        }
        return plans;
    }

    private Map<Long, List<PlanValueAo>> planValuesOf(Collection<Long> planIds) {
        Map<Long, List<PlanValueAo>> byPlan = new HashMap<>();
        for (List<Long> batch : batches(planIds)) {
            for (PlanValueAo row : ao.find(PlanValueAo.class, Query.select()
                    .where("PLAN_ID IN (" + placeholders(batch.size()) + ")", batch.toArray())
                    .order("PLAN_ID ASC, POSITION ASC"))) {
                byPlan.computeIfAbsent(row.getPlanId(), id -> new ArrayList<>()).add(row);
            }
        }
        return byPlan;
    }

    /** The core plan of stored rows; rows that core no longer accepts fail loudly with the key result's id. */
    private static Versioned<Plan> toPlan(PlanAo header, List<PlanValueAo> values) {
        Period goalPeriod = new Period(PeriodKind.valueOf(header.getPeriodKind()),
                Columns.day(header.getPeriodStart()), Columns.day(header.getPeriodEnd()));
        Validated<Plan> plan = Plan.of(goalPeriod, PlanGranularity.valueOf(header.getGranularity()),
                values.stream().map(v -> Columns.decimal(v.getPlannedAmount())).toList());
        if (!plan.isValid()) {
            throw new IllegalStateException("stored plan of key result " + header.getKeyResultId()
                    + " is not a valid plan: " + plan.violations());
        }
        List<Period> subPeriods = plan.value().subPeriods();
        for (int i = 0; i < values.size(); i++) {
            if (!subPeriods.get(i).start().equals(Columns.day(values.get(i).getSubStart()))
                    || !subPeriods.get(i).end().equals(Columns.day(values.get(i).getSubEnd()))) {
                throw new IllegalStateException("stored plan of key result " + header.getKeyResultId()
                        + ": value " + i + " is for " + values.get(i).getSubStart() + ".." + values.get(i).getSubEnd()
                        + " but the sub-period is " + subPeriods.get(i));
            }
        }
        return new Versioned<>(plan.value(), header.getVersion());
    }

    // --- check-ins ---------------------------------------------------------------------------------------------------

    @Override
    public Validated<StoredCheckIn> append(CheckIn checkIn) {
        Objects.requireNonNull(checkIn, "checkIn");
        CheckIn stored = new CheckIn(checkIn.keyResultId(), checkIn.value(), checkIn.confidence(),
                checkIn.progressNote(), checkIn.problems(), checkIn.solutions(), checkIn.nextSteps(), checkIn.author(),
                checkIn.date(), millis(checkIn.recordedAt()));
        for (int attempt = 1; ; attempt++) {
            try {
                return ao.executeInTransaction(() -> appendOnce(stored));
            } catch (RuntimeException e) {
                if (!isStaleWrite(e)) {
                    throw e;
                }
                if (attempt == APPEND_ATTEMPTS) {
                    throw new IllegalStateException("check-in log of key result " + checkIn.keyResultId().value()
                            + " changed during each of " + APPEND_ATTEMPTS + " attempts to append", e);
                }
            }
        }
    }

    private Validated<StoredCheckIn> appendOnce(CheckIn checkIn) {
        long kr = checkIn.keyResultId().value();
        List<CheckIn> entries = new ArrayList<>();
        for (CheckInAo row : logRows(kr)) {
            entries.add(toCheckIn(row));
        }
        Validated<CheckInLog> appended = CheckInLog.of(checkIn.keyResultId(), entries).append(checkIn);
        if (!appended.isValid()) {
            return Validated.invalid(appended.violations());
        }
        // The entry count is the log's version: of two appends that read the same log, one fails here and retries.
        OptimisticLock.claim(ao, "CHECK_IN", kr, entries.size() + 1L);
        CheckInAo row = ao.create(CheckInAo.class,
                new DBParam("KEY_RESULT_ID", kr),
                new DBParam("CHECKIN_DAY", Columns.day(checkIn.date())),
                new DBParam("RECORDED_AT", Date.from(checkIn.recordedAt())),
                new DBParam("CONFIDENCE", checkIn.confidence()),
                new DBParam("AUTHOR_KEY", checkIn.author().key()));
        row.setCheckinAmount(checkIn.value().map(Columns::decimal).orElse(null));
        row.setProgressNote(emptyToNull(checkIn.progressNote()));
        row.setProblems(emptyToNull(checkIn.problems()));
        row.setSolutions(emptyToNull(checkIn.solutions()));
        row.setNextSteps(emptyToNull(checkIn.nextSteps()));
        row.save();
        // Stable order: the new check-in sorts after every stored one it ties with, as its id is the largest.
        boolean latest = appended.value().latest().orElseThrow().equals(checkIn);
        CheckInHeadAo head = only(ao.find(CheckInHeadAo.class, Query.select().where("KEY_RESULT_ID = ?", kr)));
        if (head == null) {
            ao.create(CheckInHeadAo.class,
                    new DBParam("KEY_RESULT_ID", kr),
                    new DBParam("LATEST_ID", row.getID()),
                    new DBParam("ENTRY_COUNT", entries.size() + 1));
        } else {
            head.setEntryCount(entries.size() + 1);
            if (latest) {
                head.setLatestId(row.getID());
            }
            head.save();
        }
        return Validated.valid(new StoredCheckIn(row.getID(), checkIn), appended.warnings());
    }

    @Override
    public CheckInLog log(KeyResultId keyResultId) {
        Objects.requireNonNull(keyResultId, "keyResultId");
        return ao.executeInTransaction(() -> {
            List<CheckIn> entries = new ArrayList<>();
            for (CheckInAo row : logRows(keyResultId.value())) {
                entries.add(toCheckIn(row));
            }
            return CheckInLog.of(keyResultId, entries);
        });
    }

    @Override
    public Map<KeyResultId, CheckInLog> logs(Set<KeyResultId> keyResultIds) {
        return ao.executeInTransaction(() -> {
            Map<Long, List<CheckIn>> entries = new HashMap<>();
            for (List<Long> batch : batches(ids(keyResultIds))) {
                for (CheckInAo row : ao.find(CheckInAo.class, Query.select()
                        .where("KEY_RESULT_ID IN (" + placeholders(batch.size()) + ")", batch.toArray())
                        .order("KEY_RESULT_ID ASC, CHECKIN_DAY ASC, RECORDED_AT ASC, ID ASC"))) {
                    entries.computeIfAbsent(row.getKeyResultId(), id -> new ArrayList<>()).add(toCheckIn(row));
                }
            }
            Map<KeyResultId, CheckInLog> logs = new LinkedHashMap<>();
            for (KeyResultId id : keyResultIds) {
                logs.put(id, CheckInLog.of(id, entries.getOrDefault(id.value(), List.of())));
            }
            return logs;
        });
    }

    /** Oldest first; {@link CheckInLog#of} sorts stably, so the id stays the last tie-breaker. */
    private CheckInAo[] logRows(long keyResultId) {
        return ao.find(CheckInAo.class, Query.select().where("KEY_RESULT_ID = ?", keyResultId)
                .order("CHECKIN_DAY ASC, RECORDED_AT ASC, ID ASC"));
    }

    @Override
    public List<StoredCheckIn> checkIns(KeyResultId keyResultId, int offset, int limit) {
        Objects.requireNonNull(keyResultId, "keyResultId");
        if (offset < 0 || limit < 1) {
            throw new IllegalArgumentException("offset must be >= 0 and limit >= 1: " + offset + ", " + limit);
        }
        return ao.executeInTransaction(() -> Arrays.stream(ao.find(CheckInAo.class, Query.select()
                        .where("KEY_RESULT_ID = ?", keyResultId.value())
                        .order("CHECKIN_DAY DESC, RECORDED_AT DESC, ID DESC")
                        .offset(offset)
                        .limit(limit)))
                .map(AoTrackingStore::toStoredCheckIn)
                .toList());
    }

    @Override
    public int checkInCount(KeyResultId keyResultId) {
        Objects.requireNonNull(keyResultId, "keyResultId");
        return ao.executeInTransaction(() -> ao.count(CheckInAo.class,
                Query.select().where("KEY_RESULT_ID = ?", keyResultId.value())));
    }

    @Override
    public Map<KeyResultId, StoredCheckIn> latestCheckIns(Set<KeyResultId> keyResultIds) {
        return ao.executeInTransaction(() -> {
            List<Long> latestIds = new ArrayList<>();
            for (List<Long> batch : batches(ids(keyResultIds))) {
                for (CheckInHeadAo head : ao.find(CheckInHeadAo.class, Query.select()
                        .where("KEY_RESULT_ID IN (" + placeholders(batch.size()) + ")", batch.toArray()))) {
                    latestIds.add(head.getLatestId());
                }
            }
            Map<KeyResultId, StoredCheckIn> latest = new LinkedHashMap<>();
            for (List<Long> batch : batches(latestIds)) {
                for (CheckInAo row : ao.find(CheckInAo.class, Query.select()
                        .where("ID IN (" + placeholders(batch.size()) + ")", batch.toArray()))) {
                    latest.put(new KeyResultId(row.getKeyResultId()), toStoredCheckIn(row));
                }
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

    // --- progress snapshots ------------------------------------------------------------------------------------------

    @Override
    public void putSnapshots(LocalDate day, Map<KeyResultId, Snapshot> snapshots, Instant takenAt) {
        Objects.requireNonNull(day, "day");
        Objects.requireNonNull(takenAt, "takenAt");
        snapshots.values().forEach(s -> Objects.requireNonNull(s, "snapshot"));
        String dayText = Columns.day(day);
        Date taken = Date.from(takenAt);
        ao.executeInTransaction(() -> {
            for (List<Long> batch : batches(ids(snapshots.keySet()))) {
                Map<Long, SnapshotAo> existing = new HashMap<>();
                for (SnapshotAo row : ao.find(SnapshotAo.class, Query.select()
                        .where("SNAPSHOT_DAY = ? AND KEY_RESULT_ID IN (" + placeholders(batch.size()) + ")",
                                withFirst(dayText, batch)))) {
                    existing.put(row.getKeyResultId(), row);
                }
                for (Long kr : batch) {
                    SnapshotAo row = existing.get(kr);
                    if (row == null) {
                        row = ao.create(SnapshotAo.class,
                                new DBParam("KEY_RESULT_ID", kr),
                                new DBParam("SNAPSHOT_DAY", dayText),
                                new DBParam("SNAPSHOT_KEY", kr + ":" + dayText),
                                new DBParam("MANUAL", false),
                                new DBParam("TAKEN_AT", taken));
                    }
                    writeSnapshot(row, snapshots.get(new KeyResultId(kr)), taken);
                }
            }
            return null;
        });
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

    @Override
    public List<DaySnapshot> snapshots(KeyResultId keyResultId, LocalDate from, LocalDate to) {
        Objects.requireNonNull(keyResultId, "keyResultId");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        return ao.executeInTransaction(() -> Arrays.stream(ao.find(SnapshotAo.class, Query.select()
                        .where("KEY_RESULT_ID = ? AND SNAPSHOT_DAY BETWEEN ? AND ?", keyResultId.value(),
                                Columns.day(from), Columns.day(to))
                        .order("SNAPSHOT_DAY ASC")))
                .map(AoTrackingStore::toDaySnapshot)
                .toList());
    }

    @Override
    public Map<KeyResultId, DaySnapshot> snapshotsOn(Set<KeyResultId> keyResultIds, LocalDate day) {
        Objects.requireNonNull(day, "day");
        String dayText = Columns.day(day);
        return ao.executeInTransaction(() -> {
            Map<KeyResultId, DaySnapshot> found = new LinkedHashMap<>();
            for (List<Long> batch : batches(ids(keyResultIds))) {
                for (SnapshotAo row : ao.find(SnapshotAo.class, Query.select()
                        .where("SNAPSHOT_DAY = ? AND KEY_RESULT_ID IN (" + placeholders(batch.size()) + ")",
                                withFirst(dayText, batch)))) {
                    found.put(new KeyResultId(row.getKeyResultId()), toDaySnapshot(row));
                }
            }
            return found;
        });
    }

    @Override
    public Map<KeyResultId, List<DaySnapshot>> snapshots(Set<KeyResultId> keyResultIds, LocalDate from,
            LocalDate to) {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        return ao.executeInTransaction(() -> {
            Map<KeyResultId, List<DaySnapshot>> found = new LinkedHashMap<>();
            for (List<Long> batch : batches(ids(keyResultIds))) {
                Object[] parameters = new Object[batch.size() + 2];
                parameters[0] = Columns.day(from);
                parameters[1] = Columns.day(to);
                for (int i = 0; i < batch.size(); i++) {
                    parameters[i + 2] = batch.get(i);
                }
                for (SnapshotAo row : ao.find(SnapshotAo.class, Query.select()
                        .where("SNAPSHOT_DAY BETWEEN ? AND ? AND KEY_RESULT_ID IN (" + placeholders(batch.size())
                                + ")", parameters)
                        .order("KEY_RESULT_ID ASC, SNAPSHOT_DAY ASC"))) {
                    found.computeIfAbsent(new KeyResultId(row.getKeyResultId()), k -> new ArrayList<>())
                            .add(toDaySnapshot(row));
                }
            }
            Map<KeyResultId, List<DaySnapshot>> copy = new LinkedHashMap<>();
            found.forEach((id, list) -> copy.put(id, List.copyOf(list)));
            return copy;
        });
    }

    @Override
    public int addSnapshots(KeyResultId keyResultId, Map<LocalDate, Snapshot> byDay, Instant takenAt) {
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
            Set<String> existing = new java.util.HashSet<>();
            for (SnapshotAo row : ao.find(SnapshotAo.class, Query.select()
                    .where("KEY_RESULT_ID = ? AND SNAPSHOT_DAY BETWEEN ? AND ?", kr, Columns.day(first),
                            Columns.day(last)))) {
                existing.add(row.getSnapshotDay());
            }
            int added = 0;
            for (Map.Entry<LocalDate, Snapshot> entry : new java.util.TreeMap<>(byDay).entrySet()) {
                String dayText = Columns.day(entry.getKey());
                if (existing.contains(dayText)) {
                    continue;
                }
                SnapshotAo row = ao.create(SnapshotAo.class,
                        new DBParam("KEY_RESULT_ID", kr),
                        new DBParam("SNAPSHOT_DAY", dayText),
                        new DBParam("SNAPSHOT_KEY", kr + ":" + dayText),
                        new DBParam("MANUAL", false),
                        new DBParam("TAKEN_AT", taken));
                writeSnapshot(row, entry.getValue(), taken);
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

    // --- target adjustments ------------------------------------------------------------------------------------------

    @Override
    public Versioned<AdjustmentHistory> history(KeyResultId keyResultId, BigDecimal originalTarget) {
        Objects.requireNonNull(keyResultId, "keyResultId");
        Objects.requireNonNull(originalTarget, "originalTarget");
        return ao.executeInTransaction(() -> historyOf(adjustmentRows(keyResultId.value()), originalTarget));
    }

    @Override
    public Validated<StoreWrite<Versioned<AdjustmentHistory>>> propose(KeyResultId keyResultId,
            BigDecimal originalTarget, long expectedVersion, BigDecimal newTarget, String reason, UserRef requestedBy,
            UserRef approver, Instant at, LocalDate effectiveFrom, Period goalPeriod) {
        Instant requestedAt = millis(Objects.requireNonNull(at, "at"));
        return changeHistory(keyResultId, originalTarget, expectedVersion,
                history -> history.propose(newTarget, reason, requestedBy, approver, requestedAt, effectiveFrom,
                        goalPeriod));
    }

    @Override
    public Set<KeyResultId> adjustmentsToApply(LocalDate today) {
        Objects.requireNonNull(today, "today");
        return ao.executeInTransaction(() -> {
            Set<KeyResultId> due = new java.util.TreeSet<>(java.util.Comparator.comparingLong(KeyResultId::value));
            for (AdjustmentAo row : unapplied()) {
                if (!toAdjustment(row).effectiveDay().orElseThrow().isAfter(today)) {
                    due.add(new KeyResultId(row.getKeyResultId()));
                }
            }
            return due;
        });
    }

    @Override
    public void markApplied(KeyResultId keyResultId, LocalDate today, Instant at) {
        Objects.requireNonNull(keyResultId, "keyResultId");
        Objects.requireNonNull(today, "today");
        Date applied = Date.from(Objects.requireNonNull(at, "at"));
        ao.executeInTransaction(() -> {
            for (AdjustmentAo row : adjustmentRows(keyResultId.value())) {
                TargetAdjustment adjustment = toAdjustment(row);
                if (row.getAppliedAt() == null && adjustment.state() == AdjustmentState.APPROVED
                        && !adjustment.effectiveDay().orElseThrow().isAfter(today)) {
                    row.setAppliedAt(applied);
                    row.save();
                }
            }
            return null;
        });
    }

    /** The approved adjustments not yet brought into force, of every key result. */
    private AdjustmentAo[] unapplied() {
        return ao.find(AdjustmentAo.class, Query.select().where("ADJ_STATE = ? AND APPLIED_AT IS NULL",
                AdjustmentState.APPROVED.name()));
    }

    @Override
    public Validated<StoreWrite<Versioned<AdjustmentHistory>>> approve(KeyResultId keyResultId,
            BigDecimal originalTarget, long expectedVersion, UserRef decidedBy, String comment, Instant at) {
        Instant decidedAt = millis(Objects.requireNonNull(at, "at"));
        return changeHistory(keyResultId, originalTarget, expectedVersion,
                history -> history.approve(decidedBy, comment, decidedAt));
    }

    @Override
    public Validated<StoreWrite<Versioned<AdjustmentHistory>>> reject(KeyResultId keyResultId,
            BigDecimal originalTarget, long expectedVersion, UserRef decidedBy, String comment, Instant at) {
        Instant decidedAt = millis(Objects.requireNonNull(at, "at"));
        return changeHistory(keyResultId, originalTarget, expectedVersion,
                history -> history.reject(decidedBy, comment, decidedAt));
    }

    /**
     * Applies a core change to the stored history: stale first (the caller decided on another history), then the
     * core's findings, then the rows that changed: a new proposal becomes a new row (version 1), a decision updates
     * the pending row (version 2); so the history's version, the sum of its rows', grows by one.
     */
    private Validated<StoreWrite<Versioned<AdjustmentHistory>>> changeHistory(KeyResultId keyResultId,
            BigDecimal originalTarget, long expectedVersion,
            Function<AdjustmentHistory, Validated<AdjustmentHistory>> change) {
        Objects.requireNonNull(keyResultId, "keyResultId");
        Objects.requireNonNull(originalTarget, "originalTarget");
        requireVersion(expectedVersion);
        long kr = keyResultId.value();
        try {
            return ao.executeInTransaction(() -> {
                AdjustmentAo[] rows = adjustmentRows(kr);
                Versioned<AdjustmentHistory> current = historyOf(rows, originalTarget);
                if (current.version() != expectedVersion) {
                    return Validated.valid(new StoreWrite.Stale<>(current));
                }
                Validated<AdjustmentHistory> changed = change.apply(current.value());
                if (!changed.isValid()) {
                    return Validated.invalid(changed.violations());
                }
                OptimisticLock.claim(ao, "ADJUSTMENT", kr, expectedVersion + 1);
                List<TargetAdjustment> adjustments = changed.value().adjustments();
                for (int i = 0; i < adjustments.size(); i++) {
                    TargetAdjustment adjustment = adjustments.get(i);
                    if (i >= rows.length) {
                        createAdjustment(kr, i, adjustment);
                    } else if (!adjustment.equals(toAdjustment(rows[i]))) {
                        decideAdjustment(rows[i], adjustment);
                    }
                }
                return Validated.valid(new StoreWrite.Written<>(new Versioned<>(changed.value(), expectedVersion + 1)),
                        changed.warnings());
            });
        } catch (RuntimeException e) {
            if (!isStaleWrite(e)) {
                throw e;
            }
            return Validated.valid(new StoreWrite.Stale<>(ao.executeInTransaction(
                    () -> historyOf(adjustmentRows(kr), originalTarget))));
        }
    }

    private void createAdjustment(long keyResultId, int position, TargetAdjustment adjustment) {
        if (!adjustment.isPending()) {
            throw new IllegalStateException("a new adjustment of key result " + keyResultId + " is already decided");
        }
        AdjustmentAo row = ao.create(AdjustmentAo.class,
                new DBParam("KEY_RESULT_ID", keyResultId),
                new DBParam("POSITION", position),
                new DBParam("OLD_TARGET", Columns.decimal(adjustment.oldTarget())),
                new DBParam("NEW_TARGET", Columns.decimal(adjustment.newTarget())),
                new DBParam("REQUESTED_BY", adjustment.requestedBy().key()),
                new DBParam("APPROVER_KEY", adjustment.approver().key()),
                new DBParam("ADJ_STATE", adjustment.state().name()),
                new DBParam("REQUESTED_AT", Date.from(adjustment.requestedAt())),
                new DBParam("VERSION", 1L));
        row.setReason(emptyToNull(adjustment.reason()));
        row.setEffectiveFrom(adjustment.effectiveFrom().map(Columns::day).orElse(null));
        row.save();
    }

    private static void decideAdjustment(AdjustmentAo row, TargetAdjustment decided) {
        if (!AdjustmentState.PROPOSED.name().equals(row.getAdjState()) || decided.isPending()) {
            throw new IllegalStateException("adjustment " + row.getID() + " of key result " + row.getKeyResultId()
                    + " changed other than by a decision: " + row.getAdjState() + " -> " + decided.state());
        }
        row.setAdjState(decided.state().name());
        row.setDecidedBy(decided.approver().key());
        row.setDecidedAt(Date.from(decided.decidedAt().orElseThrow()));
        row.setDecisionNote(emptyToNull(decided.decisionComment()));
        row.setVersion(row.getVersion() + 1);
        row.save();
    }

    private AdjustmentAo[] adjustmentRows(long keyResultId) {
        return ao.find(AdjustmentAo.class, Query.select().where("KEY_RESULT_ID = ?", keyResultId)
                .order("POSITION ASC"));
    }

    /**
     * The stored history; its original target is the old target of the first adjustment when there is one (the key
     * result's measure holds the target in force, which an approval may have changed), else {@code originalTarget}.
     */
    private static Versioned<AdjustmentHistory> historyOf(AdjustmentAo[] rows, BigDecimal originalTarget) {
        if (rows.length > 0) {
            originalTarget = Columns.decimal(rows[0].getOldTarget());
        }
        List<TargetAdjustment> adjustments = new ArrayList<>(rows.length);
        long version = 0;
        for (AdjustmentAo row : rows) {
            adjustments.add(toAdjustment(row));
            version += row.getVersion();
        }
        return new Versioned<>(AdjustmentHistory.of(originalTarget, adjustments), version);
    }

    private static TargetAdjustment toAdjustment(AdjustmentAo row) {
        return new TargetAdjustment(Columns.decimal(row.getOldTarget()), Columns.decimal(row.getNewTarget()),
                nullToEmpty(row.getReason()), new UserRef(row.getRequestedBy()), new UserRef(row.getApproverKey()),
                row.getRequestedAt().toInstant(), AdjustmentState.valueOf(row.getAdjState()),
                Optional.ofNullable(row.getDecidedAt()).map(Date::toInstant), nullToEmpty(row.getDecisionNote()),
                Optional.ofNullable(Columns.day(row.getEffectiveFrom())));
    }

    // --- quarterly review notes --------------------------------------------------------------------------------------

    @Override
    public Optional<Versioned<ReviewRecord>> reviewNotes(ObjectiveId objectiveId, Period quarter) {
        Objects.requireNonNull(objectiveId, "objectiveId");
        Objects.requireNonNull(quarter, "quarter");
        return ao.executeInTransaction(() -> Optional.ofNullable(reviewRow(objectiveId.value(), quarter))
                .map(AoTrackingStore::toReviewRecord));
    }

    @Override
    public Map<ObjectiveId, Versioned<ReviewRecord>> reviewNotes(Set<ObjectiveId> objectiveIds, Period quarter) {
        Objects.requireNonNull(quarter, "quarter");
        String start = Columns.day(quarter.start());
        return ao.executeInTransaction(() -> {
            Map<ObjectiveId, Versioned<ReviewRecord>> found = new LinkedHashMap<>();
            for (List<Long> batch : batches(objectiveIds.stream().map(ObjectiveId::value).toList())) {
                for (ReviewNoteAo row : ao.find(ReviewNoteAo.class, Query.select()
                        .where("QUARTER_START = ? AND OBJECTIVE_ID IN (" + placeholders(batch.size()) + ")",
                                withFirst(start, batch)))) {
                    found.put(new ObjectiveId(row.getObjectiveId()), toReviewRecord(row));
                }
            }
            return found;
        });
    }

    @Override
    public StoreWrite<Versioned<ReviewRecord>> putReviewNotes(ObjectiveId objectiveId, Period quarter,
            long expectedVersion, ReviewNotes notes, UserRef updatedBy, Instant at) {
        Objects.requireNonNull(objectiveId, "objectiveId");
        Objects.requireNonNull(quarter, "quarter");
        Objects.requireNonNull(notes, "notes");
        Objects.requireNonNull(updatedBy, "updatedBy");
        Objects.requireNonNull(at, "at");
        requireVersion(expectedVersion);
        long objective = objectiveId.value();
        String start = Columns.day(quarter.start());
        String claimKind = "REVIEW_NOTE:" + start;
        return write(() -> {
            ReviewNoteAo row = reviewRow(objective, quarter);
            long next = expectedVersion + 1;
            if (row == null) {
                if (expectedVersion != 0) {
                    return new StoreWrite.Missing<>();
                }
                OptimisticLock.claim(ao, claimKind, objective, next);
                row = ao.create(ReviewNoteAo.class,
                        new DBParam("OBJECTIVE_ID", objective),
                        new DBParam("QUARTER_START", start),
                        new DBParam("QUARTER_END", Columns.day(quarter.end())),
                        new DBParam("QUARTER_KIND", quarter.kind().name()),
                        new DBParam("NOTE_KEY", objective + ":" + start),
                        new DBParam("VERSION", next),
                        new DBParam("UPDATED_BY", updatedBy.key()),
                        new DBParam("UPDATED_AT", Date.from(at)));
            } else {
                if (row.getVersion() != expectedVersion) {
                    return new StoreWrite.Stale<>(toReviewRecord(row));
                }
                OptimisticLock.claim(ao, claimKind, objective, next);
                row.setQuarterEnd(Columns.day(quarter.end()));
                row.setQuarterKind(quarter.kind().name());
                row.setVersion(next);
                row.setUpdatedBy(updatedBy.key());
                row.setUpdatedAt(Date.from(at));
            }
            row.setSubjective(emptyToNull(notes.subjectiveCauses()));
            row.setObjectiveCauses(emptyToNull(notes.objectiveCauses()));
            row.setImprovement(emptyToNull(notes.improvement()));
            row.setNextAdjustment(emptyToNull(notes.nextQuarterAdjustment()));
            row.save();
            return new StoreWrite.Written<>(toReviewRecord(row));
        }, () -> Optional.ofNullable(reviewRow(objective, quarter)).map(AoTrackingStore::toReviewRecord));
    }

    private ReviewNoteAo reviewRow(long objectiveId, Period quarter) {
        return only(ao.find(ReviewNoteAo.class, Query.select().where("OBJECTIVE_ID = ? AND QUARTER_START = ?",
                objectiveId, Columns.day(quarter.start()))));
    }

    private static Versioned<ReviewRecord> toReviewRecord(ReviewNoteAo row) {
        Period quarter = new Period(PeriodKind.valueOf(row.getQuarterKind()), Columns.day(row.getQuarterStart()),
                Columns.day(row.getQuarterEnd()));
        ReviewNotes notes = new ReviewNotes(row.getSubjective(), row.getObjectiveCauses(), row.getImprovement(),
                row.getNextAdjustment());
        return new Versioned<>(new ReviewRecord(new ObjectiveId(row.getObjectiveId()), quarter, notes,
                new UserRef(row.getUpdatedBy()), row.getUpdatedAt().toInstant()), row.getVersion());
    }

    // --- shared ------------------------------------------------------------------------------------------------------

    /**
     * Runs a versioned write in a transaction; when another writer claimed the version first (the transaction rolled
     * back), answers {@code Stale} with the current value read in a new transaction, or {@code Missing}.
     */
    private <T> StoreWrite<T> write(Supplier<StoreWrite<T>> write, Supplier<Optional<T>> current) {
        try {
            return ao.executeInTransaction(write::get);
        } catch (RuntimeException e) {
            if (!isStaleWrite(e)) {
                throw e;
            }
            return ao.executeInTransaction(current::get).<StoreWrite<T>>map(StoreWrite.Stale::new)
                    .orElseGet(StoreWrite.Missing::new);
        }
    }

    /** Whether the failure is a lost version claim, possibly wrapped by the host's transaction template. */
    private static boolean isStaleWrite(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof StaleWriteException) {
                return true;
            }
        }
        return false;
    }

    private static void requireVersion(long expectedVersion) {
        if (expectedVersion < 0) {
            throw new IllegalArgumentException("negative version: " + expectedVersion);
        }
    }

    /** The single row of a look-up by a unique column, or {@code null}. */
    private static <T> T only(T[] rows) {
        if (rows.length > 1) {
            throw new IllegalStateException("expected at most one row, found " + rows.length + ": "
                    + rows[0].getClass().getSimpleName());
        }
        return rows.length == 0 ? null : rows[0];
    }

    private static Instant millis(Instant instant) {
        return instant.truncatedTo(ChronoUnit.MILLIS);
    }

    private static String emptyToNull(String text) {
        return text == null || text.isEmpty() ? null : text;
    }

    private static String nullToEmpty(String text) {
        return text == null ? "" : text;
    }

    private static List<Long> ids(Set<KeyResultId> keyResultIds) {
        return keyResultIds.stream().map(KeyResultId::value).toList();
    }

    private static Object[] withFirst(Object first, List<Long> rest) {
        Object[] parameters = new Object[rest.size() + 1];
        parameters[0] = first;
        for (int i = 0; i < rest.size(); i++) {
            parameters[i + 1] = rest.get(i);
        }
        return parameters;
    }

    private static <T> List<List<T>> batches(Collection<T> values) {
        List<T> all = new ArrayList<>(values);
        List<List<T>> batches = new ArrayList<>();
        for (int from = 0; from < all.size(); from += BATCH) {
            batches.add(all.subList(from, Math.min(all.size(), from + BATCH)));
        }
        return batches;
    }

    /** {@code ?, ?, ?}: placeholders only; values always travel as parameters. */
    private static String placeholders(int count) {
        return String.join(", ", Collections.nCopies(count, "?"));
    }
}
