package dev.cascade.okr.core.port;

import dev.cascade.okr.core.model.IssueCompletion;
import dev.cascade.okr.core.model.KeyResultId;
import dev.cascade.okr.core.model.ObjectiveId;
import dev.cascade.okr.core.model.Period;
import dev.cascade.okr.core.model.Progress;
import dev.cascade.okr.core.model.UserRef;
import dev.cascade.okr.core.tracking.AdjustmentHistory;
import dev.cascade.okr.core.tracking.CheckIn;
import dev.cascade.okr.core.tracking.CheckInLog;
import dev.cascade.okr.core.tracking.Plan;
import dev.cascade.okr.core.tracking.ReviewNotes;
import dev.cascade.okr.core.validation.Require;
import dev.cascade.okr.core.validation.Validated;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Where tracking lives: plans, check-ins, daily progress snapshots, target adjustments and quarterly review notes.
 * Every method is one transaction: it completes whole or changes nothing.
 *
 * <p>Versions: a mutable record carries the version it was read at ({@link Versioned}); a write names the version it
 * was based on and answers {@link StoreWrite.Stale} with the current record, having changed nothing, when somebody
 * wrote in between. Version 0 means "there is none yet". Instants are kept to the millisecond: what a write returns is
 * what a later read returns.
 */
public interface TrackingStore {

    // --- plans -------------------------------------------------------------------------------------------------------

    /** The plan of a key result with its version, or empty when it has none. */
    Optional<Versioned<Plan>> plan(KeyResultId keyResultId);

    /** The plans of many key results (any number; read in batches); key results without a plan are left out. */
    Map<KeyResultId, Versioned<Plan>> plans(Set<KeyResultId> keyResultIds);

    /**
     * Replaces the whole plan of a key result (goal period, granularity and every value) at once.
     *
     * @param expectedVersion the version the caller read, 0 when it saw no plan
     * @return the stored plan with its new version; {@code Stale} with the current plan when it changed since (or
     *     exists although 0 was given); {@code Missing} when a version was given but there is no plan
     */
    StoreWrite<Versioned<Plan>> putPlan(KeyResultId keyResultId, long expectedVersion, Plan plan);

    // --- check-ins ---------------------------------------------------------------------------------------------------

    /**
     * Appends a check-in to its key result's log after {@link CheckInLog#append} accepted it against the stored log,
     * in the same transaction. Check-ins are never changed or removed.
     *
     * @return the stored check-in with its id and {@code recordedAt} to the millisecond, with the log's warnings
     *     (e.g. backdated); or the log's errors (e.g. full), with nothing stored
     */
    Validated<StoredCheckIn> append(CheckIn checkIn);

    /**
     * Appends a check-in like {@link #append} and, in the same transaction, hands {@code measure} the log as it stands
     * with the new check-in, so that the key result's progress is written with it: both are stored, or neither. When
     * {@code measure} throws, nothing of the check-in is stored and the exception reaches the caller. {@code measure}
     * is not called when the log refuses the check-in, and may be called again when the append is retried after
     * losing a race for the log's next entry, so it must only write what the log it is given decides.
     *
     * @return what {@link #append} returns
     */
    Validated<StoredCheckIn> appendAndMeasure(CheckIn checkIn, Consumer<CheckInLog> measure);

    /** The whole check-in log of a key result, ordered by date, then recording time, then id; empty when none. */
    CheckInLog log(KeyResultId keyResultId);

    /**
     * The check-in logs of many key results in one read (one query per 500 key results, never one per key result);
     * every asked key result is in the answer, with an empty log when it has no check-in.
     */
    Map<KeyResultId, CheckInLog> logs(Set<KeyResultId> keyResultIds);

    /**
     * One page of a key result's check-ins, newest first (date, then recording time, then id, all descending).
     *
     * @param offset how many of the newest to skip, from 0
     * @param limit at most this many, from 1
     */
    List<StoredCheckIn> checkIns(KeyResultId keyResultId, int offset, int limit);

    /** How many check-ins a key result has. */
    int checkInCount(KeyResultId keyResultId);

