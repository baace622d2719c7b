package dev.cascade.okr.service.appraisal;

import static dev.cascade.okr.service.kernel.GoalAccess.unauthenticated;

import com.atlassian.plugin.spring.scanner.annotation.component.JiraComponent;
import dev.cascade.okr.core.access.AccessFacts;
import dev.cascade.okr.core.access.AccessPolicy;
import dev.cascade.okr.core.appraisal.AchievementPolicy;
import dev.cascade.okr.core.appraisal.AppraisalWorkflow;
import dev.cascade.okr.core.appraisal.GoalAchievement;
import dev.cascade.okr.core.appraisal.GoalConfirmation;
import dev.cascade.okr.core.model.Objective;
import dev.cascade.okr.core.model.ObjectiveId;
import dev.cascade.okr.core.model.UserRef;
import dev.cascade.okr.core.port.AppraisalStore;
import dev.cascade.okr.core.port.AppraisalStore.StoredAppraisal;
import dev.cascade.okr.core.port.AppraisalStore.StoredConfirmation;
import dev.cascade.okr.core.port.StoreWrite;
import dev.cascade.okr.core.validation.Validated;
import dev.cascade.okr.core.validation.Violation;
import dev.cascade.okr.core.validation.ViolationCode;
import dev.cascade.okr.service.kernel.Caller;
import dev.cascade.okr.service.kernel.GoalAccess;
import dev.cascade.okr.service.kernel.Outcome;
import dev.cascade.okr.service.kernel.Outcome.Failure;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Goal confirmation (签字确认) and appraisals, with their permission checks; the rules of every step are the core's
 * ({@link GoalConfirmation}, {@link AppraisalWorkflow}), this class decides who gets that far and stores the result.
 *
 * <p>Who sees what: confirmations and appraisals are appraisal data of the goal's owner, so only the owner, the
 * owner's managers and app administrators see them ({@link AccessPolicy#canSeeAppraisalOf}); everybody else is told
 * that they do not exist. A step by someone who sees the data but may not take the step (the core's
 * {@code appraisal.not-allowed}, {@code confirmation.not-a-party} or {@code confirmation.own-objection}) is
 * FORBIDDEN; every other refusal of the core (wrong state, bad score, missing text) is INVALID. A step names the
 * version it was based on; an old version is a
 * CONFLICT with the current state before the core is even asked, so a caller who raced somebody is told so rather
 * than told that the state is wrong.
 *
 * <p>The assessing (and confirming) manager is the caller when the caller manages the owner, otherwise (an app
 * administrator acting) the owner's first direct manager by user key. An appeal is resolved by an app administrator
 * or by a manager of the assessing manager.
 */
@JiraComponent
public final class AppraisalService {

    private static final Set<ViolationCode> ACTOR_REFUSALS =
            Set.of(ViolationCode.APPRAISAL_NOT_ALLOWED, ViolationCode.CONFIRMATION_NOT_A_PARTY,
                    ViolationCode.CONFIRMATION_OWN_OBJECTION);

    private final AppraisalSources sources;

    /** Creates the service. */
    @Inject
    public AppraisalService(AppraisalSources sources) {
        this.sources = sources;
    }

    // ---- goal confirmation ----

    /**
     * The goal's confirmation; version 0 and nobody confirmed while it has not started (then the manager shown is
     * the one who would confirm). When nobody has started it and the owner has no manager, that is its state, not an
     * error: {@link ConfirmationState#confirmation()} is empty (the steps themselves answer
     * {@code appraisal.no-manager}).
     */
    public Outcome<ConfirmationState> confirmation(Caller caller, long goalId) {
        Outcome<Context> context = goalContext(caller, goalId);
        if (!context.isSuccess()) {
            return retype(context);
        }
        Objective goal = context.value().goal();
        if (sources.appraisals.confirmation(goal.id()).isEmpty() && assessingManager(context.value()).isEmpty()) {
            return Outcome.success(new ConfirmationState(goal.id(), goal.owner(), Optional.empty()));
        }
        Outcome<StoredConfirmation> current = currentConfirmation(context.value());
        return current.isSuccess()
                ? Outcome.success(new ConfirmationState(goal.id(), goal.owner(), Optional.of(current.value())))
                : retype(current);
    }

