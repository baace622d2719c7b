package dev.cascade.okr.service.appraisal;

import com.atlassian.plugin.spring.scanner.annotation.component.JiraComponent;
import dev.cascade.okr.core.access.AccessFacts;
import dev.cascade.okr.core.appraisal.AppraisalWorkflow.ManagerAssessment;
import dev.cascade.okr.core.appraisal.CarriedKeyResult;
import dev.cascade.okr.core.appraisal.CarryOverPolicy;
import dev.cascade.okr.core.appraisal.GoalAchievement;
import dev.cascade.okr.core.model.Alignment;
import dev.cascade.okr.core.model.IssueMeasure;
import dev.cascade.okr.core.model.Level;
import dev.cascade.okr.core.model.Lifecycle;
import dev.cascade.okr.core.model.NoDataReason;
import dev.cascade.okr.core.model.Objective;
import dev.cascade.okr.core.model.ObjectiveId;
import dev.cascade.okr.core.model.Period;
import dev.cascade.okr.core.model.Progress;
import dev.cascade.okr.core.port.CarryOverStore;
import dev.cascade.okr.core.port.CarryOverStore.CarriedOver;
import dev.cascade.okr.core.port.GoalQuery;
import dev.cascade.okr.core.port.GoalStore.KeyResultFields;
import dev.cascade.okr.core.port.GoalStore.Measured;
import dev.cascade.okr.core.port.GoalStore.NewKeyResult;
import dev.cascade.okr.core.port.GoalStore.NewObjective;
import dev.cascade.okr.core.port.GoalStore.ObjectiveFields;
import dev.cascade.okr.core.port.GoalStore.StoredKeyResult;
import dev.cascade.okr.core.port.GoalStore.StoredObjective;
import dev.cascade.okr.core.port.Page;
import dev.cascade.okr.core.port.StoreWrite;
import dev.cascade.okr.core.port.Versioned;
import dev.cascade.okr.core.validation.Validated;
import dev.cascade.okr.core.validation.Violation;
import dev.cascade.okr.core.validation.ViolationCode;
import dev.cascade.okr.service.goal.AlignmentService;
import dev.cascade.okr.service.kernel.Caller;
import dev.cascade.okr.service.kernel.GoalAccess;
import dev.cascade.okr.service.kernel.GoalTrees;
import dev.cascade.okr.service.kernel.Inputs;
import dev.cascade.okr.service.kernel.Outcome;
import dev.cascade.okr.service.kernel.Outcome.Failure;
import dev.cascade.okr.service.kernel.PeriodText;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Carry-over (结转): when a period closes, each goal's unfinished key results become a draft goal of the next period,
 * with its appraisal's suggestion attached, for the owner to confirm (or delete). Which key results and what remains
 * of them is core's rule ({@link CarryOverPolicy}); this class reads the evidence, creates the drafts and records
 * what it did.
 *
 * <p>The draft copies the goal's title, description, owner, level, unit, type, visibility, roll-up and details
 * (category, departments, support needed, weight in the owner's set: a proposal the owner confirms), in lifecycle
 * {@code draft}, with the carried key results. It is aligned where that still makes sense: to the draft its parent was
 * carried into for the same period (so parents are carried first, by level), or to the parent itself when the
 * parent's period holds the new one; otherwise not at all. Only goals that are not drafts count.
 *
 * <p>Idempotent: one record per goal and target period ({@link CarryOverStore}); a goal carried before is
 * {@code already-carried} (also when its owner has deleted the draft since: declined is an answer), so running twice
 * creates nothing. Two runs at the same moment: the loser's draft is deleted again and it answers
 * {@code already-carried}.
 *
 * <p>Who: the whole period (optionally one project) by app administrators; one goal by whoever may change it. The
 * suggestion is appraisal data: it is answered only to callers who may see the owner's appraisal data.
 */
@JiraComponent
public final class CarryOverService {

    private static final CarryOverPolicy POLICY = new CarryOverPolicy();

    private final AppraisalSources sources;
    private final CarryOverStore carryOvers;
    private final AlignmentService alignments;
    private final GoalTrees trees;

    /** Creates the service. */
    @Inject
    public CarryOverService(AppraisalSources sources, CarryOverStore carryOvers, AlignmentService alignments,
            GoalTrees trees) {
        this.sources = sources;
        this.carryOvers = carryOvers;
        this.alignments = alignments;
        this.trees = trees;
    }

    /** What happened to one goal. */
    public enum Result {
        /** A draft was created in the new period. */
        CREATED,
        /** The goal was carried into this period before; nothing new. */
        ALREADY_CARRIED,
        /** Every key result reached its target; nothing to carry. */
        FINISHED,
        /** The goal is a draft itself; nobody agreed to it, so there is nothing to carry. */
        DRAFT
    }

    /**
     * One goal's carry-over.
     *
     * @param source the goal of the closed period
     * @param result what happened
     * @param draft the draft created (now or before), or {@code null}
     * @param keyResults the key results carried now (empty unless created)
     * @param alignedTo the parent the draft was aligned to now, or {@code null}
     * @param suggestion the appraisal's suggestion, or {@code null} when there is none or the caller may not see it
     */
    public record Item(Objective source, Result result, ObjectiveId draft, List<CarriedKeyResult> keyResults,
            ObjectiveId alignedTo, String suggestion) {
    }

    /**
     * A run of carry-over.
     *
     * @param period the period closed
     * @param to the period carried into
     * @param items one per goal considered, in the order handled (parents first)
     */
    public record Run(Period period, Period to, List<Item> items) {
    }

    /**
     * Carries every goal whose period lies inside {@code periodText} (of one project when given) into
     * {@code toPeriodText}; app administrators only.
     */
    public Outcome<Run> carryOver(Caller caller, String periodText, String toPeriodText, String projectKey) {
        Optional<String> user = caller.userKey();
        if (user.isEmpty()) {
            return GoalAccess.unauthenticated();
        }
        AccessFacts facts = sources.access.factsOf(user.get());
        if (!facts.isAppAdmin()) {
            return GoalAccess.forbidden();
        }
        List<Violation> violations = new ArrayList<>();
        Period period = period(periodText, "period", violations);
        Period to = period(toPeriodText, "toPeriod", violations);
        if (period != null && to != null && !to.start().isAfter(period.end())) {
            violations.add(Violation.of(ViolationCode.CARRY_OVER_PERIOD_NOT_AFTER, "toPeriod",
                    to.start().toString(), period.end().toString()));
        }
        String project = projectKey == null || projectKey.isBlank() ? null : projectKey.strip();
        if (project != null && !facts.canBrowseProject(project)) {
            violations.add(Violation.of(ViolationCode.PROJECT_UNKNOWN, "project", Inputs.shorten(project)));
        }
        if (!violations.isEmpty()) {
            return Outcome.failure(Failure.INVALID, violations);
        }
        List<StoredObjective> toCarry = new ArrayList<>();
        GoalQuery query = GoalQuery.all().withPeriodOverlapping(period.start(), period.end()).withProject(project);
        int offset = 0;
        while (true) {
            Page<StoredObjective> page = sources.queries.find(query.withPage(offset, GoalQuery.MAX_LIMIT));
            page.items().stream().filter(goal -> inside(goal.objective().period(), period)).forEach(toCarry::add);
            offset += page.items().size();
            if (page.items().isEmpty() || !page.hasMore()) {
                break;
            }
        }
        List<String> levelOrder = sources.settings.levelScheme().value().levels().stream().map(Level::key).toList();
        toCarry.sort(Comparator.comparingInt((StoredObjective goal) -> rank(levelOrder, goal))
                .thenComparingLong(goal -> goal.id().value()));
        List<Item> items = new ArrayList<>();
        for (StoredObjective source : toCarry) {
            items.add(carry(caller, facts, source, to));
        }
        return Outcome.success(new Run(period, to, items));
    }

    /** Carries one goal into {@code toPeriodText}; by whoever may change the goal. */
    public Outcome<Item> carryOverGoal(Caller caller, long goalId, String toPeriodText) {
        Outcome<GoalAccess.Changeable> changeable = sources.goalAccess().changeable(caller, new ObjectiveId(goalId));
        if (!changeable.isSuccess()) {
            return changeable.failed();
        }
        StoredObjective source = changeable.value().goal();
        List<Violation> violations = new ArrayList<>();
        Period to = period(toPeriodText, "toPeriod", violations);
        if (to != null && !to.start().isAfter(source.objective().period().end())) {
            violations.add(Violation.of(ViolationCode.CARRY_OVER_PERIOD_NOT_AFTER, "toPeriod",
                    to.start().toString(), source.objective().period().end().toString()));
        }
        if (!violations.isEmpty()) {
            return Outcome.failure(Failure.INVALID, violations);
        }
        return Outcome.success(carry(caller, changeable.value().facts(), source, to));
    }

    /**
     * Where a draft came from: its source goal and the suggestion, when the draft was created by a carry-over; for
     * those who may see its owner's appraisal data (404 for others, and for goals not made by a carry-over).
     */
    public Outcome<CarriedOver> origin(Caller caller, long draftId) {
        Outcome<StoredObjective> visible = sources.goalAccess().visible(caller, new ObjectiveId(draftId));
        if (!visible.isSuccess()) {
            return visible.failed();
        }
        AccessFacts facts = sources.access.factsOf(caller.userKey().orElseThrow());
        Optional<CarriedOver> origin =
                sources.access.policy().canSeeAppraisalOf(facts, visible.value().objective().owner())
                        ? carryOvers.createdDraft(visible.value().id()) : Optional.empty();
        return origin.map(Outcome::success).orElseGet(() -> Outcome.failure(Failure.NOT_FOUND,
                Violation.of(ViolationCode.CARRY_OVER_NOT_FOUND, "id", String.valueOf(draftId))));
    }

    private Item carry(Caller caller, AccessFacts facts, StoredObjective stored, Period to) {
        Objective source = stored.objective();
        boolean seesAppraisal = sources.access.policy().canSeeAppraisalOf(facts, source.owner());
        Optional<CarriedOver> before = carryOvers.carried(source.id(), to);
        if (before.isPresent()) {
            return new Item(source, Result.ALREADY_CARRIED, before.get().draft(), List.of(), null,
                    seesAppraisal ? blankToNull(before.get().suggestion()) : null);
        }
        if (source.lifecycle() == Lifecycle.DRAFT) {
            return new Item(source, Result.DRAFT, null, List.of(), null, null);
        }
        GoalAchievement achievement = sources.evidence.achievement(source);
        Validated<List<CarriedKeyResult>> carried = POLICY.carry(source, achievement.keyResults(), to);
        if (carried.value().isEmpty()) {
            return new Item(source, Result.FINISHED, null, List.of(), null, null);
        }
        String suggestion = suggestion(source);
        Instant now = sources.clock.instant();
        String by = caller.userKey().orElseThrow();
        StoredObjective draft = sources.goals.insert(draftOf(stored, carried.value(), to), by, now);
        StoreWrite<CarriedOver> recorded = carryOvers.record(new CarriedOver(source.id(), to, draft.id(),
                suggestion, by, now));
        if (recorded instanceof StoreWrite.Stale<CarriedOver> raced) {
            // Another run carried the same goal a moment ago: take ours back and answer as if it had been first.
            sources.goals.delete(draft.id(), draft.version());
            trees.goalsChanged(draft.id());
            return new Item(source, Result.ALREADY_CARRIED, raced.current().draft(), List.of(), null,
                    seesAppraisal ? blankToNull(raced.current().suggestion()) : null);
        }
        trees.goalsChanged(draft.id());
        ObjectiveId alignedTo = align(caller, source, draft.id(), to);
        return new Item(source, Result.CREATED, draft.id(), carried.value(), alignedTo,
                seesAppraisal ? blankToNull(suggestion) : null);
    }

    private static NewObjective draftOf(StoredObjective stored, List<CarriedKeyResult> carried, Period to) {
        Objective source = stored.objective();
        Map<Long, StoredKeyResult> byId = new HashMap<>();
        stored.keyResults().forEach(k -> byId.put(k.id().value(), k));
        List<NewKeyResult> keyResults = new ArrayList<>();
        for (CarriedKeyResult keyResult : carried) {
            StoredKeyResult was = byId.get(keyResult.source().id().value());
            // The same links count the same issues: the draft starts where the goal stopped, until the next recompute.
            Measured measured = keyResult.measure() instanceof IssueMeasure && was != null
                    ? new Measured(was.computedProgress(), keyResult.source().issueEvidence().orElse(null))
                    : new Measured(Progress.noData(NoDataReason.NO_CHECK_IN), null);
            keyResults.add(new NewKeyResult(new KeyResultFields(keyResult.source().title(), keyResult.weight(),
                    keyResult.measure(), null), measured));
        }
        return new NewObjective(new ObjectiveFields(source.title(), source.description(), source.owner(),
                source.levelKey(), to, source.unit(), source.type(), Lifecycle.DRAFT, source.visibility(),
                source.rollsUpFromChildren(), source.details()), keyResults);
    }

    /** Aligns the draft where the source's first parent leads in the new period; the parent aligned to, or null. */
    private ObjectiveId align(Caller caller, Objective source, ObjectiveId draft, Period to) {
        List<Versioned<Alignment>> around = sources.alignments.alignmentsAround(Set.of(source.id()));
        for (Versioned<Alignment> alignment : around) {
            Alignment a = alignment.value();
            if (!a.child().equals(source.id())) {
                continue;
            }
            Optional<ObjectiveId> parent = carryOvers.carried(a.parent(), to).map(CarriedOver::draft)
                    .filter(id -> sources.goals.objective(id).isPresent())
                    .or(() -> sources.goals.objective(a.parent()).filter(p -> inside(to, p.period()))
                            .map(Objective::id));
            if (parent.isPresent() && alignments.align(caller, draft, parent.get().value(),
                    a.contribution().percent()).isSuccess()) {
                return parent.get();
            }
        }
        return null;
    }

    private String suggestion(Objective source) {
        return sources.appraisals.appraisalsOf(source.owner()).stream()
                .filter(a -> a.objective().equals(source.id()) && a.period().equals(source.period()))
                .map(a -> a.workflow().managerAssessment().map(ManagerAssessment::suggestion).orElse(""))
                .filter(text -> !text.isBlank()).findFirst().orElse("");
    }

    private static int rank(List<String> levelOrder, StoredObjective goal) {
        int index = levelOrder.indexOf(goal.objective().levelKey());
        return index < 0 ? levelOrder.size() : index;
    }

    private static boolean inside(Period inner, Period outer) {
        return !inner.start().isBefore(outer.start()) && !inner.end().isAfter(outer.end());
    }

    private static Period period(String text, String field, List<Violation> violations) {
        if (text == null || text.isBlank()) {
            violations.add(Violation.of(ViolationCode.REQUEST_FIELD_REQUIRED, field));
            return null;
        }
        return PeriodText.parse(text, field, violations).orElse(null);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }

}
