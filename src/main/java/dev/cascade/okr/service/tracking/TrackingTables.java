package dev.cascade.okr.service.tracking;

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
import dev.cascade.okr.core.port.GoalStore.StoredKeyResult;
import dev.cascade.okr.core.port.GoalStore.StoredObjective;
import dev.cascade.okr.core.port.SettingsStore;
import dev.cascade.okr.core.port.StoreWrite;
import dev.cascade.okr.core.port.TrackingStore;
import dev.cascade.okr.core.port.TrackingStore.ReviewRecord;
import dev.cascade.okr.core.port.Versioned;
import dev.cascade.okr.core.tracking.CadenceSetting;
import dev.cascade.okr.core.tracking.CheckInDue;
import dev.cascade.okr.core.tracking.CheckInLog;
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
import dev.cascade.okr.service.kernel.Caller;
import dev.cascade.okr.service.kernel.Outcome;
import dev.cascade.okr.service.kernel.Outcome.Failure;
import dev.cascade.okr.service.kernel.ProgressHistoryService;
import dev.cascade.okr.service.kernel.SiteSettings;
import dev.cascade.okr.service.tracking.TrackingAccess.GoalPeriod;
import dev.cascade.okr.service.tracking.TrackingService.Review;
import dev.cascade.okr.service.tracking.TrackingService.ReviewLine;
import dev.cascade.okr.service.tracking.TrackingService.TrackingLine;
import dev.cascade.okr.service.tracking.TrackingService.TrackingTable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Planned against actual for one goal: its tracking table for a year, quarter or month, and its quarterly review with
 * the notes people write to it. Both read their numbers from core's {@link TrackingRow} over the same figures (plans
 * as the approved target adjustments leave them, check-in logs, measured amounts), so a quarter's actual is the same
 * in both. Reading needs sight of the goal, writing notes the right to track it ({@link TrackingAccess}).
 */
final class TrackingTables {

    private final TrackingAccess access;
    private final TrackingStore tracking;
    private final SettingsStore settings;
    private final AdjustmentsInForce inForce;

    TrackingTables(TrackingAccess access, TrackingStore tracking, SettingsStore settings,
            AdjustmentsInForce inForce) {
        this.access = access;
        this.tracking = tracking;
        this.settings = settings;
        this.inForce = inForce;
    }

    // ---- the tracking table -------------------------------------------------------------------------------------

    /**
     * The tracking table of a goal for a year ({@code 2026}, the goal's whole period within it), a quarter
     * ({@code 2026-Q1}) or a month ({@code 2026-01}) inside its period: one line per key result, computed by core with
     * the configured thresholds and check-in cadence. Issue-driven key results count today's issues at once (their
     * stored evidence), not only after the daily snapshot; plans follow the approved target adjustments.
     */
    Outcome<TrackingTable> trackingTable(Caller caller, ObjectiveId id, String period) {
        Outcome<GoalPeriod> found = access.goalPeriod(caller, id, false, "period", period, false);
        if (!found.isSuccess()) {
            return found.failed();
        }
        StoredObjective goal = found.value().goal();
        Period asked = found.value().period();
        Figures figures = figuresOf(goal);
        CadenceSetting cadence = SiteSettings.cadence(settings).value();
        List<TrackingLine> lines = new ArrayList<>();
        for (StoredKeyResult keyResult : goal.keyResults()) {
            CheckInDue due = keyResult.keyResult().measure() instanceof IssueMeasure
                    ? CheckInDue.measuredWithoutPeople(goal.objective().period(), cadence)
                    : CheckInDue.of(goal.objective().period(), figures.logs().get(keyResult.id()), figures.today(),
                            cadence);
            Optional<TrackingRow> row = figures.planOf(keyResult, asked).map(p -> figures.row(keyResult, p, asked));
            // Unplanned, the actual is still read by the same rule: against a plan of nothing.
            Optional<BigDecimal> actual = row.orElseGet(() -> figures.row(keyResult,
                    Plan.nothing(goal.objective().period(), granularityOf(asked)), asked)).actual();
            TrackingStatus pace = row.map(TrackingRow::status).orElseGet(() -> figures.policy()
                    .statusByPace(asked, keyResult.keyResult().progress(), figures.today()));
            lines.add(new TrackingLine(keyResult, row, pace, due, actual));
        }
        return Outcome.success(new TrackingTable(goal, asked, lines));
    }

    // ---- quarterly reviews --------------------------------------------------------------------------------------

    /** The quarterly review of a goal: core's rows for its planned key results and the written notes. */
    Outcome<Review> review(Caller caller, ObjectiveId id, String quarter) {
        Outcome<GoalPeriod> found = access.goalPeriod(caller, id, false, "quarter", quarter, true);
        if (!found.isSuccess()) {
            return found.failed();
        }
        return Outcome.success(review(found.value().goal(), found.value().period()));
    }