    /**
     * What a goal's confirmation is: the confirmation (stored, or the fresh one that would start), or empty when the
     * owner has no manager to confirm with.
     *
     * @param objective the goal
     * @param owner its owner
     * @param confirmation the confirmation, or empty when there is no manager
     */
    public record ConfirmationState(ObjectiveId objective, UserRef owner, Optional<StoredConfirmation> confirmation) {
    }

    /**
     * The goal's achievement rate as its key results' evidence gives it now, with the derivation; for those who may
     * see the owner's appraisal data.
     */
    public Outcome<GoalAchievement> achievement(Caller caller, long goalId) {
        Outcome<Context> context = goalContext(caller, goalId);
        if (!context.isSuccess()) {
            return retype(context);
        }
        return Outcome.success(sources.evidence.achievement(context.value().goal()));
    }

    /** The caller's confirmation of the goal, over {@code version}. */
    public Outcome<StoredConfirmation> confirm(Caller caller, long goalId, long version) {
        return confirmationStep(caller, goalId, version, (c, act) -> c.confirm(act.actor(), act.at()));
    }

    /** The caller's objection to the goal, with a reason, over {@code version}. */
    public Outcome<StoredConfirmation> object(Caller caller, long goalId, long version, String reason) {
        return confirmationStep(caller, goalId, version, (c, act) -> c.object(act.actor(), reason, act.at()));
    }

    /** The caller's resolution of an objection (its index, from 0), over {@code version}. */
    public Outcome<StoredConfirmation> resolve(Caller caller, long goalId, long version, int objection,
            String resolution) {
        return confirmationStep(caller, goalId, version,
                (c, act) -> c.resolve(objection, act.actor(), resolution, act.at()))
                .renamed("objectionIndex", "objection");
    }

    private Outcome<StoredConfirmation> confirmationStep(Caller caller, long goalId, long version,
            ConfirmationStep step) {
        Outcome<Context> context = goalContext(caller, goalId);
        if (!context.isSuccess()) {
            return retype(context);
        }
        Outcome<StoredConfirmation> current = currentConfirmation(context.value());
        if (!current.isSuccess()) {
            return current;
        }
        if (version < 0) {
            return Outcome.failure(Failure.INVALID, Violation.of(ViolationCode.VERSION_INVALID, "version", "0"));
        }
        if (version != current.value().version()) {
            return Outcome.conflict(current.value());
        }
        Validated<GoalConfirmation> next = step.apply(current.value().confirmation(),
                new Act(context.value().user(), sources.clock.instant()));
        if (!next.isValid()) {
            return refused(next.errors());
        }
        return written(sources.appraisals.putConfirmation(context.value().goal().id(), version, next.value()),
                goalId, "id", ViolationCode.OBJECTIVE_NOT_FOUND);
    }

    private Outcome<StoredConfirmation> currentConfirmation(Context context) {
        Optional<StoredConfirmation> stored = sources.appraisals.confirmation(context.goal().id());
        if (stored.isPresent()) {
            return Outcome.success(stored.get());
        }
        Optional<UserRef> manager = assessingManager(context);
        if (manager.isEmpty()) {
            return noManager(context.goal().owner());
        }
        Validated<GoalConfirmation> fresh = GoalConfirmation.start(context.goal().owner(), manager.get());
        if (!fresh.isValid()) {
            return Outcome.failure(Failure.INVALID, fresh.errors());
        }
        return Outcome.success(new StoredConfirmation(context.goal().id(), fresh.value(), 0));
    }

    // ---- appraisals ----

