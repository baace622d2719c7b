package dev.cascade.okr.service.tracking;

import com.atlassian.plugin.spring.scanner.annotation.component.JiraComponent;
import dev.cascade.okr.core.model.CheckInValues;
import dev.cascade.okr.core.model.Direction;
import dev.cascade.okr.core.model.IssueMeasure;
import dev.cascade.okr.core.model.KeyResultId;
import dev.cascade.okr.core.model.Measure;
import dev.cascade.okr.core.model.MetricMeasure;
import dev.cascade.okr.core.model.Objective;
import dev.cascade.okr.core.model.ObjectiveId;
import dev.cascade.okr.core.model.Period;
import dev.cascade.okr.core.model.PeriodKind;
import dev.cascade.okr.core.model.UserRef;
import dev.cascade.okr.core.port.GoalStore;
import dev.cascade.okr.core.port.GoalStore.StoredKeyResult;
import dev.cascade.okr.core.port.GoalStore.StoredObjective;
import dev.cascade.okr.core.port.SettingsStore;
import dev.cascade.okr.core.port.StoreWrite;
import dev.cascade.okr.core.port.TrackingStore;
import dev.cascade.okr.core.port.TrackingStore.ReviewRecord;
import dev.cascade.okr.core.port.TrackingStore.StoredCheckIn;
import dev.cascade.okr.core.port.Versioned;
import dev.cascade.okr.core.tracking.AdjustmentHistory;
import dev.cascade.okr.core.tracking.CheckIn;
import dev.cascade.okr.core.tracking.CheckInDraft;
import dev.cascade.okr.core.tracking.CheckInDue;
import dev.cascade.okr.core.tracking.CheckInLog;
import dev.cascade.okr.core.tracking.CheckInPolicy;
import dev.cascade.okr.core.tracking.Plan;
import dev.cascade.okr.core.tracking.PlanGranularity;
import dev.cascade.okr.core.tracking.QuarterlyReviewRow;
import dev.cascade.okr.core.tracking.ReviewNotes;
import dev.cascade.okr.core.tracking.TrackedKeyResult;
import dev.cascade.okr.core.tracking.TrackingPolicy;
import dev.cascade.okr.core.tracking.TrackingRow;
import dev.cascade.okr.core.tracking.TrackingStatus;
import dev.cascade.okr.core.validation.Validated;
import dev.cascade.okr.core.validation.Violation;
import dev.cascade.okr.core.validation.ViolationCode;
import dev.cascade.okr.service.kernel.AccessService;
import dev.cascade.okr.service.kernel.Caller;
import dev.cascade.okr.service.kernel.DayText;
import dev.cascade.okr.service.kernel.GoalAccess;
import dev.cascade.okr.service.kernel.GoalTrees;
import dev.cascade.okr.service.kernel.Outcome;
import dev.cascade.okr.service.kernel.Outcome.Failure;
import dev.cascade.okr.service.kernel.PeriodText;
import dev.cascade.okr.service.kernel.ProgressHistoryService;
import dev.cascade.okr.service.kernel.ProgressService;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import javax.inject.Inject;

/**
 * Tracking use cases: plans, check-ins, the tracking table, quarterly reviews and target adjustments, each with its
 * permission checks. Reading needs sight of the key result's goal; writing needs the right to change the goal (or
 * being its owner); deciding an adjustment is for its named approver only. Every number comes from core.
 */
@JiraComponent
public final class TrackingService {

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(TrackingService.class);

    /** The largest page of check-ins. */
    public static final int MAX_PAGE = 100;

    /** The longest user key Jira stores. */
    private static final int MAX_USER_KEY = 255;


    private final GoalStore goals;
    private final TrackingStore tracking;
    private final SettingsStore settings;
    private final AccessService access;
    private final GoalAccess goalAccess;
    private final CheckInPolicy checkInPolicy = new CheckInPolicy();
    private final GoalTrees trees;
    private final ProgressService progress;
    private final Clock clock;

    /** Creates the service. */
    @Inject
    public TrackingService(GoalStore goals, TrackingStore tracking, SettingsStore settings, AccessService access,
            GoalTrees trees, ProgressService progress) {
        this(goals, tracking, settings, access, trees, progress, Clock.systemUTC());
    }

