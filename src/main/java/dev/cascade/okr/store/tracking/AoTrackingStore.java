package dev.cascade.okr.store.tracking;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.plugin.spring.scanner.annotation.component.JiraComponent;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import dev.cascade.okr.core.model.KeyResultId;
import dev.cascade.okr.core.model.ObjectiveId;
import dev.cascade.okr.core.model.Period;
import dev.cascade.okr.core.model.UserRef;
import dev.cascade.okr.core.port.StoreWrite;
import dev.cascade.okr.core.port.TrackingStore;
import dev.cascade.okr.core.port.Versioned;
import dev.cascade.okr.core.tracking.AdjustmentHistory;
import dev.cascade.okr.core.tracking.CheckIn;
import dev.cascade.okr.core.tracking.CheckInLog;
import dev.cascade.okr.core.tracking.Plan;
import dev.cascade.okr.core.tracking.ReviewNotes;
import dev.cascade.okr.core.validation.Validated;
import dev.cascade.okr.store.kernel.InList;
import dev.cascade.okr.store.kernel.OptimisticLock;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

/**
 * The tracking store on Active Objects: plans ({@link AoPlans}), check-ins ({@link AoCheckIns}), daily snapshots
 * ({@link AoSnapshots}), target adjustments ({@link AoAdjustments}) and quarterly review notes
 * ({@link AoReviewNotes}), each part over its own entities. Every method runs in one transaction and maps entities to
 * core objects before returning; look-ups go by indexed columns in batches ({@code IN} lists of at most
 * {@value InList#BATCH} values), never one query per key result.
 *
 * <p>Versioned writes claim the next version through {@link OptimisticLock} (kinds {@code PLAN:<key result>},
 * {@code ADJUSTMENT:<key result>}, {@code REVIEW_NOTE:<quarter start>:<objective>}; a check-in claims its place in
 * its log with its own row, {@link CheckInAo#getLogEntry}), so that of two writers that read the same version the
 * database lets exactly one through. Instants are stored as {@link Date}, to the millisecond, and truncated before they
 * are handed to core, so that what a write returns equals what a later read returns.
 */
@JiraComponent
public final class AoTrackingStore implements TrackingStore {

    private final AoPlans plans;
    private final AoCheckIns checkIns;
    private final AoSnapshots snapshots;
    private final AoAdjustments adjustments;
    private final AoReviewNotes reviewNotes;

    /** Creates the store over the host's Active Objects. */
    public AoTrackingStore(@ComponentImport ActiveObjects ao) {
        this.plans = new AoPlans(ao);
        this.checkIns = new AoCheckIns(ao);
        this.snapshots = new AoSnapshots(ao);
        this.adjustments = new AoAdjustments(ao);
        this.reviewNotes = new AoReviewNotes(ao);
    }

    @Override
    public Optional<Versioned<Plan>> plan(KeyResultId keyResultId) {
        return plans.plan(keyResultId);
    }

    @Override
    public Map<KeyResultId, Versioned<Plan>> plans(Set<KeyResultId> keyResultIds) {
        return plans.plans(keyResultIds);
    }

    @Override
    public StoreWrite<Versioned<Plan>> putPlan(KeyResultId keyResultId, long expectedVersion, Plan plan) {
        return plans.putPlan(keyResultId, expectedVersion, plan);
    }

    @Override
    public Validated<StoredCheckIn> append(CheckIn checkIn) {
        return checkIns.append(checkIn, log -> { });
    }

    @Override
    public Validated<StoredCheckIn> appendAndMeasure(CheckIn checkIn, Consumer<CheckInLog> measure) {
        return checkIns.append(checkIn, measure);
    }

    @Override
    public CheckInLog log(KeyResultId keyResultId) {
        return checkIns.log(keyResultId);
    }

    @Override
    public Map<KeyResultId, CheckInLog> logs(Set<KeyResultId> keyResultIds) {
        return checkIns.logs(keyResultIds);
    }

    @Override
    public List<StoredCheckIn> checkIns(KeyResultId keyResultId, int offset, int limit) {
        return checkIns.checkIns(keyResultId, offset, limit);
    }

