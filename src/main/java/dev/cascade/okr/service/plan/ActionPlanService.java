package dev.cascade.okr.service.plan;

import com.atlassian.plugin.spring.scanner.annotation.component.JiraComponent;
import dev.cascade.okr.core.model.ObjectiveId;
import dev.cascade.okr.core.model.Period;
import dev.cascade.okr.core.model.UserRef;
import dev.cascade.okr.core.plan.ActionPlan;
import dev.cascade.okr.core.plan.ActionPlanPolicy;
import dev.cascade.okr.core.plan.InitiativeDraft;
import dev.cascade.okr.core.plan.InitiativeId;
import dev.cascade.okr.core.plan.PlanItemId;
import dev.cascade.okr.core.plan.PlanItemStatus;
import dev.cascade.okr.core.plan.RaciAssignmentDraft;
import dev.cascade.okr.core.plan.RaciRole;
import dev.cascade.okr.core.plan.ResourcesDraft;
import dev.cascade.okr.core.plan.RiskDraft;
import dev.cascade.okr.core.plan.RiskLevel;
import dev.cascade.okr.core.plan.Task;
import dev.cascade.okr.core.plan.TaskDraft;
import dev.cascade.okr.core.plan.TaskId;
import dev.cascade.okr.core.port.ActionPlanStore;
import dev.cascade.okr.core.port.ActionPlanStore.PlanChange;
import dev.cascade.okr.core.port.ActionPlanStore.StoredPlan;
import dev.cascade.okr.core.port.GoalStore.StoredObjective;
import dev.cascade.okr.core.port.StoreWrite;
import dev.cascade.okr.core.validation.Validated;
import dev.cascade.okr.core.validation.Violation;
import dev.cascade.okr.core.validation.ViolationCode;
import dev.cascade.okr.service.kernel.Caller;
import dev.cascade.okr.service.kernel.DayText;
import dev.cascade.okr.service.kernel.GoalAccess;
import dev.cascade.okr.service.kernel.Inputs;
import dev.cascade.okr.service.kernel.Outcome;
import dev.cascade.okr.service.kernel.Outcome.Failure;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * The action plan of a goal (initiatives and their tasks): read it, add, change and delete its items. Every method
 * checks, in this order: signed in; the goal exists and the caller may see it (else "not found", so existence never
 * leaks); for a change, the caller may change the goal; the item named exists in this goal's plan (else "not found");
 * the input, by core's {@link ActionPlanPolicy} against the whole plan as it is now (dates inside the goal's period,
 * RACI, budget, dependencies without cycles); then the store write, which refuses a stale version. Nothing is written
 * unless every check passed.
 */
@JiraComponent
public final class ActionPlanService {

    /** The longest user key an item can hold (the length of its columns). */
    private static final int MAX_KEY = 255;

    private final ActionPlanStore plans;
    private final GoalAccess goalAccess;
    private final ActionPlanPolicy policy = new ActionPlanPolicy();
    private final Clock clock = Clock.systemUTC();

    /** Creates the service. */
    @Inject
    public ActionPlanService(ActionPlanStore plans, GoalAccess goalAccess) {
        this.plans = plans;
        this.goalAccess = goalAccess;
    }

    /**
     * What a write answers: the item it concerned and the plan after it, with the findings that did not stop it;
     * on a conflict, the plan as it is now.
     *
     * @param change the item and the plan
     * @param warnings core's warnings (an owner without responsibility, a high risk without contingency…)
     */
    public record PlanWrite(PlanChange change, List<Violation> warnings) {
        /** Checks presence and copies the warnings. */
        public PlanWrite {
            Objects.requireNonNull(change, "change");
            warnings = List.copyOf(warnings);
        }
    }

    /** The goal's action plan with every item's version, if the caller may see the goal. */
    public Outcome<StoredPlan> plan(Caller caller, ObjectiveId goal) {
        Outcome<StoredObjective> visible = goalAccess.visible(caller, goal);
        if (!visible.isSuccess()) {
            return visible.failed();
        }
        return Outcome.success(plans.actionPlan(goal));
    }

