package dev.cascade.okr.service.goal;

import com.atlassian.plugin.spring.scanner.annotation.component.JiraComponent;
import dev.cascade.okr.core.access.AccessFacts;
import dev.cascade.okr.core.model.Alignment;
import dev.cascade.okr.core.model.ClosedGoalRule;
import dev.cascade.okr.core.model.Closing;
import dev.cascade.okr.core.model.IssueMeasure;
import dev.cascade.okr.core.model.KeyResultId;
import dev.cascade.okr.core.model.ObjectiveId;
import dev.cascade.okr.core.model.Period;
import dev.cascade.okr.core.model.Reopening;
import dev.cascade.okr.core.port.AlignmentStore;
import dev.cascade.okr.core.port.GoalQueries;
import dev.cascade.okr.core.port.GoalQuery;
import dev.cascade.okr.core.port.GoalStateStore;
import dev.cascade.okr.core.port.GoalStore;
import dev.cascade.okr.core.port.GoalStore.GoalSlice;
import dev.cascade.okr.core.port.GoalStore.StoredKeyResult;
import dev.cascade.okr.core.port.GoalStore.StoredObjective;
import dev.cascade.okr.core.port.Page;
import dev.cascade.okr.core.port.StoreWrite;
import dev.cascade.okr.core.port.Versioned;
import dev.cascade.okr.core.progress.ManualOverride;
import dev.cascade.okr.core.progress.OverrideClearing;
import dev.cascade.okr.core.validation.Validated;
import dev.cascade.okr.core.validation.Violation;
import dev.cascade.okr.core.validation.ViolationCode;
import dev.cascade.okr.service.appraisal.PeriodClosing;
import dev.cascade.okr.service.kernel.Caller;
import dev.cascade.okr.service.kernel.GoalAccess;
import dev.cascade.okr.service.kernel.GoalTree;
import dev.cascade.okr.service.kernel.GoalTrees;
import dev.cascade.okr.service.kernel.Outcome;
import dev.cascade.okr.service.kernel.Outcome.Failure;
import dev.cascade.okr.service.kernel.PeriodText;
import dev.cascade.okr.service.kernel.ProgressService;
import dev.cascade.okr.service.kernel.RolledCascade;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The state of goals beyond their fields: closing a whole period, reopening a closed goal, and setting or clearing a
 * key result's manual progress. Closing one goal is a lifecycle move ({@link GoalService#moveTo}); a closed goal is
 * frozen (core's {@link ClosedGoalRule}), so every change to it answers 409 {@code goal.closed}.
 *
 * <p>Checks in the order of {@link GoalService}: signed in (401), the goal or key result visible (404, the same for a
 * missing one), allowed (403), not closed where that matters (409), the input (400), then a write that refuses stale
 * versions (409 with the current state).
 */
@JiraComponent
public final class GoalStateService {

    private static final Logger LOG = LoggerFactory.getLogger(GoalStateService.class);

    private final GoalStore goals;
    private final GoalQueries queries;
    private final GoalStateStore states;
    private final AlignmentStore alignments;
    private final GoalAccess goalAccess;
    private final GoalTrees trees;
    private final ProgressService progress;
    private final Clock clock;

    /** Creates the service. */
    @Inject
    public GoalStateService(GoalStore goals, GoalQueries queries, GoalStateStore states, AlignmentStore alignments,
            GoalAccess goalAccess, GoalTrees trees, ProgressService progress) {
        this(goals, queries, states, alignments, goalAccess, trees, progress, Clock.systemUTC());
    }

    /** Creates the service with the given clock (a fixed one in tests). */
    public GoalStateService(GoalStore goals, GoalQueries queries, GoalStateStore states, AlignmentStore alignments,
            GoalAccess goalAccess, GoalTrees trees, ProgressService progress, Clock clock) {
        this.goals = goals;
        this.queries = queries;
        this.states = states;
        this.alignments = alignments;
        this.goalAccess = goalAccess;
        this.trees = trees;
        this.progress = progress;
        this.clock = clock;
    }

    /**
     * What closing a period did.
     *
     * @param period the period closed
     * @param closed the goals this request closed, ascending
     * @param alreadyClosed how many goals of the period were closed before (they keep their closing)
     */
    public record PeriodClosed(Period period, List<ObjectiveId> closed, int alreadyClosed) {

        /** Copies the list. */
        public PeriodClosed {
            closed = List.copyOf(closed);
        }
    }

    // ---- closing a period -----------------------------------------------------------------------------------------

    /**
     * Closes every goal whose period lies inside {@code periodText} (a year, half, quarter or month such as
     * {@code 2026} or {@code 2026-Q1}; goals of its sub-periods included, goals that only overlap it not), of every
     * unit and owner, whatever its lifecycle state, in one transaction. Each goal's closing holds its rolled-up
     * progress and coverage at this moment, computed over the whole cascade below it as {@code GET /goals/{id}/tree}
     * shows it. Idempotent: goals already closed keep their closing; a second call closes nothing. Application
     * administrators only ({@code AccessPolicy#canClosePeriodsAndReopen}).
     */
    public Outcome<PeriodClosed> closePeriod(Caller caller, String periodText) {
        Outcome<AccessFacts> signedIn = GoalWrites.signedIn(goalAccess.users(), caller);
        if (!signedIn.isSuccess()) {
            return signedIn.failed();
        }
        AccessFacts facts = signedIn.value();
        if (!goalAccess.users().policy().canClosePeriodsAndReopen(facts)) {
            return GoalAccess.forbidden();
        }
        Optional<Period> parsed = PeriodText.parse(periodText);
        if (parsed.isEmpty()) {
            String shown = periodText == null ? "" : periodText.length() > 40 ? periodText.substring(0, 40)
                    : periodText;
            return Outcome.failure(Failure.INVALID, Violation.of(ViolationCode.PERIOD_CLOSE_INVALID, "period",
                    shown));
        }
        Period period = parsed.get();
        List<StoredObjective> inside = goalsInside(period);
        RolledCascade rolled = RolledCascade.of(withDescendants(inside));
        Instant now = clock.instant();
        Map<ObjectiveId, Closing> closings = new LinkedHashMap<>();
        int alreadyClosed = 0;
        for (StoredObjective goal : inside) {
            if (goal.objective().lifecycle().isFrozen()) {
                alreadyClosed++;
                continue;
            }
            GoalTree at = rolled.root(goal.id());
            closings.put(goal.id(), new Closing(now, facts.user(), at.progress(), at.coverage()));
        }
        List<ObjectiveId> closed = closings.isEmpty() ? List.of() : states.closeAll(closings);
        trees.goalsChanged(closed);
        alreadyClosed += closings.size() - closed.size();
        periodClosed(period, closed);
        return Outcome.success(new PeriodClosed(period, closed, alreadyClosed));
    }

    /**
     * Called once a period's goals are closed. Carry-over into next-period drafts, when asked for, has run before
     * closing ({@link PeriodClosing}), while drafts still read as drafts.
     */
    private void periodClosed(Period period, List<ObjectiveId> closed) {
        LOG.info("Period {}..{} closed: {} goals", period.start(), period.end(), closed.size());
    }

    /** Every goal whose period lies inside {@code period}, read a page of ids at a time, in ascending id order. */
    private List<StoredObjective> goalsInside(Period period) {
        GoalQuery query = GoalQuery.all().withPeriodOverlapping(period.start(), period.end());
        List<ObjectiveId> ids = new ArrayList<>();
        int offset = 0;
        while (true) {
            Page<ObjectiveId> page = queries.findIds(query.withPage(offset, GoalQuery.MAX_LIMIT));
            ids.addAll(page.items());
            offset += page.items().size();
            if (page.items().isEmpty() || !page.hasMore()) {
                break;
            }
        }
        return goals.goals(ids).stream().filter(g -> period.contains(g.objective().period())).toList();
    }

    /**
     * The goals with every goal aligned below them (level by level, in batches) and the alignments among them: the
     * slice over which each goal's progress rolls up exactly as in its own tree.
     */
    private GoalSlice withDescendants(List<StoredObjective> goalsInside) {
        Map<ObjectiveId, StoredObjective> all = new LinkedHashMap<>();
        goalsInside.forEach(g -> all.put(g.id(), g));
        Map<String, Versioned<Alignment>> alignments = new LinkedHashMap<>();
        Set<ObjectiveId> frontier = new HashSet<>(all.keySet());
        for (int level = 0; level <= GoalTrees.MAX_DEPTH && !frontier.isEmpty(); level++) {
            Set<ObjectiveId> next = new HashSet<>();
            for (Versioned<Alignment> around : this.alignments.alignmentsAround(frontier)) {
                Alignment a = around.value();
                if (frontier.contains(a.parent())) {
                    alignments.put(a.child().value() + ">" + a.parent().value(), around);
                    if (!all.containsKey(a.child())) {
                        next.add(a.child());
                    }
                }
            }
            for (StoredObjective child : goals.goals(next)) {
                all.put(child.id(), child);
            }
            frontier = next;
        }
        return new GoalSlice(List.copyOf(all.values()), List.copyOf(alignments.values()));
    }

    // ---- reopening ------------------------------------------------------------------------------------------------

    /**
     * Reopens a closed goal, back to active, with a reason that is kept with the goal; its closing is removed, and its
     * issue-driven key results are measured from Jira again at once. Application administrators only; the version
     * read is required. A goal that is not closed answers 400 {@code goal.not-closed}.
     */
    public Outcome<StoredObjective> reopen(Caller caller, ObjectiveId id, Long version, String reason) {
        Outcome<StoredObjective> visible = goalAccess.visible(caller, id);
        if (!visible.isSuccess()) {
            return visible;
        }
        AccessFacts facts = goalAccess.users().factsOf(caller.userKey().orElseThrow());
        if (!goalAccess.users().policy().canClosePeriodsAndReopen(facts)) {
            return GoalAccess.forbidden();
        }
        List<Violation> violations = GoalWrites.versionChecked(version);
        violations.addAll(ClosedGoalRule.checkReason(reason, "reason"));
        if (!visible.value().objective().lifecycle().isFrozen()) {
            violations.add(Violation.of(ViolationCode.GOAL_NOT_CLOSED, ClosedGoalRule.FIELD,
                    String.valueOf(id.value())));
        }
        if (!violations.isEmpty()) {
            return Outcome.failure(Failure.INVALID, violations);
        }
        StoreWrite<StoredObjective> written = states.reopen(id, version,
                new Reopening(clock.instant(), facts.user(), reason.strip()));
        trees.goalsChanged(id);
        if (written instanceof StoreWrite.Written<StoredObjective> ok) {
            remeasure(ok.value());
            return Outcome.success(goals.goal(id).orElse(ok.value()));
        }
        if (written instanceof StoreWrite.Stale<StoredObjective> stale) {
            return Outcome.conflict(stale.current());
        }
        return GoalAccess.goalNotFound(id);
    }

    /** Measures a reopened goal's issue-driven key results now; a Jira failure is logged (the daily job catches up). */
    private void remeasure(StoredObjective goal) {
        List<KeyResultId> linked = goal.keyResults().stream()
                .filter(k -> k.keyResult().measure() instanceof IssueMeasure m && !m.links().isEmpty())
                .map(StoredKeyResult::id).toList();
        try {
            progress.recompute(linked);
        } catch (RuntimeException e) {
            LOG.warn("Measuring the {} key results of reopened goal {} failed; the daily job retries", linked.size(),
                    goal.id().value(), e);
        }
    }

    // ---- manual overrides -----------------------------------------------------------------------------------------

    /**
     * Sets a key result's manual progress over the computed one, with a reason: {@code progress} a fraction from 0 to
     * 1, {@code reason} required. For those who may change the goal; refused on a closed goal. The computed progress,
     * zone and evidence stay; the goal's roll-up uses the manual value.
     */
    public Outcome<StoredKeyResult> setOverride(Caller caller, KeyResultId id, Long version, BigDecimal fraction,
            String reason) {
        Outcome<StoredKeyResult> found = changeableKeyResult(caller, id);
        if (!found.isSuccess()) {
            return found;
        }
        List<Violation> violations = GoalWrites.versionChecked(version);
        Validated<ManualOverride> override = ManualOverride.of(fraction, reason,
                new dev.cascade.okr.core.model.UserRef(caller.userKey().orElseThrow()), clock.instant());
        // Core names the fields as parts of a key result ("override.value"); the body's fields are its own.
        override.errors().forEach(v -> violations.add(renamed(v)));
        if (!violations.isEmpty()) {
            return Outcome.failure(Failure.INVALID, violations);
        }
        return GoalWrites.keyResultWritten(trees, id, states.override(id, version, override.value(), null));
    }

    /**
     * Clears a key result's manual progress with a reason, kept with the key result as its last clearing; the
     * computed progress applies again. For those who may change the goal; refused on a closed goal; 400
     * {@code override.not-set} when there is no manual progress.
     */
    public Outcome<StoredKeyResult> clearOverride(Caller caller, KeyResultId id, Long version, String reason) {
        Outcome<StoredKeyResult> found = changeableKeyResult(caller, id);
        if (!found.isSuccess()) {
            return found;
        }
        List<Violation> violations = GoalWrites.versionChecked(version);
        violations.addAll(ClosedGoalRule.checkReason(reason, "reason"));
        if (violations.isEmpty() && found.value().override() == null) {
            violations.add(Violation.of(ViolationCode.OVERRIDE_NOT_SET, "override", String.valueOf(id.value())));
        }
        if (!violations.isEmpty()) {
            return Outcome.failure(Failure.INVALID, violations);
        }
        return GoalWrites.keyResultWritten(trees, id, states.override(id, version, null, new OverrideClearing(
                new dev.cascade.okr.core.model.UserRef(caller.userKey().orElseThrow()), clock.instant(),
                reason.strip())));
    }

    /** {@link GoalAccess#changeableOpenKeyResult}: 401, 404, 403 or 409 {@code goal.closed}, else the key result. */
    private Outcome<StoredKeyResult> changeableKeyResult(Caller caller, KeyResultId id) {
        Outcome<GoalAccess.ChangeableKeyResult> found = goalAccess.changeableOpenKeyResult(caller, id);
        return found.isSuccess() ? Outcome.success(found.value().keyResult()) : found.failed();
    }

    private static Violation renamed(Violation violation) {
        String field = ManualOverride.VALUE_FIELD.equals(violation.field()) ? "progress"
                : ManualOverride.REASON_FIELD.equals(violation.field()) ? "reason" : violation.field();
        return new Violation(violation.code(), field, violation.args(), violation.severity());
    }
}