    /** Writes the review notes of a goal for a quarter; {@code version} 0 for the first notes. */
    Outcome<Review> putReviewNotes(Caller caller, ObjectiveId id, String quarter, Long version,
            ReviewNotes notes) {
        Outcome<GoalPeriod> found = access.goalPeriod(caller, id, true, "quarter", quarter, true);
        if (!found.isSuccess()) {
            return found.failed();
        }
        StoredObjective goal = found.value().goal();
        Period asked = found.value().period();
        List<Violation> violations = new ArrayList<>();
        TrackingAccess.versionMissing(version).ifPresent(violations::add);
        violations.addAll(QuarterlyReviewRow.checkNotes(notes));
        if (!violations.isEmpty()) {
            return Outcome.failure(Failure.INVALID, violations);
        }
        StoreWrite<Versioned<ReviewRecord>> write = tracking.putReviewNotes(id, asked, version, notes,
                new UserRef(caller.userKey().orElseThrow()), access.now());
        if (write instanceof StoreWrite.Written<Versioned<ReviewRecord>>) {
            return Outcome.success(review(goal, asked));
        }
        // Stale, or a version given where there are no notes: either way the caller must look again.
        return Outcome.conflict(review(goal, asked));
    }

    private Review review(StoredObjective goal, Period quarter) {
        Objective objective = goal.objective();
        Optional<Versioned<ReviewRecord>> stored = tracking.reviewNotes(objective.id(), quarter);
        ReviewNotes notes = stored.map(v -> v.value().notes()).orElse(ReviewNotes.NONE);
        Figures figures = figuresOf(goal);
        List<ReviewLine> rows = new ArrayList<>();
        for (StoredKeyResult keyResult : goal.keyResults()) {
            Optional<Plan> quarterly = figures.planOf(keyResult, quarter);
            if (quarterly.isEmpty()) {
                continue;
            }
            // The quarter's actual is the tracking row's actual for that quarter: one rule for both tables.
            BigDecimal actual = figures.row(keyResult, quarterly.get(), quarter).actual().orElse(null);
            Validated<QuarterlyReviewRow> row = QuarterlyReviewRow.of(quarter, objective.unit(), objective.id(),
                    keyResult.keyResult().title(), quarterly.get(), actual, notes);
            if (row.isValid()) {
                rows.add(new ReviewLine(keyResult, row.value(), figures.policy().statusOf(row.value().deviation(),
                        directionOf(keyResult.keyResult().measure()))));
            }
        }
        return new Review(goal, quarter, rows, notes, stored.map(Versioned::version).orElse(0L),
                stored.map(Versioned::value));
    }

    // ---- figures ------------------------------------------------------------------------------------------------

    /**
     * What the rows of one goal are computed from, read once for all its key results.
     *
     * @param goal the goal
     * @param plans the stored plans by key result
     * @param logs the check-in logs by key result
     * @param measured the measured amounts of the issue-driven key results by day
     * @param policy core's rule with the configured thresholds
     * @param today the day the rows are computed for (UTC)
     * @param inForce the approved target adjustments, for the plans in force
     */
    private record Figures(StoredObjective goal, Map<KeyResultId, Versioned<Plan>> plans,
            Map<KeyResultId, CheckInLog> logs, Map<KeyResultId, NavigableMap<LocalDate, BigDecimal>> measured,
            TrackingPolicy policy, LocalDate today, AdjustmentsInForce inForce) {

        /** The key result's plan as the approved adjustments leave it, split like {@code period}; none if unplanned. */
        Optional<Plan> planOf(StoredKeyResult keyResult, Period period) {
            return Optional.ofNullable(plans.get(keyResult.id())).map(Versioned::value)
                    .map(p -> atGranularityOf(inForce.planInForce(keyResult, p), period));
        }

        /** Core's row of the key result against {@code plan} for {@code period}. */
        TrackingRow row(StoredKeyResult keyResult, Plan plan, Period period) {
            return TrackingRow.of(tracked(goal.objective(), keyResult, plan, logs.get(keyResult.id()), measured),
                    period, policy, today);
        }
    }

    private Figures figuresOf(StoredObjective goal) {
        Set<KeyResultId> ids = goal.keyResults().stream().map(StoredKeyResult::id).collect(Collectors.toSet());
        TrackingPolicy policy = new TrackingPolicy(settings.trackingThresholds().value());
        LocalDate today = access.today();
        Map<KeyResultId, Versioned<Plan>> plans = tracking.plans(ids);
        Map<KeyResultId, CheckInLog> logs = tracking.logs(ids);
        return new Figures(goal, plans, logs, measuredAmounts(goal, today), policy, today, inForce);
    }

    private static TrackedKeyResult tracked(Objective goal, StoredKeyResult keyResult, Plan plan, CheckInLog log,
            Map<KeyResultId, NavigableMap<LocalDate, BigDecimal>> measured) {
        Measure measure = keyResult.keyResult().measure();
        Direction direction = directionOf(measure);
        BigDecimal start = measure instanceof MetricMeasure metric ? metric.start() : BigDecimal.ZERO;
        // Issue-driven key results are measured daily (and back-filled): their actuals come from the snapshots.
        Optional<NavigableMap<LocalDate, BigDecimal>> amounts = measure instanceof IssueMeasure
                ? Optional.of(measured.getOrDefault(keyResult.id(), new TreeMap<>())) : Optional.empty();
        CheckInValues values = measure instanceof MetricMeasure metric ? metric.checkInValues()
                : CheckInValues.CUMULATIVE;
        return new TrackedKeyResult(goal.owner(), keyResult.keyResult().title(), goal.owner(), direction, start, plan,
                log, amounts, values);
    }

    /** Which way a measure is good: a metric's own direction; every other measure counts up. */
    private static Direction directionOf(Measure measure) {
        return measure instanceof MetricMeasure metric ? metric.direction() : Direction.INCREASE;
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
}
