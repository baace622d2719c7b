package dev.cascade.okr.service.tracking;

import dev.cascade.okr.core.model.IssueMeasure;
import dev.cascade.okr.core.model.KeyResultId;
import dev.cascade.okr.core.model.UserRef;
import dev.cascade.okr.core.port.StoreWrite;
import dev.cascade.okr.core.port.TrackingStore;
import dev.cascade.okr.core.port.TrackingStore.StoredCheckIn;
import dev.cascade.okr.core.port.Versioned;
import dev.cascade.okr.core.tracking.CheckIn;
import dev.cascade.okr.core.tracking.CheckInDraft;
import dev.cascade.okr.core.tracking.CheckInPolicy;
import dev.cascade.okr.core.tracking.Plan;
import dev.cascade.okr.core.tracking.PlanGranularity;
import dev.cascade.okr.core.validation.Validated;
import dev.cascade.okr.core.validation.Violation;
import dev.cascade.okr.core.validation.ViolationCode;
import dev.cascade.okr.service.kernel.Caller;
import dev.cascade.okr.service.kernel.Outcome;
import dev.cascade.okr.service.kernel.Outcome.Failure;
import dev.cascade.okr.service.kernel.ProgressService;
import dev.cascade.okr.service.tracking.TrackingAccess.Target;
import dev.cascade.okr.service.tracking.TrackingService.CheckInPage;
import dev.cascade.okr.service.tracking.TrackingService.PlanState;
import dev.cascade.okr.service.tracking.TrackingService.RecordedCheckIn;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What people record against a key result: its plan (planned amounts per quarter or month) and its check-ins. Reading
 * needs sight of the key result's goal, recording the right to track it ({@link TrackingAccess}); every rule is core's.
 */
final class TrackingCheckIns {

    /** The largest page of check-ins. */
    static final int MAX_PAGE = 100;

    private final TrackingAccess access;
    private final TrackingStore tracking;
    private final ProgressService progress;
    private final CheckInPolicy checkInPolicy = new CheckInPolicy();

    TrackingCheckIns(TrackingAccess access, TrackingStore tracking, ProgressService progress) {
        this.access = access;
        this.tracking = tracking;
        this.progress = progress;
    }

    // ---- plans --------------------------------------------------------------------------------------------------

    /** The plan of a key result the caller may see. */
    Outcome<PlanState> plan(Caller caller, KeyResultId id) {
        Outcome<Target> target = access.keyResult(caller, id, false);
        if (!target.isSuccess()) {
            return target.failed();
        }
        return Outcome.success(planState(target.value()));
    }

    /**
     * Replaces the plan of a key result; {@code version} 0 for a new plan. Violations name the body's fields
     * ({@code values[2]}); a stale version answers a conflict with the current plan.
     */
    Outcome<PlanState> putPlan(Caller caller, KeyResultId id, Long version, PlanGranularity granularity,
            List<BigDecimal> values) {
        Outcome<Target> found = access.keyResult(caller, id, true);
        if (!found.isSuccess()) {
            return found.failed();
        }
        Target target = found.value();
        List<Violation> violations = new ArrayList<>();
        TrackingAccess.versionMissing(version).ifPresent(violations::add);
        if (granularity == null) {
            violations.add(Violation.of(ViolationCode.PLAN_GRANULARITY_INVALID, "granularity"));
        } else {
            Validated<Plan> plan = Plan.of(target.period(), granularity, values);
            if (!plan.isValid()) {
                // Core names the fields as parts of a plan ("plan.values[2]"); the body's fields are "values[2]".
                plan.errors().forEach(v -> violations.add(TrackingAccess.renamed(v, "plan.", "")));
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
    Outcome<CheckInPage> checkIns(Caller caller, KeyResultId id, int offset, int limit) {
        Outcome<Target> target = access.keyResult(caller, id, false);
        if (!target.isSuccess()) {
            return target.failed();
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
    Outcome<RecordedCheckIn> checkIn(Caller caller, CheckInDraft draft) {
        Outcome<Target> found = access.keyResult(caller, draft.keyResultId(), true);
        if (!found.isSuccess()) {
            return found.failed();
        }
        Target target = found.value();
        Instant now = access.now();
        CheckInDraft byCaller = new CheckInDraft(draft.keyResultId(), draft.value(), draft.confidence(),
                draft.progressNote(), draft.problems(), draft.solutions(), draft.nextSteps(),
                new UserRef(caller.userKey().orElseThrow()), draft.date());
        boolean valueRequired = !(target.keyResult().keyResult().measure() instanceof IssueMeasure);
        Validated<CheckIn> checked = checkInPolicy.validate(byCaller, target.period(), valueRequired,
                access.today(), now);
        if (!checked.isValid()) {
            return Outcome.failure(Failure.INVALID, checked.errors());
        }
        // A key result measured by people gets its new progress in the check-in's own transaction, by the one path
        // that measures it; an issue-driven one is measured from its issues.
        CheckIn checkIn = checked.value();
        Validated<StoredCheckIn> stored = valueRequired
                ? progress.measureWith(target.keyResult(), measure -> tracking.appendAndMeasure(checkIn, measure))
                : tracking.append(checkIn);
        if (!stored.isValid()) {
            return Outcome.failure(Failure.INVALID, stored.errors());
        }
        return Outcome.success(new RecordedCheckIn(stored.value(), stored.warnings()));
    }
}
