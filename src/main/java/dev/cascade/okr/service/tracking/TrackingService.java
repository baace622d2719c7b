package dev.cascade.okr.service.tracking;

import com.atlassian.plugin.spring.scanner.annotation.component.JiraComponent;
import dev.cascade.okr.core.model.KeyResultId;
import dev.cascade.okr.core.model.ObjectiveId;
import dev.cascade.okr.core.model.Period;
import dev.cascade.okr.core.port.GoalStore;
import dev.cascade.okr.core.port.GoalStore.StoredKeyResult;
import dev.cascade.okr.core.port.GoalStore.StoredObjective;
import dev.cascade.okr.core.port.KeyResultStore;
import dev.cascade.okr.core.port.SettingsStore;
import dev.cascade.okr.core.port.TrackingStore;
import dev.cascade.okr.core.port.TrackingStore.ReviewRecord;
import dev.cascade.okr.core.port.TrackingStore.StoredCheckIn;
import dev.cascade.okr.core.port.Versioned;
import dev.cascade.okr.core.tracking.AdjustmentHistory;
import dev.cascade.okr.core.tracking.CheckInDraft;
import dev.cascade.okr.core.tracking.CheckInDue;
import dev.cascade.okr.core.tracking.Plan;
import dev.cascade.okr.core.tracking.PlanGranularity;
import dev.cascade.okr.core.tracking.QuarterlyReviewRow;
import dev.cascade.okr.core.tracking.ReviewNotes;
import dev.cascade.okr.core.tracking.TrackingRow;
import dev.cascade.okr.core.tracking.TrackingStatus;
import dev.cascade.okr.core.validation.Violation;
import dev.cascade.okr.service.kernel.Caller;
import dev.cascade.okr.service.kernel.GoalAccess;
import dev.cascade.okr.service.kernel.GoalTrees;
import dev.cascade.okr.service.kernel.Outcome;
import dev.cascade.okr.service.kernel.ProgressService;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The tracking room's service, with the results it answers: plans and check-ins ({@link TrackingCheckIns}), the
 * tracking table and quarterly reviews ({@link TrackingTables}) and target adjustments ({@link TrackingAdjustments},
 * {@link AdjustmentsInForce}), each job with its rules and permission checks in its own package-private part, over one
 * access path ({@link TrackingAccess}). Reading needs sight of the key result's goal; writing needs the right to
 * track it; deciding an adjustment is for its named approver only. Every number comes from core.
 */
@JiraComponent
public final class TrackingService {

    /** The largest page of check-ins. */
    public static final int MAX_PAGE = TrackingCheckIns.MAX_PAGE;

    private final TrackingCheckIns checkIns;
    private final TrackingTables tables;
    private final TrackingAdjustments adjustments;
    private final AdjustmentsInForce inForce;

    /** Creates the service. */
    @Inject
    public TrackingService(GoalStore goals, KeyResultStore keyResults, TrackingStore tracking, SettingsStore settings,
            GoalAccess goalAccess, GoalTrees trees, ProgressService progress) {
        this(goals, keyResults, tracking, settings, goalAccess, trees, progress, Clock.systemUTC());
    }

    TrackingService(GoalStore goals, KeyResultStore keyResults, TrackingStore tracking, SettingsStore settings,
            GoalAccess goalAccess, GoalTrees trees, ProgressService progress, Clock clock) {
        TrackingAccess tracker = new TrackingAccess(goalAccess, clock);
        this.inForce = new AdjustmentsInForce(goals, keyResults, tracking, trees, progress);
        this.checkIns = new TrackingCheckIns(tracker, tracking, progress);
        this.tables = new TrackingTables(tracker, tracking, settings, inForce);
        this.adjustments = new TrackingAdjustments(tracker, tracking, inForce);
    }

    // ---- results ------------------------------------------------------------------------------------------------

    /**
     * The plan of a key result as it stands.
     *
     * @param keyResultId the key result
     * @param goalPeriod the period the plan must cover
     * @param plan the plan, if one was stored
     * @param version its version, 0 when there is none
     */
    public record PlanState(KeyResultId keyResultId, Period goalPeriod, Optional<Plan> plan, long version) {
    }

    /**
     * One page of check-ins, newest first.
     *
     * @param checkIns the page
     * @param total how many there are in all
     */
    public record CheckInPage(List<StoredCheckIn> checkIns, int total) {
    }

    /**
     * A stored check-in with the log's warnings (e.g. backdated).
     *
     * @param checkIn the stored check-in
     * @param warnings what core warned about
     */
    public record RecordedCheckIn(StoredCheckIn checkIn, List<Violation> warnings) {
    }

    /**
     * One key result's line of the tracking table.
     *
     * @param keyResult the key result
     * @param row core's row, when the key result has a plan
     * @param paceStatus core's status by pace, for a key result without a plan
     * @param due when the next check-in is due (never, for an issue-driven key result)
     * @param actual the amount achieved in the period by core's rule, planned or not; empty when nothing was reported
     */
    public record TrackingLine(StoredKeyResult keyResult, Optional<TrackingRow> row, TrackingStatus paceStatus,
            CheckInDue due, Optional<BigDecimal> actual) {
    }