    /** Adds an initiative to the goal's plan at version 1. */
    public Outcome<PlanWrite> createInitiative(Caller caller, ObjectiveId goal, PlanItemInput input) {
        Objects.requireNonNull(input, "input");
        Outcome<Editing> editing = editing(caller, goal, null);
        if (!editing.isSuccess()) {
            return editing.failed();
        }
        InitiativeId id = ActionPlanStore.NEW_INITIATIVE;
        return put(initiative(editing.value(), id, input),
                plan -> plans.createInitiative(plan.initiative(id).orElseThrow()), id);
    }

    /** Replaces an initiative of the goal's plan if it is still at {@code version}. */
    public Outcome<PlanWrite> putInitiative(Caller caller, ObjectiveId goal, InitiativeId id, Long version,
            PlanItemInput input) {
        Objects.requireNonNull(input, "input");
        Outcome<Editing> editing = editing(caller, goal, id);
        if (!editing.isSuccess()) {
            return editing.failed();
        }
        if (version == null) {
            return versionRequired();
        }
        return put(initiative(editing.value(), id, input),
                plan -> plans.putInitiative(version, plan.initiative(id).orElseThrow()), id);
    }

    /** Adds a task to an initiative of the goal's plan at version 1. */
    public Outcome<PlanWrite> createTask(Caller caller, ObjectiveId goal, InitiativeId initiative,
            PlanItemInput input) {
        Objects.requireNonNull(input, "input");
        Outcome<Editing> editing = editing(caller, goal, initiative);
        if (!editing.isSuccess()) {
            return editing.failed();
        }
        TaskId id = ActionPlanStore.NEW_TASK;
        return put(task(editing.value(), initiative, id, input),
                plan -> plans.createTask(plan.task(id).orElseThrow()), id);
    }

    /** Replaces a task of an initiative of the goal's plan if it is still at {@code version}. */
    public Outcome<PlanWrite> putTask(Caller caller, ObjectiveId goal, InitiativeId initiative, TaskId id,
            Long version, PlanItemInput input) {
        Objects.requireNonNull(input, "input");
        Outcome<Editing> editing = editing(caller, goal, initiative);
        if (!editing.isSuccess()) {
            return editing.failed();
        }
        if (!editing.value().holds(initiative, id)) {
            return itemNotFound(id, "taskId");
        }
        if (version == null) {
            return versionRequired();
        }
        return put(task(editing.value(), initiative, id, input),
                plan -> plans.putTask(version, plan.task(id).orElseThrow()), id);
    }

    /**
     * Deletes an initiative with its tasks, or a task ({@code initiative} names its initiative), if it is still at
     * {@code version} and nothing else in the plan waits for what would go.
     *
     * @param initiative for a task, the initiative it must belong to; ignored for an initiative
     */
    public Outcome<PlanWrite> delete(Caller caller, ObjectiveId goal, InitiativeId initiative, PlanItemId id,
            Long version) {
        Outcome<Editing> editing = editing(caller, goal, initiative);
        if (!editing.isSuccess()) {
            return editing.failed();
        }
        if (id instanceof TaskId task && !editing.value().holds(initiative, task)) {
            return itemNotFound(id, "taskId");
        }
        if (version == null) {
            return versionRequired();
        }
        Validated<ActionPlan> removed = policy.remove(editing.value().plan(), id);
        if (!removed.isValid()) {
            return Outcome.failure(Failure.INVALID, removed.errors());
        }
        return written(plans.delete(id, version), List.of(), id);
    }

    /**
     * A goal the caller may change, with its plan as it is now, read after the access checks.
     *
     * @param period the goal's period, inside which every item's dates must lie
     * @param plan the plan as stored now
     */
    private record Editing(Period period, ActionPlan plan) {

        /** Whether the task is in the plan and belongs to that initiative. */
        boolean holds(InitiativeId initiative, TaskId task) {
            return plan.task(task).map(Task::initiative).equals(Optional.of(initiative));
        }
    }

    /** Core's check of the plan with this initiative put in, the input read on the way. */
    private Function<List<Violation>, Validated<ActionPlan>> initiative(Editing editing, InitiativeId id,
            PlanItemInput input) {
        return read -> policy.putInitiative(editing.plan(), editing.period(), id, initiativeDraft(input, read));
    }

