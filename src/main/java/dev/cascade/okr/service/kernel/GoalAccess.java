package dev.cascade.okr.service.kernel;

import com.atlassian.plugin.spring.scanner.annotation.component.JiraComponent;
import dev.cascade.okr.core.access.AccessFacts;
import dev.cascade.okr.core.access.AccessPolicy;
import dev.cascade.okr.core.model.ClosedGoalRule;
import dev.cascade.okr.core.model.KeyResultId;
import dev.cascade.okr.core.model.Objective;
import dev.cascade.okr.core.model.ObjectiveId;
import dev.cascade.okr.core.model.UserRef;
import dev.cascade.okr.core.port.GoalQueries;
import dev.cascade.okr.core.port.GoalQuery;
import dev.cascade.okr.core.port.GoalStore;
import dev.cascade.okr.core.port.GoalStore.StoredKeyResult;
import dev.cascade.okr.core.port.GoalStore.StoredObjective;
import dev.cascade.okr.core.port.KeyResultStore;
import dev.cascade.okr.core.port.Page;
import dev.cascade.okr.core.validation.Violation;
import dev.cascade.okr.core.validation.ViolationCode;
import dev.cascade.okr.service.kernel.Outcome.Failure;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * The one place that answers "the goal, if this caller may see it" and "the goal, if this caller may change it",
 * checking in this order: signed in (else 401 {@code auth.required}); the goal exists and the caller may see it (else
 * 404 naming the goal, the same for a goal that does not exist, so existence never leaks); for a change, the caller
 * may change it (else 403 {@code auth.forbidden}). Holds no state of its own; every service that reads or writes
 * something of a goal asks here.
 */
@JiraComponent
public final class GoalAccess {

    private final GoalStore goals;
    private final KeyResultStore keyResults;
    private final GoalQueries queries;
    private final AccessService access;

    /** Over the goal room's stores and the caller's access facts. */
    @Inject
    public GoalAccess(GoalStore goals, KeyResultStore keyResults, GoalQueries queries, AccessService access) {
        this.goals = Objects.requireNonNull(goals, "goals");
        this.keyResults = Objects.requireNonNull(keyResults, "keyResults");
        this.queries = Objects.requireNonNull(queries, "queries");
        this.access = Objects.requireNonNull(access, "access");
    }

    /**
     * Who callers are and what core's access policy allows them beyond one goal (creating goals, closing periods,
     * appraisal data, whether a user key names a user): the facts behind every answer here, so that a service needs
     * this one access path only.
     */
    public AccessService users() {
        return access;
    }

    /** The caller's facts and a goal the caller may change. */
    public record Changeable(AccessFacts facts, StoredObjective goal) {
    }

    /** A key result and its goal, which the caller may change. */
    public record ChangeableKeyResult(StoredObjective goal, StoredKeyResult keyResult) {
    }

    /** A key result and its goal, which the caller may see (and, as the method says, track). */
    public record KeyResultOfGoal(StoredObjective goal, StoredKeyResult keyResult) {
    }

    /** The caller's facts and a goal whose owner's appraisal data the caller may see. */
    public record Appraisable(AccessFacts facts, Objective goal) {
    }

    /**
     * Signed in (else 401); the key result exists and the caller may see its goal (else 404 naming the key result, the
     * same for one that does not exist); may change the goal (else 403); the goal is not closed (else 409
     * {@code goal.closed}).
     */
    public Outcome<ChangeableKeyResult> changeableOpenKeyResult(Caller caller, KeyResultId id) {
        Outcome<KeyResultOfGoal> found = keyResult(caller, id, AccessPolicy::canChange);
        if (!found.isSuccess()) {
            return found.failed();
        }
        return Outcome.success(new ChangeableKeyResult(found.value().goal(), found.value().keyResult()));
    }

    /**
     * Signed in (else 401); the key result exists and the caller may see its goal (else 404 naming the key result, the
     * same for one that does not exist): what reading a key result's tracking, drill-down or series needs.
     */
    public Outcome<KeyResultOfGoal> visibleKeyResult(Caller caller, KeyResultId id) {
        Optional<String> user = caller.userKey();
        if (user.isEmpty()) {
            return unauthenticated();
        }
        return visibleKeyResult(access.factsOf(user.get()), access.policy(), id).map(Outcome::success)
                .orElseGet(() -> keyResultNotFound(id));
    }

    /**
     * As {@link #changeableOpenKeyResult}, but with core's tracking rule ({@link AccessPolicy#canTrack}: the goal's
     * owner always, else whoever may change the goal) instead of the change rule: what writing a plan, a check-in or
     * a target adjustment needs. 401, 404 naming the key result, 403, 409 {@code goal.closed}, in this order.
     */
    public Outcome<KeyResultOfGoal> trackableOpenKeyResult(Caller caller, KeyResultId id) {
        return keyResult(caller, id, AccessPolicy::canTrack);
    }