    TrackingService(GoalStore goals, TrackingStore tracking, SettingsStore settings, AccessService access,
            GoalTrees trees, ProgressService progress, Clock clock) {
        this.goals = goals;
        this.trees = trees;
        this.progress = progress;
        this.tracking = tracking;
        this.settings = settings;
        this.access = access;
        this.goalAccess = new GoalAccess(goals, access);
        this.clock = clock;
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
     */
    public record ReviewLine(StoredKeyResult keyResult, QuarterlyReviewRow row) {
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

    // ---- plans --------------------------------------------------------------------------------------------------

    /** The plan of a key result the caller may see. */
    public Outcome<PlanState> plan(Caller caller, KeyResultId id) {
        Outcome<Target> target = keyResult(caller, id, false);
        if (!target.isSuccess()) {
            return rethrow(target);
        }
        return Outcome.success(planState(target.value()));
    }

    /**
     * Replaces the plan of a key result; {@code version} 0 for a new plan. Violations name the body's fields
     * ({@code values[2]}); a stale version answers a conflict with the current plan.
     */
    public Outcome<PlanState> putPlan(Caller caller, KeyResultId id, Long version, PlanGranularity granularity,
            List<BigDecimal> values) {
        Outcome<Target> found = keyResult(caller, id, true);
        if (!found.isSuccess()) {
            return rethrow(found);
        }
        Target target = found.value();
        List<Violation> violations = new ArrayList<>();
        if (version == null || version < 0) {
            violations.add(Violation.of(ViolationCode.VERSION_REQUIRED, "version"));
        }
        if (granularity == null) {
            violations.add(Violation.of(ViolationCode.PLAN_GRANULARITY_INVALID, "granularity"));
        } else {
            Validated<Plan> plan = Plan.of(target.period(), granularity, values);
            if (!plan.isValid()) {
                // Core names the fields as parts of a plan ("plan.values[2]"); the body's fields are "values[2]".
                plan.errors().forEach(v -> violations.add(renamed(v, "plan.", "")));
            }
            if (violations.isEmpty()) {
                StoreWrite<Versioned<Plan>> write = tracking.putPlan(id, version, plan.value());
                if (write instanceof StoreWrite.Written<Versioned<Plan>> written) {
                    return Outcome.success(new PlanState(id, target.period(), Optional.of(written.value().value()),
                            written.value().version()));
                }
                // Stale, or a version given where there is no plan: either way the caller must look again.
                return Outcome.conflict(planState(target));
            }
        }
        return Outcome.failure(Failure.INVALID, violations);
    }

    private PlanState planState(Target target) {
        Optional<Versioned<Plan>> plan = tracking.plan(target.id());
        return new PlanState(target.id(), target.period(), plan.map(Versioned::value),
                plan.map(Versioned::version).orElse(0L));
    }

    // ---- check-ins ----------------------------------------------------------------------------------------------

    /** One page of a key result's check-ins, newest first. */
    public Outcome<CheckInPage> checkIns(Caller caller, KeyResultId id, int offset, int limit) {
        Outcome<Target> target = keyResult(caller, id, false);
        if (!target.isSuccess()) {
            return rethrow(target);
        }
        if (offset < 0 || limit < 1 || limit > MAX_PAGE) {
            return Outcome.failure(Failure.INVALID, Violation.of(ViolationCode.PAGING_INVALID,
                    offset < 0 ? "offset" : "limit", String.valueOf(MAX_PAGE)));
        }
        return Outcome.success(new CheckInPage(tracking.checkIns(id, offset, limit), tracking.checkInCount(id)));
    }

    /**
     * Appends a check-in by the caller, checked by core: the value is required unless the key result is driven by Jira
     * issues. Check-ins are never changed afterwards.
     */
    public Outcome<RecordedCheckIn> checkIn(Caller caller, CheckInDraft draft) {
        Outcome<Target> found = keyResult(caller, draft.keyResultId(), true);
        if (!found.isSuccess()) {
            return rethrow(found);
        }
        Target target = found.value();
        Instant now = clock.instant();
        CheckInDraft byCaller = new CheckInDraft(draft.keyResultId(), draft.value(), draft.confidence(),
                draft.progressNote(), draft.problems(), draft.solutions(), draft.nextSteps(),
                new UserRef(caller.userKey().orElseThrow()), draft.date());
        boolean valueRequired = !(target.keyResult().keyResult().measure() instanceof IssueMeasure);
        Validated<CheckIn> checked = checkInPolicy.validate(byCaller, target.period(), valueRequired,
                LocalDate.now(clock), now);
        if (!checked.isValid()) {
            return Outcome.failure(Failure.INVALID, checked.errors());
        }
        Validated<StoredCheckIn> stored = tracking.append(checked.value());
        if (!stored.isValid()) {
            return Outcome.failure(Failure.INVALID, stored.errors());
        }
        if (valueRequired) {
            measureFromCheckIns(target.keyResult());
        }
        return Outcome.success(new RecordedCheckIn(stored.value(), stored.warnings()));
    }

    /** Stores the progress a key result measured by people now has, by the one path that does (ProgressService). */
    private void measureFromCheckIns(StoredKeyResult keyResult) {
        progress.measureFromCheckIns(List.of(keyResult));
    }

    // ---- the tracking table -------------------------------------------------------------------------------------

    /**
     * The tracking table of a goal for a year ({@code 2026}, the goal's whole period within it), a quarter
     * ({@code 2026-Q1}) or a month ({@code 2026-01}) inside its period: one line per key result, computed by core with
     * the configured thresholds. Issue-driven key results count today's issues at once (their stored evidence), not
     * only after the daily snapshot; plans follow the approved target adjustments.
     */
    public Outcome<TrackingTable> trackingTable(Caller caller, ObjectiveId id, String period) {
        Outcome<StoredObjective> found = goal(caller, id, false);
        if (!found.isSuccess()) {
            return rethrow(found);
        }
        StoredObjective goal = found.value();
        Optional<Period> asked = subPeriod(period, goal.objective().period());
        if (asked.isEmpty()) {
            return Outcome.failure(Failure.INVALID, Violation.of(ViolationCode.TRACKING_PERIOD_INVALID, "period",
                    String.valueOf(period)));
        }
        TrackingPolicy policy = new TrackingPolicy(settings.trackingThresholds().value());
        LocalDate today = LocalDate.now(clock);
        Set<KeyResultId> ids = goal.keyResults().stream().map(StoredKeyResult::id).collect(Collectors.toSet());
        Map<KeyResultId, Versioned<Plan>> plans = tracking.plans(ids);
        Map<KeyResultId, CheckInLog> logs = tracking.logs(ids);
        Map<KeyResultId, NavigableMap<LocalDate, BigDecimal>> measured = measuredAmounts(goal, today);
        List<TrackingLine> lines = new ArrayList<>();
        for (StoredKeyResult keyResult : goal.keyResults()) {
            CheckInLog log = logs.get(keyResult.id());
            CheckInDue due = keyResult.keyResult().measure() instanceof IssueMeasure
                    ? CheckInDue.measuredWithoutPeople(goal.objective().period())
                    : CheckInDue.of(goal.objective().period(), log, today);
            Optional<Plan> plan = Optional.ofNullable(plans.get(keyResult.id())).map(Versioned::value)
                    .map(p -> atGranularityOf(planInForce(keyResult, p), asked.get()));
            Optional<TrackingRow> row = plan.map(p -> TrackingRow.of(tracked(goal.objective(), keyResult, p, log,
                    measured), asked.get(), policy, today));
            // Unplanned, the actual is still read by the same rule: against a plan of nothing.
            Optional<BigDecimal> actual = row.orElseGet(() -> TrackingRow.of(tracked(goal.objective(), keyResult,
                    Plan.nothing(goal.objective().period(), granularityOf(asked.get())), log, measured), asked.get(),
                    policy, today)).actual();
            TrackingStatus pace = row.map(TrackingRow::status)
                    .orElseGet(() -> policy.statusByPace(asked.get(), keyResult.keyResult().progress(), today));
            lines.add(new TrackingLine(keyResult, row, pace, due, actual));
        }
        return Outcome.success(new TrackingTable(goal, asked.get(), lines));
    }

    // ---- quarterly reviews --------------------------------------------------------------------------------------

    /** The quarterly review of a goal: core's rows for its planned key results and the written notes. */
    public Outcome<Review> review(Caller caller, ObjectiveId id, String quarter) {
        Outcome<StoredObjective> found = goal(caller, id, false);
        if (!found.isSuccess()) {
            return rethrow(found);
        }
        Optional<Period> asked = quarterOf(quarter, found.value().objective().period());
        if (asked.isEmpty()) {
            return Outcome.failure(Failure.INVALID, Violation.of(ViolationCode.TRACKING_PERIOD_INVALID, "quarter",
                    String.valueOf(quarter)));
        }
        return Outcome.success(review(found.value(), asked.get()));
    }

    /** Writes the review notes of a goal for a quarter; {@code version} 0 for the first notes. */
    public Outcome<Review> putReviewNotes(Caller caller, ObjectiveId id, String quarter, Long version,
            ReviewNotes notes) {
        Outcome<StoredObjective> found = goal(caller, id, true);
        if (!found.isSuccess()) {
            return rethrow(found);
        }
        StoredObjective goal = found.value();
        Optional<Period> asked = quarterOf(quarter, goal.objective().period());
        if (asked.isEmpty()) {
            return Outcome.failure(Failure.INVALID, Violation.of(ViolationCode.TRACKING_PERIOD_INVALID, "quarter",
                    String.valueOf(quarter)));
        }
        List<Violation> violations = new ArrayList<>();
        if (version == null || version < 0) {
            violations.add(Violation.of(ViolationCode.VERSION_REQUIRED, "version"));
        }
        violations.addAll(QuarterlyReviewRow.checkNotes(notes));
        if (!violations.isEmpty()) {
            return Outcome.failure(Failure.INVALID, violations);
        }
        StoreWrite<Versioned<ReviewRecord>> write = tracking.putReviewNotes(id, asked.get(), version, notes,
                new UserRef(caller.userKey().orElseThrow()), clock.instant());
        if (write instanceof StoreWrite.Written<Versioned<ReviewRecord>>) {
            return Outcome.success(review(goal, asked.get()));
        }
        // Stale, or a version given where there are no notes: either way the caller must look again.
        return Outcome.conflict(review(goal, asked.get()));
    }

    private Review review(StoredObjective goal, Period quarter) {
        Objective objective = goal.objective();
        Optional<Versioned<ReviewRecord>> stored = tracking.reviewNotes(objective.id(), quarter);
        ReviewNotes notes = stored.map(v -> v.value().notes()).orElse(ReviewNotes.NONE);
        Set<KeyResultId> ids = goal.keyResults().stream().map(StoredKeyResult::id).collect(Collectors.toSet());
        Map<KeyResultId, Versioned<Plan>> plans = tracking.plans(ids);
        Map<KeyResultId, CheckInLog> logs = tracking.logs(ids);
        TrackingPolicy policy = new TrackingPolicy(settings.trackingThresholds().value());
        LocalDate today = LocalDate.now(clock);
        Map<KeyResultId, NavigableMap<LocalDate, BigDecimal>> measured = measuredAmounts(goal, today);
        List<ReviewLine> rows = new ArrayList<>();
        for (StoredKeyResult keyResult : goal.keyResults()) {
            Versioned<Plan> plan = plans.get(keyResult.id());
            if (plan == null) {
                continue;
            }
            Plan quarterly = atGranularityOf(planInForce(keyResult, plan.value()), quarter);
            // The quarter's actual is the tracking row's actual for that quarter: one rule for both tables.
            BigDecimal actual = TrackingRow.of(tracked(objective, keyResult, quarterly,
                    logs.get(keyResult.id()), measured), quarter, policy, today).actual().orElse(null);
            Validated<QuarterlyReviewRow> row = QuarterlyReviewRow.of(quarter, objective.unit(), objective.id(),
                    keyResult.keyResult().title(), quarterly, actual, notes);
            if (row.isValid()) {
                rows.add(new ReviewLine(keyResult, row.value()));
            }
        }
        return new Review(goal, quarter, rows, notes, stored.map(Versioned::version).orElse(0L),
                stored.map(Versioned::value));
    }

    // ---- target adjustments -------------------------------------------------------------------------------------

    /** The target adjustments of a key result with a numeric target. */
    public Outcome<Adjustments> adjustments(Caller caller, KeyResultId id) {
        Outcome<Target> found = keyResult(caller, id, false);
        if (!found.isSuccess()) {
            return rethrow(found);
        }
        Optional<BigDecimal> original = targetOf(found.value().keyResult().keyResult().measure());
        if (original.isEmpty()) {
            return Outcome.failure(Failure.INVALID, Violation.of(ViolationCode.ADJUSTMENT_NO_TARGET, null));
        }
        return Outcome.success(new Adjustments(id, tracking.history(id, original.get()), LocalDate.now(clock)));
    }

    /**
     * Proposes a new target from {@code effectiveFrom} ({@code YYYY-MM-DD} inside the goal period; {@code null} for
     * the day it is approved), to be decided by {@code approverKey}; checked by core's history, and the new target
     * must fit the measure (core's {@link AdjustmentHistory#checkFits}).
     */
    public Outcome<Adjustments> propose(Caller caller, KeyResultId id, Long version, BigDecimal newTarget,
            String reason, String approverKey, String effectiveFrom) {
        Outcome<Target> found = keyResult(caller, id, true);
        if (!found.isSuccess()) {
            return rethrow(found);
        }
        Measure measure = found.value().keyResult().keyResult().measure();
        Optional<BigDecimal> original = targetOf(measure);
        if (original.isEmpty()) {
            return Outcome.failure(Failure.INVALID, Violation.of(ViolationCode.ADJUSTMENT_NO_TARGET, null));
        }
        if (version == null || version < 0) {
            return Outcome.failure(Failure.INVALID, Violation.of(ViolationCode.VERSION_REQUIRED, "version"));
        }
        UserRef approver = approverKey == null || approverKey.isBlank() ? null : new UserRef(approverKey.trim());
        if (approver != null && (approver.key().length() > MAX_USER_KEY
                || approver.key().chars().anyMatch(Character::isISOControl))) {
            return Outcome.failure(Failure.INVALID, Violation.of(ViolationCode.ADJUSTMENT_APPROVER_INVALID,
                    "approverKey", String.valueOf(MAX_USER_KEY)));
        }
        List<Violation> violations = new ArrayList<>();
        LocalDate effective = DayText.parse(effectiveFrom, "effectiveFrom", violations).orElse(null);
        violations.addAll(AdjustmentHistory.checkFits(measure, newTarget));
        if (!violations.isEmpty()) {
            return Outcome.failure(Failure.INVALID, violations);
        }
        Optional<Violation> unknown = approver == null ? Optional.empty()
                : access.unknownUser(approver.key(), "approverKey");
        if (unknown.isPresent()) {
            return Outcome.failure(Failure.INVALID, unknown.get());
        }
        Validated<StoreWrite<Versioned<AdjustmentHistory>>> result = tracking.propose(id, original.get(), version,
                newTarget, reason, new UserRef(caller.userKey().orElseThrow()), approver, clock.instant(), effective,
                found.value().period());
        return written(id, result, violations2 -> Outcome.failure(Failure.INVALID, renamedApprover(violations2)));
    }

    /**
     * Approves or rejects the pending adjustment; only its named approver may. An approval whose effective day has
     * come is brought into force at once ({@link #bringIntoForce}); a later one by the daily job on that day.
     */
    public Outcome<Adjustments> decide(Caller caller, KeyResultId id, Long version, Boolean approve, String comment) {
        Outcome<Target> found = keyResult(caller, id, false);
        if (!found.isSuccess()) {
            return rethrow(found);
        }
        Optional<BigDecimal> original = targetOf(found.value().keyResult().keyResult().measure());
        if (original.isEmpty()) {
            return Outcome.failure(Failure.INVALID, Violation.of(ViolationCode.ADJUSTMENT_NO_TARGET, null));
        }
        UserRef decider = new UserRef(caller.userKey().orElseThrow());
        // Only the approver decides: anyone else is refused as such, before their input is looked at.
        Versioned<AdjustmentHistory> history = tracking.history(id, original.get());
        boolean isApprover = history.value().pending().map(p -> p.approver().equals(decider)).orElse(false);
        boolean wasApprover = history.value().adjustments().stream().anyMatch(a -> a.approver().equals(decider));
        if (!isApprover && !wasApprover) {
            return Outcome.failure(Failure.FORBIDDEN, Violation.of(ViolationCode.ADJUSTMENT_NOT_APPROVER, null));
        }
        List<Violation> violations = new ArrayList<>();
        if (version == null || version < 0) {
            violations.add(Violation.of(ViolationCode.VERSION_REQUIRED, "version"));
        }
        if (approve == null) {
            violations.add(Violation.of(ViolationCode.ADJUSTMENT_DECISION_REQUIRED, "approve"));
        }
        if (!violations.isEmpty()) {
            return Outcome.failure(Failure.INVALID, violations);
        }
        Instant now = clock.instant();
        Validated<StoreWrite<Versioned<AdjustmentHistory>>> result = approve
                ? tracking.approve(id, original.get(), version, decider, comment, now)
                : tracking.reject(id, original.get(), version, decider, comment, now);
        Outcome<Adjustments> decided = written(id, result, errors -> Outcome.failure(
                errors.stream().anyMatch(v -> v.code() == ViolationCode.ADJUSTMENT_NOT_APPROVER)
                        ? Failure.FORBIDDEN : Failure.INVALID, errors));
        if (approve && decided.isSuccess()) {
            bringIntoForce(id, LocalDate.now(clock), now);
        }
        return decided;
    }

    /**
     * Brings into force every approved adjustment whose effective day has come by {@code today} and that is not in
     * force yet: the daily job calls it before taking the day's snapshots. A failure of one key result is logged and
     * the others still go.
     *
     * @return how many key results were brought into force
     */
    public int applyDueAdjustments(LocalDate today, Instant at) {
        int applied = 0;
        for (KeyResultId id : tracking.adjustmentsToApply(today)) {
            try {
                bringIntoForce(id, today, at);
                applied++;
            } catch (RuntimeException e) {
                LOG.error("Bringing the approved target of key result {} into force failed; the next run retries",
                        id.value(), e);
            }
        }
        return applied;
    }

    /**
     * Sets the key result's target to core's target in force {@code today}
     * ({@link AdjustmentHistory#targetOn}), marks its due adjustments as in force, recomputes its stored progress
     * (from its issues, or from its check-ins) and forgets the cached goals and cascades, so that progress, zones,
     * achievement and appraisal all read the new target. The old targets stay in the adjustment history.
     */
    private void bringIntoForce(KeyResultId id, LocalDate today, Instant at) {
        for (int attempt = 0; attempt < 3; attempt++) {
            Optional<StoredKeyResult> found = goals.keyResult(id);
            if (found.isEmpty()) {
                tracking.markApplied(id, today, at);
                return;
            }
            StoredKeyResult keyResult = found.get();
            Measure measure = keyResult.keyResult().measure();
            Optional<BigDecimal> stored = targetOf(measure);
            boolean frozen = goals.goal(keyResult.objectiveId()).map(g -> g.objective().lifecycle().isFrozen())
                    .orElse(true);
            if (frozen) {
                // A closed goal keeps what it had at closing; the approval stays in its history.
                LOG.info("Key result {}: its goal is closed, the approved target is not brought into force",
                        id.value());
                tracking.markApplied(id, today, at);
                return;
            }
            if (stored.isEmpty()) {
                tracking.markApplied(id, today, at);
                return;
            }
            BigDecimal inForce = tracking.history(id, stored.get()).value().targetOn(today);
            if (inForce.compareTo(stored.get()) != 0) {
                Optional<Measure> moved = AdjustmentHistory.withTarget(measure, inForce);
                if (moved.isEmpty()) {
                    LOG.warn("Key result {}: the approved target {} no longer fits its measure; left at {}",
                            id.value(), inForce.toPlainString(), stored.get().toPlainString());
                } else {
                    StoreWrite<StoredKeyResult> write = goals.updateKeyResult(id, keyResult.version(),
                            new GoalStore.KeyResultFields(keyResult.keyResult().title(),
                                    keyResult.keyResult().weight(), moved.get(), keyResult.override()));
                    if (write instanceof StoreWrite.Stale<StoredKeyResult>) {
                        continue; // someone changed the key result meanwhile: read it again
                    }
                    if (!(write instanceof StoreWrite.Written<StoredKeyResult> written)) {
                        tracking.markApplied(id, today, at);
                        return;
                    }
                    keyResult = written.value();
                }
            }
            tracking.markApplied(id, today, at);
            if (keyResult.keyResult().measure() instanceof IssueMeasure) {
                progress.recompute(List.of(id));
            } else {
                measureFromCheckIns(keyResult);
            }
            trees.goalsChanged(keyResult.objectiveId());
            return;
        }
        throw new IllegalStateException("key result " + id.value() + " kept changing while its target was set");
    }

    /**
     * The plan as the approved target adjustments leave it (core's {@link AdjustmentHistory#planInForce}); the plan
     * itself when the key result has no numeric target or no adjustment.
     */
    private Plan planInForce(StoredKeyResult keyResult, Plan plan) {
        Optional<BigDecimal> target = targetOf(keyResult.keyResult().measure());
        if (target.isEmpty()) {
            return plan;
        }
        AdjustmentHistory history = tracking.history(keyResult.id(), target.get()).value();
        return history.adjustments().isEmpty() ? plan : history.planInForce(plan);
    }

    private Outcome<Adjustments> written(KeyResultId id, Validated<StoreWrite<Versioned<AdjustmentHistory>>> result,
            java.util.function.Function<List<Violation>, Outcome<Adjustments>> onInvalid) {
        if (!result.isValid()) {
            return onInvalid.apply(result.errors());
        }
        StoreWrite<Versioned<AdjustmentHistory>> write = result.value();
        LocalDate today = LocalDate.now(clock);
        if (write instanceof StoreWrite.Written<Versioned<AdjustmentHistory>> written) {
            return Outcome.success(new Adjustments(id, written.value(), today));
        }
        if (write instanceof StoreWrite.Stale<Versioned<AdjustmentHistory>> stale) {
            return Outcome.conflict(new Adjustments(id, stale.current(), today));
        }
        return Outcome.failure(Failure.NOT_FOUND,
                Violation.of(ViolationCode.KEY_RESULT_NOT_FOUND, "id", String.valueOf(id.value())));
    }

    /** The body names the approver {@code approverKey}; core calls it {@code approver}. */
    private static List<Violation> renamedApprover(List<Violation> violations) {
        return violations.stream().map(v -> "approver".equals(v.field()) ? renamed(v, "approver", "approverKey") : v)
                .toList();
    }

    private static Optional<BigDecimal> targetOf(Measure measure) {
        if (measure instanceof MetricMeasure metric) {
            return Optional.of(metric.target());
        }
        if (measure instanceof IssueMeasure issues) {
            return Optional.ofNullable(issues.target());
        }
        return Optional.empty();
    }

    // ---- access -------------------------------------------------------------------------------------------------

    /** A key result with its goal's period, as found for a caller. */
    private record Target(StoredObjective goal, StoredKeyResult keyResult) {
        KeyResultId id() {
            return keyResult.id();
        }

        Period period() {
            return goal.objective().period();
        }
    }

    /**
     * Reading needs sight of the goal; writing needs core's tracking rule and an open goal ({@link GoalAccess}: the
     * goal's owner keeps tracking it even where only admins may change the goal itself, company goals).
     */
    private Outcome<Target> keyResult(Caller caller, KeyResultId id, boolean change) {
        Outcome<GoalAccess.KeyResultOfGoal> found = change ? goalAccess.trackableOpenKeyResult(caller, id)
                : goalAccess.visibleKeyResult(caller, id);
        if (!found.isSuccess()) {
            return found.failed();
        }
        return Outcome.success(new Target(found.value().goal(), found.value().keyResult()));
    }

    private Outcome<StoredObjective> goal(Caller caller, ObjectiveId id, boolean change) {
        return change ? goalAccess.trackable(caller, id) : goalAccess.visible(caller, id);
    }

    // ---- helpers ------------------------------------------------------------------------------------------------

    private static TrackedKeyResult tracked(Objective goal, StoredKeyResult keyResult, Plan plan, CheckInLog log,
            Map<KeyResultId, NavigableMap<LocalDate, BigDecimal>> measured) {
        Measure measure = keyResult.keyResult().measure();
        Direction direction = measure instanceof MetricMeasure metric ? metric.direction() : Direction.INCREASE;
        BigDecimal start = measure instanceof MetricMeasure metric ? metric.start() : BigDecimal.ZERO;
        // Issue-driven key results are measured daily (and back-filled): their actuals come from the snapshots.
        Optional<NavigableMap<LocalDate, BigDecimal>> amounts = measure instanceof IssueMeasure
                ? Optional.of(measured.getOrDefault(keyResult.id(), new TreeMap<>())) : Optional.empty();
        CheckInValues values = measure instanceof MetricMeasure metric ? metric.checkInValues()
                : CheckInValues.CUMULATIVE;
        return new TrackedKeyResult(goal.owner(), keyResult.keyResult().title(), goal.owner(), direction, start, plan,
                log, amounts, values);
    }

    /**
     * The amounts of the goal's issue-driven key results by snapshot day, from the goal period's start to today or
     * its end, in one batched read; snapshots without an amount are left out.
     */
    private Map<KeyResultId, NavigableMap<LocalDate, BigDecimal>> measuredAmounts(StoredObjective goal,
            LocalDate today) {
        Set<KeyResultId> issueDriven = goal.keyResults().stream()
                .filter(k -> k.keyResult().measure() instanceof IssueMeasure).map(StoredKeyResult::id)
                .collect(Collectors.toSet());
        Period period = goal.objective().period();
        if (issueDriven.isEmpty() || today.isBefore(period.start())) {
            return Map.of();
        }
        LocalDate to = today.isBefore(period.end()) ? today : period.end();
        Map<KeyResultId, NavigableMap<LocalDate, BigDecimal>> amounts = new HashMap<>();
        tracking.snapshots(issueDriven, period.start(), to).forEach((id, days) -> {
            NavigableMap<LocalDate, BigDecimal> byDay = new TreeMap<>();
            days.forEach(d -> d.snapshot().actual().ifPresent(a -> byDay.put(d.day(), a)));
            amounts.put(id, byDay);
        });
        if (to.equals(today)) {
            // Today counts as the issues stand now (the recompute keeps the evidence current), not as this morning's
            // snapshot: a change made today shows in the table at once.
            for (StoredKeyResult keyResult : goal.keyResults()) {
                if (issueDriven.contains(keyResult.id())) {
                    NavigableMap<LocalDate, BigDecimal> byDay = amounts.computeIfAbsent(keyResult.id(),
                            id -> new TreeMap<>());
                    Optional<BigDecimal> now = ProgressHistoryService.amountNow(keyResult);
                    if (now.isPresent()) {
                        byDay.put(today, now.get());
                    } else {
                        byDay.remove(today);
                    }
                }
            }
        }
        return amounts;
    }

    /** Months for a month asked for, quarters otherwise (a quarter, or the goal's whole period). */
    private static PlanGranularity granularityOf(Period asked) {
        return asked.kind() == PeriodKind.MONTH ? PlanGranularity.MONTH : PlanGranularity.QUARTER;
    }

    /**
     * The plan split like {@code period} (quarters or months): its own when it already is, else the same baseline
     * re-cut by core's {@link Plan#plannedFor}, so a monthly plan answers for a quarter and the other way round.
     */
    private static Plan atGranularityOf(Plan plan, Period period) {
        if (plan.subPeriods().contains(period)) {
            return plan;
        }
        PlanGranularity other = plan.granularity() == PlanGranularity.QUARTER ? PlanGranularity.MONTH
                : PlanGranularity.QUARTER;
        return Plan.of(plan.goalPeriod(), other,
                other.subPeriodsOf(plan.goalPeriod()).stream().map(plan::plannedFor).toList()).value();
    }

    /**
     * A quarter or month of the goal period (as cut to its bounds), written {@code 2026-Q1} or {@code 2026-01}, or a
     * year written {@code 2026}: the goal's whole period when that year covers it. Read by the kernel's
     * {@link PeriodText}, as every period people type.
     */
    private static Optional<Period> subPeriod(String text, Period goalPeriod) {
        Optional<Period> asked = PeriodText.parse(text);
        if (asked.isEmpty()) {
            return Optional.empty();
        }
        return switch (asked.get().kind()) {
            case YEAR -> overlaps(goalPeriod, asked.get()) ? Optional.of(goalPeriod) : Optional.empty();
            case QUARTER -> goalPeriod.quarters().stream().filter(q -> overlaps(q, asked.get())).findFirst();
            case MONTH -> goalPeriod.months().stream().filter(m -> overlaps(m, asked.get())).findFirst();
            default -> Optional.empty();
        };
    }

    /** A quarter of the goal period (as cut to its bounds), written {@code 2026-Q1}. */
    private static Optional<Period> quarterOf(String text, Period goalPeriod) {
        return PeriodText.parse(text).filter(p -> p.kind() == PeriodKind.QUARTER)
                .flatMap(q -> goalPeriod.quarters().stream().filter(cut -> overlaps(cut, q)).findFirst());
    }

    private static boolean overlaps(Period cut, Period whole) {
        return whole.contains(cut.start()) && whole.contains(cut.end());
    }

    private static Violation renamed(Violation violation, String prefix, String replacement) {
        String field = violation.field();
        String renamed = field != null && field.startsWith(prefix)
                ? replacement + field.substring(prefix.length()) : field;
        return new Violation(violation.code(), renamed, violation.args(), violation.severity());
    }

    private static <T> Outcome<T> rethrow(Outcome<?> failed) {
        Objects.requireNonNull(failed.failure(), "not a failure");
        return Outcome.failure(failed.failure(), failed.violations());
    }
}