    /**
     * The tracking table of one goal for one quarter or month.
     *
     * @param goal the goal
     * @param period the period asked for
     * @param lines one per key result, in the goal's order
     */
    public record TrackingTable(StoredObjective goal, Period period, List<TrackingLine> lines) {
    }

    /**
     * The quarterly review of one goal.
     *
     * @param goal the goal
     * @param quarter the quarter
     * @param rows core's rows, one per key result with a plan
     * @param notes the written notes (empty when none were written)
     * @param version the notes' version, 0 when none were written
     * @param record who wrote the notes last and when, if anybody did
     */
    public record Review(StoredObjective goal, Period quarter, List<ReviewLine> rows, ReviewNotes notes, long version,
            Optional<ReviewRecord> record) {
    }

    /**
     * One review row with the key result it speaks for.
     *
     * @param keyResult the key result
     * @param row core's row
     * @param status core's status of the row's deviation from the quarter's target (direction-aware)
     */
    public record ReviewLine(StoredKeyResult keyResult, QuarterlyReviewRow row, TrackingStatus status) {
    }

    /**
     * A key result's adjustment history.
     *
     * @param keyResultId the key result
     * @param history core's history with its version
     * @param today the day the history was read (UTC), for the target in force now
     */
    public record Adjustments(KeyResultId keyResultId, Versioned<AdjustmentHistory> history, LocalDate today) {

        /** The target in force today. */
        public BigDecimal targetToday() {
            return history.value().targetOn(today);
        }
    }


    // ---- plans and check-ins ------------------------------------------------------------------------------------

    /** The plan of a key result the caller may see (see {@link TrackingCheckIns#plan}). */
    public Outcome<PlanState> plan(Caller caller, KeyResultId id) {
        return checkIns.plan(caller, id);
    }

    /** Replaces the plan of a key result; {@code version} 0 for a new plan (see {@link TrackingCheckIns#putPlan}). */
    public Outcome<PlanState> putPlan(Caller caller, KeyResultId id, Long version, PlanGranularity granularity,
            List<BigDecimal> values) {
        return checkIns.putPlan(caller, id, version, granularity, values);
    }

    /** One page of a key result's check-ins, newest first (see {@link TrackingCheckIns#checkIns}). */
    public Outcome<CheckInPage> checkIns(Caller caller, KeyResultId id, int offset, int limit) {
        return checkIns.checkIns(caller, id, offset, limit);
    }

    /** Appends a check-in by the caller (see {@link TrackingCheckIns#checkIn}). */
    public Outcome<RecordedCheckIn> checkIn(Caller caller, CheckInDraft draft) {
        return checkIns.checkIn(caller, draft);
    }

    // ---- the tracking table and quarterly reviews ---------------------------------------------------------------

    /**
     * The tracking table of a goal for a year, a quarter or a month inside its period
     * (see {@link TrackingTables#trackingTable}).
     */
    public Outcome<TrackingTable> trackingTable(Caller caller, ObjectiveId id, String period) {
        return tables.trackingTable(caller, id, period);
    }

    /** The quarterly review of a goal (see {@link TrackingTables#review}). */
    public Outcome<Review> review(Caller caller, ObjectiveId id, String quarter) {
        return tables.review(caller, id, quarter);
    }

    /**
     * Writes the review notes of a goal for a quarter; {@code version} 0 for the first notes
     * (see {@link TrackingTables#putReviewNotes}).
     */
    public Outcome<Review> putReviewNotes(Caller caller, ObjectiveId id, String quarter, Long version,
            ReviewNotes notes) {
        return tables.putReviewNotes(caller, id, quarter, version, notes);
    }

    // ---- target adjustments -------------------------------------------------------------------------------------

    /** The target adjustments of a key result with a numeric target (see {@link TrackingAdjustments#adjustments}). */
    public Outcome<Adjustments> adjustments(Caller caller, KeyResultId id) {
        return adjustments.adjustments(caller, id);
    }

    /** Proposes a new target, to be decided by {@code approverKey} (see {@link TrackingAdjustments#propose}). */
    public Outcome<Adjustments> propose(Caller caller, KeyResultId id, Long version, BigDecimal newTarget,
            String reason, String approverKey, String effectiveFrom) {
        return adjustments.propose(caller, id, version, newTarget, reason, approverKey, effectiveFrom);
    }

    /**
     * Approves or rejects the pending adjustment; only its named approver may (see {@link TrackingAdjustments#decide}).
     */
    public Outcome<Adjustments> decide(Caller caller, KeyResultId id, Long version, Boolean approve, String comment) {
        return adjustments.decide(caller, id, version, approve, comment);
    }

    /**
     * Brings into force every approved adjustment whose effective day has come by {@code today}; the daily job calls
     * it (see {@link AdjustmentsInForce#applyDueAdjustments}).
     */
    public int applyDueAdjustments(LocalDate today, Instant at) {
        return inForce.applyDueAdjustments(today, at);
    }
}
