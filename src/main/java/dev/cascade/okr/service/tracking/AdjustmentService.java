package dev.cascade.okr.service.tracking;

import com.atlassian.plugin.spring.scanner.annotation.component.JiraComponent;
import dev.cascade.okr.core.model.IssueMeasure;
import dev.cascade.okr.core.model.KeyResultId;
import dev.cascade.okr.core.model.Measure;
import dev.cascade.okr.core.model.MetricMeasure;
import dev.cascade.okr.core.model.UserRef;
import dev.cascade.okr.core.port.GoalStore;
import dev.cascade.okr.core.port.GoalStore.StoredKeyResult;
import dev.cascade.okr.core.port.StoreWrite;
import dev.cascade.okr.core.port.TrackingStore;
import dev.cascade.okr.core.port.Versioned;
import dev.cascade.okr.core.tracking.AdjustmentHistory;
import dev.cascade.okr.core.tracking.Plan;
import dev.cascade.okr.core.validation.Validated;
import dev.cascade.okr.core.validation.Violation;
import dev.cascade.okr.core.validation.ViolationCode;
import dev.cascade.okr.service.kernel.AccessService;
import dev.cascade.okr.service.kernel.Caller;
import dev.cascade.okr.service.kernel.DayText;
import dev.cascade.okr.service.kernel.GoalTrees;
import dev.cascade.okr.service.kernel.Outcome;
import dev.cascade.okr.service.kernel.Outcome.Failure;
import dev.cascade.okr.service.kernel.ProgressService;
import dev.cascade.okr.service.tracking.TrackingAccess.Target;
import dev.cascade.okr.service.tracking.TrackingService.Adjustments;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import javax.inject.Inject;

/**
 * Target adjustments: proposing a new target of a key result, deciding it (its named approver only) and bringing
 * approved targets into force on their effective day. Reading needs sight of the key result's goal, proposing the
 * right to track it ({@link TrackingAccess}); every rule is core's {@link AdjustmentHistory}.
 */
@JiraComponent
public final class AdjustmentService {

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(AdjustmentService.class);

    /** The longest user key Jira stores. */
    private static final int MAX_USER_KEY = 255;

    private final GoalStore goals;
    private final TrackingStore tracking;
    private final AccessService users;
    private final TrackingAccess access;
    private final GoalTrees trees;
    private final ProgressService progress;
    private final Clock clock;

    /** Creates the service. */
    @Inject
    public AdjustmentService(GoalStore goals, TrackingStore tracking, AccessService access, GoalTrees trees,
            ProgressService progress) {
        this(goals, tracking, access, trees, progress, Clock.systemUTC());
    }

    AdjustmentService(GoalStore goals, TrackingStore tracking, AccessService access, GoalTrees trees,
            ProgressService progress, Clock clock) {
        this.goals = goals;
        this.tracking = tracking;
        this.users = access;
        this.access = new TrackingAccess(goals, access);
        this.trees = trees;
        this.progress = progress;
        this.clock = clock;
    }

    /** The target adjustments of a key result with a numeric target. */
    public Outcome<Adjustments> adjustments(Caller caller, KeyResultId id) {
        Outcome<Target> found = access.keyResult(caller, id, false);
        if (!found.isSuccess()) {
            return found.failed();
        }
        Optional<BigDecimal> original = targetOf(found.value().keyResult().keyResult().measure());
        if (original.isEmpty()) {
            return noTarget();
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
        Outcome<Target> found = access.keyResult(caller, id, true);
        if (!found.isSuccess()) {
            return found.failed();
        }
        Measure measure = found.value().keyResult().keyResult().measure();
        Optional<BigDecimal> original = targetOf(measure);
        if (original.isEmpty()) {
            return noTarget();
        }
        Optional<Violation> noVersion = TrackingAccess.versionMissing(version);
        if (noVersion.isPresent()) {
            return Outcome.failure(Failure.INVALID, noVersion.get());
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
                : users.unknownUser(approver.key(), "approverKey");
        if (unknown.isPresent()) {
            return Outcome.failure(Failure.INVALID, unknown.get());
        }
        Validated<StoreWrite<Versioned<AdjustmentHistory>>> result = tracking.propose(id, original.get(), version,
                newTarget, reason, new UserRef(caller.userKey().orElseThrow()), approver, clock.instant(), effective,
                found.value().period());
        return written(id, result, errors -> Outcome.failure(Failure.INVALID, renamedApprover(errors)));
    }

    /**
     * Approves or rejects the pending adjustment; only its named approver may. An approval whose effective day has
     * come is brought into force at once ({@link #bringIntoForce}); a later one by the daily job on that day.
     */
    public Outcome<Adjustments> decide(Caller caller, KeyResultId id, Long version, Boolean approve, String comment) {
        Outcome<Target> found = access.keyResult(caller, id, false);
        if (!found.isSuccess()) {
            return found.failed();
        }
        Optional<BigDecimal> original = targetOf(found.value().keyResult().keyResult().measure());
        if (original.isEmpty()) {
            return noTarget();
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
        TrackingAccess.versionMissing(version).ifPresent(violations::add);
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
                progress.measureFromCheckIns(List.of(keyResult));
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
    static Plan planInForce(TrackingStore tracking, StoredKeyResult keyResult, Plan plan) {
        Optional<BigDecimal> target = targetOf(keyResult.keyResult().measure());
        if (target.isEmpty()) {
            return plan;
        }
        AdjustmentHistory history = tracking.history(keyResult.id(), target.get()).value();
        return history.adjustments().isEmpty() ? plan : history.planInForce(plan);
    }

    private Outcome<Adjustments> written(KeyResultId id, Validated<StoreWrite<Versioned<AdjustmentHistory>>> result,
            Function<List<Violation>, Outcome<Adjustments>> onInvalid) {
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

    private static Outcome<Adjustments> noTarget() {
        return Outcome.failure(Failure.INVALID, Violation.of(ViolationCode.ADJUSTMENT_NO_TARGET, null));
    }

    /** The body names the approver {@code approverKey}; core calls it {@code approver}. */
    private static List<Violation> renamedApprover(List<Violation> violations) {
        return violations.stream()
                .map(v -> "approver".equals(v.field()) ? TrackingAccess.renamed(v, "approver", "approverKey") : v)
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
}