    /**
     * Starts the appraisal of a goal for its period, under the scheme as configured now; by a manager of the goal's
     * owner or an app administrator. One appraisal per goal, owner and period, guaranteed by the store
     * ({@link AppraisalStore#start}) even for two starts at the same moment.
     */
    public Outcome<StoredAppraisal> start(Caller caller, long goalId) {
        Outcome<Context> context = goalContext(caller, goalId);
        if (!context.isSuccess()) {
            return retype(context);
        }
        Context found = context.value();
        UserRef owner = found.goal().owner();
        if (!mayStart(found.facts(), owner)) {
            return Outcome.failure(Failure.FORBIDDEN, Violation.of(ViolationCode.FORBIDDEN, null));
        }
        Optional<UserRef> manager = assessingManager(found);
        if (manager.isEmpty()) {
            return noManager(owner);
        }
        Optional<StoredAppraisal> existing = sources.appraisals.appraisalsOf(owner).stream()
                .filter(a -> a.objective().equals(found.goal().id()) && a.period().equals(found.goal().period()))
                .findFirst();
        if (existing.isPresent()) {
            return Outcome.failure(Failure.INVALID, Violation.of(ViolationCode.APPRAISAL_EXISTS, "objectiveId",
                    String.valueOf(existing.get().id())));
        }
        Validated<AppraisalWorkflow> started = AppraisalWorkflow.start(owner, manager.get(),
                sources.settings.appraisalScheme().value());
        if (!started.isValid()) {
            return Outcome.failure(Failure.INVALID, started.errors());
        }
        StoreWrite<StoredAppraisal> write = sources.appraisals.start(found.goal().id(), found.goal().period(),
                started.value());
        if (write instanceof StoreWrite.Stale<StoredAppraisal> raced) {
            // Somebody started it a moment ago: the same answer as when it had been there before we looked.
            return Outcome.failure(Failure.INVALID, Violation.of(ViolationCode.APPRAISAL_EXISTS, "objectiveId",
                    String.valueOf(raced.current().id())));
        }
        return Outcome.success(((StoreWrite.Written<StoredAppraisal>) write).value());
    }

    /** One appraisal, if the caller may see the appraisal data of the person appraised. */
    public Outcome<StoredAppraisal> appraisal(Caller caller, long id) {
        Optional<String> user = caller.userKey();
        if (user.isEmpty()) {
            return unauthenticated();
        }
        AccessFacts facts = sources.access.factsOf(user.get());
        return visibleAppraisal(facts, id);
    }

    /** Every appraisal of a person, oldest first, if the caller may see that person's appraisal data. */
    public Outcome<List<StoredAppraisal>> appraisalsOf(Caller caller, String personKey) {
        Optional<String> user = caller.userKey();
        if (user.isEmpty()) {
            return unauthenticated();
        }
        if (personKey == null || personKey.isBlank()) {
            return Outcome.failure(Failure.INVALID, Violation.of(ViolationCode.REQUEST_FIELD_REQUIRED, "person"));
        }
        UserRef person = new UserRef(personKey);
        if (!sources.access.policy().canSeeAppraisalOf(sources.access.factsOf(user.get()), person)) {
            return Outcome.failure(Failure.NOT_FOUND,
                    Violation.of(ViolationCode.PEOPLE_NOT_FOUND, "person", personKey));
        }
        Optional<Violation> unknown = sources.access.unknownUser(personKey, "person");
        if (unknown.isPresent()) {
            return Outcome.failure(Failure.INVALID, unknown.get());
        }
        return Outcome.success(sources.appraisals.appraisalsOf(person));
    }

    /** The self-assessment of the person appraised. */
    public Outcome<StoredAppraisal> selfAssess(Caller caller, long id, long version, int score, String comment) {
        return appraisalStep(caller, id, version,
                (w, act) -> w.selfAssess(act.actor(), score, comment, act.at())).renamed("selfScore", "score");
    }