    /** Core's check of the plan with this task put in, the input read on the way. */
    private Function<List<Violation>, Validated<ActionPlan>> task(Editing editing, InitiativeId initiative,
            TaskId id, PlanItemInput input) {
        return read -> policy.putTask(editing.plan(), editing.period(), id, taskDraft(initiative, input, read),
                LocalDate.now(clock));
    }

    /**
     * Signed in, the goal visible and changeable (see {@link GoalAccess}); then, when {@code initiative} is not
     * {@code null}, that initiative in the goal's plan (else "not found").
     */
    private Outcome<Editing> editing(Caller caller, ObjectiveId goal, InitiativeId initiative) {
        Outcome<GoalAccess.Changeable> changeable = goalAccess.changeable(caller, goal);
        if (!changeable.isSuccess()) {
            return changeable.failed();
        }
        ActionPlan current = plans.actionPlan(goal).plan();
        if (initiative != null && current.initiative(initiative).isEmpty()) {
            return itemNotFound(initiative, "initiativeId");
        }
        return Outcome.success(new Editing(changeable.value().goal().objective().period(), current));
    }

    /** Lets core check the input against the plan, then writes the plan core answered. */
    private Outcome<PlanWrite> put(Function<List<Violation>, Validated<ActionPlan>> checkDraft,
            Function<ActionPlan, StoreWrite<PlanChange>> write, PlanItemId id) {
        Outcome<Validated<ActionPlan>> checked = check(checkDraft);
        if (!checked.isSuccess()) {
            return checked.failed();
        }
        return written(write.apply(checked.value().value()), checked.value().warnings(), id);
    }

    /**
     * Reads the input into a draft and lets core check it; an error reading a field (a date that is no date, an
     * unknown role) replaces what core says about the same field, which would only be "required".
     */
    private static Outcome<Validated<ActionPlan>> check(
            Function<List<Violation>, Validated<ActionPlan>> checkDraft) {
        List<Violation> read = new ArrayList<>();
        Validated<ActionPlan> checked = checkDraft.apply(read);
        if (read.isEmpty() && checked.isValid()) {
            return Outcome.success(checked);
        }
        Set<String> unreadable = new HashSet<>();
        read.forEach(v -> unreadable.add(v.field()));
        List<Violation> errors = new ArrayList<>(read);
        checked.errors().stream().filter(v -> !unreadable.contains(v.field())).forEach(errors::add);
        return Outcome.failure(Failure.INVALID, errors);
    }

    private static Outcome<PlanWrite> written(StoreWrite<PlanChange> write, List<Violation> warnings,
            PlanItemId item) {
        if (write instanceof StoreWrite.Written<PlanChange> written) {
            return Outcome.success(new PlanWrite(written.value(), warnings));
        }
        if (write instanceof StoreWrite.Stale<PlanChange> stale) {
            return Outcome.conflict(new PlanWrite(stale.current(), List.of()));
        }
        return itemNotFound(item, item instanceof TaskId ? "taskId" : "initiativeId");
    }

    private InitiativeDraft initiativeDraft(PlanItemInput in, List<Violation> read) {
        return new InitiativeDraft(in.title(), in.description(), user(in.owner(), "owner", read),
                day(in.start(), "start", read), day(in.due(), "due", read), resources(in.resources(), read),
                raci(in.raci(), read), dependencies(in.dependencies(), read), risk(in.risk(), read),
                status(in.status(), read), in.jiraKey());
    }

    private TaskDraft taskDraft(InitiativeId initiative, PlanItemInput in, List<Violation> read) {
        return new TaskDraft(initiative, in.title(), in.description(), user(in.owner(), "owner", read),
                day(in.start(), "start", read), day(in.due(), "due", read), resources(in.resources(), read),
                raci(in.raci(), read), dependencies(in.dependencies(), read), risk(in.risk(), read),
                status(in.status(), read), in.jiraKey(), in.percentComplete(), in.progressNote());
    }