    /**
     * Signed in (else 401); the goal exists and the caller may see it (else 404); the caller may track it (core's
     * {@link AccessPolicy#canTrack}, else 403): what writing a goal's quarterly review notes needs.
     */
    public Outcome<StoredObjective> trackable(Caller caller, ObjectiveId id) {
        Outcome<Changeable> found = goal(caller, id, AccessPolicy::canTrack);
        if (!found.isSuccess()) {
            return found.failed();
        }
        return Outcome.success(found.value().goal());
    }

    /**
     * Signed in (else 401); the goal exists ({@code goalId} positive) and the caller may see its owner's appraisal data
     * (core's {@link AccessPolicy#canSeeAppraisalOf}), else 404 {@code objective.not-found} at {@code objectiveId}, the
     * same for a goal that does not exist: the appraisal rule, which reads the owner rather than the goal's visibility.
     */
    public Outcome<Appraisable> appraisable(Caller caller, long goalId) {
        Optional<String> user = caller.userKey();
        if (user.isEmpty()) {
            return unauthenticated();
        }
        AccessFacts facts = access.factsOf(user.get());
        Optional<Objective> goal = goalId > 0 ? goals.objective(new ObjectiveId(goalId)) : Optional.empty();
        if (goal.isEmpty() || !access.policy().canSeeAppraisalOf(facts, goal.get().owner())) {
            return Outcome.failure(Failure.NOT_FOUND, Violation.of(ViolationCode.OBJECTIVE_NOT_FOUND, "objectiveId",
                    String.valueOf(goalId)));
        }
        return Outcome.success(new Appraisable(facts, goal.get()));
    }

    /** Whether the caller with these facts may see the goal: core's {@link AccessPolicy#canSee}, asked here only. */
    public boolean sees(AccessFacts facts, Objective goal) {
        return access.policy().canSee(facts, goal);
    }

    /** {@link #sees} as a filter over stored goals, the policy read once. */
    public Predicate<StoredObjective> seenBy(AccessFacts facts) {
        AccessPolicy policy = access.policy();
        return goal -> policy.canSee(facts, goal.objective());
    }

    /**
     * Whether the caller with these facts may change each goal: core's {@link AccessPolicy#canChange}, the policy read
     * once; for listing what a person may change (it says nothing about seeing, which is asked first).
     */
    public Predicate<StoredObjective> changedBy(AccessFacts facts) {
        AccessPolicy policy = access.policy();
        return goal -> policy.canChange(facts, goal.objective());
    }

    /** A change rule of core's {@link AccessPolicy}: may this person do it to this goal. */
    @FunctionalInterface
    private interface Right {
        public boolean allows(AccessPolicy policy, AccessFacts facts, Objective goal);
    }

    private Outcome<KeyResultOfGoal> keyResult(Caller caller, KeyResultId id, Right right) {
        Outcome<KeyResultOfGoal> found = allowed(caller, (facts, policy) -> visibleKeyResult(facts, policy, id),
                KeyResultOfGoal::goal, right, () -> keyResultNotFound(id));
        return found.isSuccess() ? GoalAccess.<KeyResultOfGoal>refuseWhenClosed(found.value().goal()).orElse(found)
                : found;
    }

    /** The key result and its goal if both exist and the caller may see the goal; empty alike otherwise. */
    private Optional<KeyResultOfGoal> visibleKeyResult(AccessFacts facts, AccessPolicy policy, KeyResultId id) {
        return keyResults.keyResult(id)
                .flatMap(k -> visible(facts, policy, k.objectiveId()).map(goal -> new KeyResultOfGoal(goal, k)));
    }

    private Outcome<Changeable> goal(Caller caller, ObjectiveId id, Right right) {
        return allowed(caller, (facts, policy) -> visible(facts, policy, id).map(goal -> new Changeable(facts, goal)),
                Changeable::goal, right, () -> goalNotFound(id));
    }

    /**
     * Signed in (else 401); {@code find} finds it among what the caller sees (else {@code notFound}); the caller has
     * the {@code right} to the goal of what was found (else 403). The policy is read once for both questions.
     */
    private <T> Outcome<T> allowed(Caller caller, BiFunction<AccessFacts, AccessPolicy, Optional<T>> find,
            Function<T, StoredObjective> goalOf, Right right, Supplier<Outcome<T>> notFound) {
        Optional<String> user = caller.userKey();
        if (user.isEmpty()) {
            return unauthenticated();
        }
        AccessFacts facts = access.factsOf(user.get());
        AccessPolicy policy = access.policy();
        Optional<T> found = find.apply(facts, policy);
        if (found.isEmpty()) {
            return notFound.get();
        }
        if (!right.allows(policy, facts, goalOf.apply(found.get()).objective())) {
            return forbidden();
        }
        return Outcome.success(found.get());
    }