    /**
     * The latest check-in (the last of {@link #log}) of each of many key results, read in batches rather than one
     * query per key result; key results without check-ins are left out.
     */
    Map<KeyResultId, StoredCheckIn> latestCheckIns(Set<KeyResultId> keyResultIds);

    // --- progress snapshots ------------------------------------------------------------------------------------------

    /**
     * Stores the snapshot of each key result for {@code day}, replacing one stored earlier for the same key result
     * and day (the daily job may run again); at most one snapshot per key result and day exists.
     *
     * @param takenAt when the snapshots were measured
     */
    void putSnapshots(LocalDate day, Map<KeyResultId, Snapshot> snapshots, Instant takenAt);

    /** The snapshots of a key result from {@code from} to {@code to} (both inclusive), oldest day first. */
    List<DaySnapshot> snapshots(KeyResultId keyResultId, LocalDate from, LocalDate to);

    /** The snapshot of each of many key results on one day; key results without one that day are left out. */
    Map<KeyResultId, DaySnapshot> snapshotsOn(Set<KeyResultId> keyResultIds, LocalDate day);

    /**
     * The snapshots of many key results from {@code from} to {@code to} (both inclusive), each key result's oldest day
     * first, read in batches (never one query per key result); key results without any are left out.
     */
    Map<KeyResultId, List<DaySnapshot>> snapshots(Set<KeyResultId> keyResultIds, LocalDate from, LocalDate to);

    /**
     * Stores reconstructed snapshots of one key result, one per day, except on days that already have one: history
     * that was measured (or back-filled before) is never replaced.
     *
     * @param byDay the snapshot of each day
     * @param takenAt when they were reconstructed
     * @return how many were stored
     */
    int addSnapshots(KeyResultId keyResultId, Map<LocalDate, Snapshot> byDay, Instant takenAt);

    // --- target adjustments ------------------------------------------------------------------------------------------

    /**
     * The target adjustments of a key result, in the order proposed, with the history's version (0 when there is
     * none yet, then one more with every proposal and every decision).
     *
     * @param originalTarget the target the key result was set up with, in its unit; used only while there is no
     *     adjustment (afterwards the first adjustment's old target is the original, since an approval changes the
     *     key result's target)
     */
    Versioned<AdjustmentHistory> history(KeyResultId keyResultId, BigDecimal originalTarget);

    /**
     * Proposes a new target through {@link AdjustmentHistory#propose} on the stored history.
     *
     * @param expectedVersion the history version the caller read
     * @return the core's errors with nothing stored; or {@code Stale} with the current history when it changed since;
     *     or {@code Written} with the new history and version
     */
    default Validated<StoreWrite<Versioned<AdjustmentHistory>>> propose(KeyResultId keyResultId,
            BigDecimal originalTarget, long expectedVersion, BigDecimal newTarget, String reason, UserRef requestedBy,
            UserRef approver, Instant at) {
        return propose(keyResultId, originalTarget, expectedVersion, newTarget, reason, requestedBy, approver, at,
                null, null);
    }

    /**
     * Proposes a new target from {@code effectiveFrom} through
     * {@link AdjustmentHistory#propose(BigDecimal, String, UserRef, UserRef, Instant, LocalDate, Period)}; answers
     * like the proposal without a date.
     *
     * @param effectiveFrom the first day the new target counts, or {@code null} for the day it is approved
     * @param goalPeriod the goal period the date must lie in, or {@code null} not to check
     */
    Validated<StoreWrite<Versioned<AdjustmentHistory>>> propose(KeyResultId keyResultId, BigDecimal originalTarget,
            long expectedVersion, BigDecimal newTarget, String reason, UserRef requestedBy, UserRef approver,
            Instant at, LocalDate effectiveFrom, Period goalPeriod);

    /**
     * The key results with an approved adjustment that is due (its effective day is on or before {@code today}) but
     * not yet brought into force.
     */
    Set<KeyResultId> adjustmentsToApply(LocalDate today);

    /** Notes that the key result's approved adjustments due by {@code today} were brought into force {@code at}. */
    void markApplied(KeyResultId keyResultId, LocalDate today, Instant at);