    /** A user key as a person; {@code null} when blank (core says it is required), unreadable or unknown (reported). */
    private UserRef user(String key, String field, List<Violation> read) {
        if (key == null || key.isBlank()) {
            return null;
        }
        if (key.length() > MAX_KEY || key.chars().anyMatch(Character::isISOControl)) {
            read.add(Violation.of(ViolationCode.VALUE_UNKNOWN, field, Inputs.shorten(key), Inputs.ALLOWED_USER_KEY));
            return null;
        }
        Optional<Violation> unknown = goalAccess.users().unknownUser(key, field);
        if (unknown.isPresent()) {
            read.add(unknown.get());
            return null;
        }
        return new UserRef(key.strip());
    }

    private static LocalDate day(String text, String field, List<Violation> read) {
        return text == null || text.isBlank() ? null : DayText.parse(text, field, read).orElse(null);
    }

    private ResourcesDraft resources(PlanItemInput.ResourcesInput in, List<Violation> read) {
        if (in == null) {
            return null;
        }
        List<UserRef> people = new ArrayList<>();
        List<String> keys = in.people() == null ? List.of() : in.people();
        for (int i = 0; i < keys.size(); i++) {
            people.add(user(keys.get(i), "resources.people[" + i + "]", read));
        }
        return new ResourcesDraft(in.budget(), in.currency(), people, in.roles() == null ? List.of() : in.roles());
    }

    private List<RaciAssignmentDraft> raci(List<PlanItemInput.RaciInput> in, List<Violation> read) {
        List<RaciAssignmentDraft> drafts = new ArrayList<>();
        List<PlanItemInput.RaciInput> entries = in == null ? List.of() : in;
        for (int i = 0; i < entries.size(); i++) {
            PlanItemInput.RaciInput entry = entries.get(i);
            String prefix = "raci[" + i + "].";
            drafts.add(entry == null ? null : new RaciAssignmentDraft(user(entry.person(), prefix + "person", read),
                    entry.role() == null ? null : Inputs.enumOf(RaciRole.class, entry.role(), prefix + "role",
                            read)));
        }
        return drafts;
    }

    private static List<PlanItemId> dependencies(List<PlanItemInput.ItemRef> in, List<Violation> read) {
        List<PlanItemId> ids = new ArrayList<>();
        List<PlanItemInput.ItemRef> refs = in == null ? List.of() : in;
        for (int i = 0; i < refs.size(); i++) {
            PlanItemInput.ItemRef ref = refs.get(i);
            String field = "dependencies[" + i + "]";
            if (ref == null || ref.initiative() == null && ref.task() == null) {
                ids.add(null);
            } else if (ref.initiative() != null && ref.task() != null
                    || (ref.initiative() != null ? ref.initiative() : ref.task()) <= 0) {
                read.add(Violation.of(ViolationCode.VALUE_UNKNOWN, field, ref.initiative() != null
                        ? String.valueOf(ref.initiative()) : String.valueOf(ref.task()),
                        "cascade.value.allowed.plan-item"));
                ids.add(null);
            } else {
                ids.add(ref.initiative() != null ? new InitiativeId(ref.initiative()) : new TaskId(ref.task()));
            }
        }
        return ids;
    }

    private static RiskDraft risk(PlanItemInput.RiskInput in, List<Violation> read) {
        if (in == null) {
            return null;
        }
        RiskLevel level = in.level() == null || in.level().isBlank() ? null
                : Inputs.enumOf(RiskLevel.class, in.level(), "risk.level", read);
        return new RiskDraft(in.description(), in.contingency(), level);
    }

    private static PlanItemStatus status(String text, List<Violation> read) {
        return text == null ? null : Inputs.enumOf(PlanItemStatus.class, text, "status", read);
    }


    private static <T> Outcome<T> versionRequired() {
        return Outcome.failure(Failure.INVALID, Violation.of(ViolationCode.VERSION_REQUIRED, "version"));
    }

    private static <T> Outcome<T> itemNotFound(PlanItemId id, String field) {
        return Outcome.failure(Failure.NOT_FOUND, Violation.of(ViolationCode.PLAN_ITEM_UNKNOWN, field, id.ref()));
    }
}