    /**
     * The assessing manager's assessment over the achievement rate the goal's evidence gives now
     * ({@link GoalEvidence}); {@code overrideRate} replaces that rate and needs a {@code reason}. A goal deleted since
     * the start has no key results left, so no computed rate.
     */
    public Outcome<StoredAppraisal> managerAssess(Caller caller, long id, long version, BigDecimal overrideRate,
            String reason, int processScore, String comment, String suggestion) {
        return withAccess(caller, id, found -> {
            GoalAchievement achievement = sources.goals.objective(found.stored().objective())
                    .map(sources.evidence::achievement).orElseGet(() -> new AchievementPolicy().goal(List.of()));
            return step(found, version, (w, act) -> w.managerAssess(act.actor(), achievement, overrideRate, reason,
                    processScore, comment, suggestion, act.at()));
        });
    }

    /** The sign-off of the person appraised. */
    public Outcome<StoredAppraisal> signOff(Caller caller, long id, long version) {
        return appraisalStep(caller, id, version, (w, act) -> w.signOff(act.actor(), act.at()));
    }

    /** The appeal of the person appraised. */
    public Outcome<StoredAppraisal> appeal(Caller caller, long id, long version, String reason) {
        return appraisalStep(caller, id, version, (w, act) -> w.appeal(act.actor(), reason, act.at()));
    }

    /**
     * The resolution of an appeal by an app administrator or a manager of the assessing manager: upheld, or revised
     * with a new process score ({@code processScore} is ignored when upheld).
     */
    public Outcome<StoredAppraisal> resolveAppeal(Caller caller, long id, long version, boolean revise,
            Integer processScore, String comment) {
        return withAccess(caller, id, found -> {
            AccessFacts facts = found.facts();
            UserRef assessor = found.stored().workflow().manager();
            if (!mayResolveAppeal(facts, assessor)) {
                return Outcome.failure(Failure.FORBIDDEN,
                        Violation.of(ViolationCode.APPRAISAL_NOT_ALLOWED, "actor"));
            }
            if (revise && processScore == null) {
                return Outcome.failure(Failure.INVALID,
                        Violation.of(ViolationCode.APPRAISAL_PROCESS_SCORE_REQUIRED, "processScore"));
            }
            return step(found, version, (w, act) -> revise
                    ? w.reviseAppeal(act.actor(), processScore, comment, act.at())
                    : w.upholdAppeal(act.actor(), comment, act.at()));
        });
    }

    /** Whether the caller may start appraisals of {@code owner}'s goals: a manager of theirs or an app admin. */
    static boolean mayStart(AccessFacts facts, UserRef owner) {
        return facts.isAppAdmin() || facts.manages(owner);
    }

    /** Whether the caller may resolve an appeal against {@code assessor}: an app administrator or their manager. */
    boolean mayResolveAppeal(AccessFacts facts, UserRef assessor) {
        return facts.isAppAdmin() || sources.people.isManagerOf(facts.user(), assessor);
    }

    /**
     * The manager who assesses {@code owner}'s goals when {@code facts}' person starts: that person when they manage
     * the owner, otherwise the owner's first direct manager; empty when the owner has none.
     */
    Optional<UserRef> assessingManager(AccessFacts facts, UserRef owner) {
        if (facts.manages(owner)) {
            return Optional.of(facts.user());
        }
        return sources.people.managersOf(owner).stream().findFirst();
    }

    private Outcome<StoredAppraisal> appraisalStep(Caller caller, long id, long version, AppraisalStep step) {
        return withAccess(caller, id, found -> step(found, version, step));
    }

    private Outcome<StoredAppraisal> withAccess(Caller caller, long id,
            Function<Found, Outcome<StoredAppraisal>> then) {
        Optional<String> user = caller.userKey();
        if (user.isEmpty()) {
            return unauthenticated();
        }
        AccessFacts facts = sources.access.factsOf(user.get());
        Outcome<StoredAppraisal> visible = visibleAppraisal(facts, id);
        if (!visible.isSuccess()) {
            return visible;
        }
        return then.apply(new Found(facts, visible.value()));
    }