    /** Signed in (else 401); the goal exists and the caller may see it (else 404). */
    public Outcome<StoredObjective> visible(Caller caller, ObjectiveId id) {
        Optional<String> user = caller.userKey();
        if (user.isEmpty()) {
            return unauthenticated();
        }
        return visible(access.factsOf(user.get()), id).map(Outcome::success).orElseGet(() -> goalNotFound(id));
    }

    /** Signed in (else 401); the goal exists and the caller may see it (else 404) and change it (else 403). */
    public Outcome<Changeable> changeable(Caller caller, ObjectiveId id) {
        return goal(caller, id, AccessPolicy::canChange);
    }

    /** The goal if it exists and the caller with these facts may see it; empty alike for a missing and a hidden one. */
    public Optional<StoredObjective> visible(AccessFacts facts, ObjectiveId id) {
        return visible(facts, access.policy(), id);
    }

    private Optional<StoredObjective> visible(AccessFacts facts, AccessPolicy policy, ObjectiveId id) {
        return goals.goal(id).filter(g -> policy.canSee(facts, g.objective()));
    }

    /**
     * The query narrowed to the goals the caller may see: core's {@link AccessPolicy#audience} as a clause the store
     * applies (membership asked only for the units of the members-only goals the query meets), unchanged for an app
     * administrator; empty when the caller manages more than {@value AccessService#MAX_REPORTS} people, so that the
     * caller's list must be decided goal by goal instead. Core's {@code canSee} still has the last word on every goal
     * answered.
     */
    public Optional<GoalQuery> visibleTo(AccessFacts facts, GoalQuery query) {
        if (facts.isAppAdmin()) {
            return Optional.of(query.withAudience(null));
        }
        Optional<Set<UserRef>> reports = access.reportsOf(facts.user());
        if (reports.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(query.withAudience(access.policy().audience(facts, reports.get(),
                queries.membersOnlyUnits(query)).orElse(null)));
    }

    /**
     * Every goal matching the query that the caller may see, in id order, read a store page at a time and decided
     * goal by goal by core's {@code canSee}: the way to list for a caller whose audience {@link #visibleTo} cannot
     * name in a query.
     */
    public void forEachVisible(GoalQuery query, AccessFacts facts, Consumer<StoredObjective> each) {
        AccessPolicy policy = access.policy();
        int read = 0;
        while (true) {
            Page<StoredObjective> page = queries.find(query.withPage(read, GoalQuery.MAX_LIMIT));
            page.items().stream().filter(goal -> policy.canSee(facts, goal.objective())).forEach(each);
            read += page.items().size();
            if (page.items().isEmpty() || !page.hasMore()) {
                return;
            }
        }
    }

    /** Collects one page out of a stream of items offered in order, counting them all for the total. */
    public static final class Pager<T> {
        private final int offset;
        private final int limit;
        private final List<T> kept = new ArrayList<>();
        private int seen;

        public Pager(int offset, int limit) {
            this.offset = offset;
            this.limit = limit;
        }

        public void offer(T item) {
            if (seen >= offset && kept.size() < limit) {
                kept.add(item);
            }
            seen++;
        }

        public Page<T> page() {
            return new Page<>(kept, offset, limit, seen);
        }
    }

    /**
     * 409 {@code goal.closed} naming the goal when it is closed (core's {@code ClosedGoalRule}): a closed goal is
     * frozen, so no change to it, its key results, their progress or check-ins is stored; empty when it may change.
     */
    public static <T> Optional<Outcome<T>> refuseWhenClosed(StoredObjective goal) {
        return ClosedGoalRule.refuseChange(goal.objective())
                .map(violation -> Outcome.failure(Failure.CLOSED, violation));
    }

    /** 401 {@code auth.required}: nobody is signed in. */
    public static <T> Outcome<T> unauthenticated() {
        return Outcome.failure(Failure.UNAUTHENTICATED, Violation.of(ViolationCode.NOT_AUTHENTICATED, null));
    }

    /** 403 {@code auth.forbidden}: the caller may see the goal but not change it. */
    public static <T> Outcome<T> forbidden() {
        return Outcome.failure(Failure.FORBIDDEN, Violation.of(ViolationCode.FORBIDDEN, null));
    }

    /** 404 for a key result that does not exist or whose goal the caller may not see. */
    public static <T> Outcome<T> keyResultNotFound(KeyResultId id) {
        return Outcome.failure(Failure.NOT_FOUND,
                Violation.of(ViolationCode.KEY_RESULT_NOT_FOUND, "id", String.valueOf(id.value())));
    }

    /** 404 for a goal that does not exist or that the caller may not see. */
    public static <T> Outcome<T> goalNotFound(ObjectiveId id) {
        return Outcome.failure(Failure.NOT_FOUND,
                Violation.of(ViolationCode.OBJECTIVE_NOT_FOUND, "id", String.valueOf(id.value())));
    }
}