    @Override
    public int checkInCount(KeyResultId keyResultId) {
        return checkIns.checkInCount(keyResultId);
    }

    @Override
    public Map<KeyResultId, StoredCheckIn> latestCheckIns(Set<KeyResultId> keyResultIds) {
        return checkIns.latestCheckIns(keyResultIds);
    }

    @Override
    public void putSnapshots(LocalDate day, Map<KeyResultId, Snapshot> byKeyResult, Instant takenAt) {
        snapshots.putSnapshots(day, byKeyResult, takenAt);
    }

    @Override
    public List<DaySnapshot> snapshots(KeyResultId keyResultId, LocalDate from, LocalDate to) {
        return snapshots.snapshots(keyResultId, from, to);
    }

    @Override
    public Map<KeyResultId, DaySnapshot> snapshotsOn(Set<KeyResultId> keyResultIds, LocalDate day) {
        return snapshots.snapshotsOn(keyResultIds, day);
    }

    @Override
    public Map<KeyResultId, List<DaySnapshot>> snapshots(Set<KeyResultId> keyResultIds, LocalDate from,
            LocalDate to) {
        return snapshots.snapshots(keyResultIds, from, to);
    }

    @Override
    public int addSnapshots(KeyResultId keyResultId, Map<LocalDate, Snapshot> byDay, Instant takenAt) {
        return snapshots.addSnapshots(keyResultId, byDay, takenAt);
    }

    @Override
    public Versioned<AdjustmentHistory> history(KeyResultId keyResultId, BigDecimal originalTarget) {
        return adjustments.history(keyResultId, originalTarget);
    }

    @Override
    public Validated<StoreWrite<Versioned<AdjustmentHistory>>> propose(KeyResultId keyResultId,
            BigDecimal originalTarget, long expectedVersion, BigDecimal newTarget, String reason, UserRef requestedBy,
            UserRef approver, Instant at, LocalDate effectiveFrom, Period goalPeriod) {
        return adjustments.propose(keyResultId, originalTarget, expectedVersion, newTarget, reason, requestedBy,
                approver, at, effectiveFrom, goalPeriod);
    }

    @Override
    public Set<KeyResultId> adjustmentsToApply(LocalDate today) {
        return adjustments.adjustmentsToApply(today);
    }

    @Override
    public void markApplied(KeyResultId keyResultId, LocalDate today, Instant at) {
        adjustments.markApplied(keyResultId, today, at);
    }

    @Override
    public Validated<StoreWrite<Versioned<AdjustmentHistory>>> approve(KeyResultId keyResultId,
            BigDecimal originalTarget, long expectedVersion, UserRef decidedBy, String comment, Instant at) {
        return adjustments.decide(true, keyResultId, originalTarget, expectedVersion, decidedBy, comment, at);
    }

    @Override
    public Validated<StoreWrite<Versioned<AdjustmentHistory>>> reject(KeyResultId keyResultId,
            BigDecimal originalTarget, long expectedVersion, UserRef decidedBy, String comment, Instant at) {
        return adjustments.decide(false, keyResultId, originalTarget, expectedVersion, decidedBy, comment, at);
    }

    @Override
    public Optional<Versioned<ReviewRecord>> reviewNotes(ObjectiveId objectiveId, Period quarter) {
        return reviewNotes.reviewNotes(objectiveId, quarter);
    }

    @Override
    public Map<ObjectiveId, Versioned<ReviewRecord>> reviewNotes(Set<ObjectiveId> objectiveIds, Period quarter) {
        return reviewNotes.reviewNotes(objectiveIds, quarter);
    }

    @Override
    public StoreWrite<Versioned<ReviewRecord>> putReviewNotes(ObjectiveId objectiveId, Period quarter,
            long expectedVersion, ReviewNotes notes, UserRef updatedBy, Instant at) {
        return reviewNotes.putReviewNotes(objectiveId, quarter, expectedVersion, notes, updatedBy, at);
    }
}