    private Outcome<StoredAppraisal> step(Found found, long version, AppraisalStep step) {
        StoredAppraisal current = found.stored();
        if (version < 1) {
            return Outcome.failure(Failure.INVALID, Violation.of(ViolationCode.VERSION_INVALID, "version", "1"));
        }
        if (version != current.version()) {
            return Outcome.conflict(current);
        }
        Validated<AppraisalWorkflow> next = step.apply(current.workflow(),
                new Act(found.facts().user(), sources.clock.instant()));
        if (!next.isValid()) {
            return refused(next.errors());
        }
        return written(sources.appraisals.put(current.id(), version, next.value()), current.id(), "id",
                ViolationCode.APPRAISAL_NOT_FOUND);
    }

    private Outcome<StoredAppraisal> visibleAppraisal(AccessFacts facts, long id) {
        Optional<StoredAppraisal> stored = id > 0 ? sources.appraisals.appraisal(id) : Optional.empty();
        if (stored.isEmpty()
                || !sources.access.policy().canSeeAppraisalOf(facts, stored.get().workflow().appraisee())) {
            return Outcome.failure(Failure.NOT_FOUND,
                    Violation.of(ViolationCode.APPRAISAL_NOT_FOUND, "id", String.valueOf(id)));
        }
        return Outcome.success(stored.get());
    }

    // ---- shared ----

    /** The signed-in caller, the goal and the caller's facts, when the caller may see the owner's appraisal data. */
    private Outcome<Context> goalContext(Caller caller, long goalId) {
        Outcome<GoalAccess.Appraisable> found = sources.goalAccess().appraisable(caller, goalId);
        if (!found.isSuccess()) {
            return found.failed();
        }
        AccessFacts facts = found.value().facts();
        return Outcome.success(new Context(facts.user(), facts, found.value().goal()));
    }

    private Optional<UserRef> assessingManager(Context context) {
        return assessingManager(context.facts(), context.goal().owner());
    }

    private static <T> Outcome<T> noManager(UserRef owner) {
        return Outcome.failure(Failure.INVALID, Violation.of(ViolationCode.APPRAISAL_NO_MANAGER, "objectiveId",
                owner.key()));
    }

    private static <T> Outcome<T> refused(List<Violation> violations) {
        boolean actor = violations.stream().anyMatch(v -> ACTOR_REFUSALS.contains(v.code()));
        return Outcome.failure(actor ? Failure.FORBIDDEN : Failure.INVALID, violations);
    }

    private static <T> Outcome<T> written(StoreWrite<T> write, Object id, String field, ViolationCode missing) {
        if (write instanceof StoreWrite.Written<T> written) {
            return Outcome.success(written.value());
        }
        if (write instanceof StoreWrite.Stale<T> stale) {
            return Outcome.conflict(stale.current());
        }
        return Outcome.failure(Failure.NOT_FOUND, Violation.of(missing, field, String.valueOf(id)));
    }

    private static <T> Outcome<T> retype(Outcome<?> failed) {
        return Outcome.failure(failed.failure(), failed.violations());
    }

    /** Who acts, and when. */
    private record Act(UserRef actor, Instant at) {
    }

    /** A goal whose owner's appraisal data the caller may see. */
    private record Context(UserRef user, AccessFacts facts, Objective goal) {
    }

    /** An appraisal the caller may see. */
    private record Found(AccessFacts facts, StoredAppraisal stored) {
    }

    @FunctionalInterface
    private interface ConfirmationStep {
        Validated<GoalConfirmation> apply(GoalConfirmation confirmation, Act act);
    }

    @FunctionalInterface
    private interface AppraisalStep {
        Validated<AppraisalWorkflow> apply(AppraisalWorkflow workflow, Act act);
    }
}