    /**
     * Approves the pending adjustment through {@link AdjustmentHistory#approve}; of two deciders that read the same
     * version only one decides, the other gets {@code Stale}. Answers like {@link #propose}.
     */
    Validated<StoreWrite<Versioned<AdjustmentHistory>>> approve(KeyResultId keyResultId, BigDecimal originalTarget,
            long expectedVersion, UserRef decidedBy, String comment, Instant at);

    /** Rejects the pending adjustment through {@link AdjustmentHistory#reject}; answers like {@link #approve}. */
    Validated<StoreWrite<Versioned<AdjustmentHistory>>> reject(KeyResultId keyResultId, BigDecimal originalTarget,
            long expectedVersion, UserRef decidedBy, String comment, Instant at);

    // --- quarterly review notes --------------------------------------------------------------------------------------

    /**
     * The review notes of an objective for a quarter (found by the quarter's first day), or empty when none were
     * written. The row's numbers (target, actual, deviation) are computed by core, never stored.
     */
    Optional<Versioned<ReviewRecord>> reviewNotes(ObjectiveId objectiveId, Period quarter);

    /** The review notes of many objectives for one quarter; objectives without notes are left out. */
    Map<ObjectiveId, Versioned<ReviewRecord>> reviewNotes(Set<ObjectiveId> objectiveIds, Period quarter);

    /**
     * Writes the review notes of an objective for a quarter.
     *
     * @param expectedVersion the version the caller read, 0 when it saw no notes
     * @return the stored notes with their new version; {@code Stale} with the current notes when they changed since
     *     (or exist although 0 was given); {@code Missing} when a version was given but there are no notes
     */
    StoreWrite<Versioned<ReviewRecord>> putReviewNotes(ObjectiveId objectiveId, Period quarter, long expectedVersion,
            ReviewNotes notes, UserRef updatedBy, Instant at);

    // --- records -----------------------------------------------------------------------------------------------------

    /**
     * A stored check-in.
     *
     * @param id the store's id of the check-in, positive
     * @param checkIn the check-in as stored
     */
    record StoredCheckIn(long id, CheckIn checkIn) {
        /** Checks presence. */
        public StoredCheckIn {
            Objects.requireNonNull(checkIn, "checkIn");
        }
    }

    /**
     * What the daily job measured for one key result.
     *
     * @param progress the progress, or its no-data reason; a manual progress stays marked as manual
     * @param evidence the issue counts it came from (total, done, in progress only), when it came from issues
     * @param actual the key result's value in its own unit (the tracking table's actual), when known; held without
     *     trailing zeros and never in exponent form, as core holds amounts, so that 1E+3 and 1000.0 are equal
     */
    record Snapshot(Progress progress, Optional<IssueCompletion> evidence, Optional<BigDecimal> actual) {
        /** Checks presence and normalizes the actual. */
        public Snapshot {
            Require.present("progress", progress, "evidence", evidence);
            actual = Objects.requireNonNull(actual, "actual").map(a -> {
                BigDecimal stripped = a.stripTrailingZeros();
                return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
            });
        }
    }

    /**
     * A stored snapshot.
     *
     * @param keyResultId the key result
     * @param day the day it speaks for
     * @param snapshot what was measured; the evidence as counts only (total, done, in progress: story points and
     *     field sums are not kept)
     * @param takenAt when it was measured, to the millisecond
     */
    record DaySnapshot(KeyResultId keyResultId, LocalDate day, Snapshot snapshot, Instant takenAt) {
        /** Checks presence. */
        public DaySnapshot {
            Require.present("keyResultId", keyResultId, "day", day, "snapshot", snapshot, "takenAt", takenAt);
        }
    }

    /**
     * The written part of one quarterly review row as stored.
     *
     * @param objectiveId the objective reviewed
     * @param quarter the quarter as given at the last write (found by its first day)
     * @param notes causes, improvement and next quarter's adjustment
     * @param updatedBy who wrote them last
     * @param updatedAt when, to the millisecond
     */
    record ReviewRecord(ObjectiveId objectiveId, Period quarter, ReviewNotes notes, UserRef updatedBy,
            Instant updatedAt) {
        /** Checks presence. */
        public ReviewRecord {
            Require.present("objectiveId", objectiveId, "quarter", quarter, "notes", notes, "updatedBy", updatedBy,
                    "updatedAt", updatedAt);
        }
    }
}
