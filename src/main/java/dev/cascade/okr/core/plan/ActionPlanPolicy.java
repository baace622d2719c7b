package dev.cascade.okr.core.plan;

import dev.cascade.okr.core.model.ObjectiveDraftPolicy;
import dev.cascade.okr.core.model.Period;
import dev.cascade.okr.core.model.UserRef;
import dev.cascade.okr.core.model.WorkLink;
import dev.cascade.okr.core.validation.FreeText;
import dev.cascade.okr.core.validation.Require;
import dev.cascade.okr.core.validation.TitleRule;
import dev.cascade.okr.core.validation.Validated;
import dev.cascade.okr.core.validation.Violation;
import dev.cascade.okr.core.validation.ViolationCode;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The rules for changing an action plan: a submitted initiative or task is checked on its own, against the goal's
 * period and against the rest of the plan, and the plan with the change comes back.
 *
 * <p>Errors: title, description (no control characters but line breaks and tabs) and date shape; both dates inside
 * the goal's period; RACI with exactly one accountable person, at least one responsible and one role per person;
 * budget not negative, at most 10^15 with at most two decimals and an ISO 4217 currency; a risk with a description
 * and a level; dependencies that exist, are not the item itself and close no cycle; Jira keys of the form
 * {@code ABC-123}, at most 255 characters. Warnings: a task's dates outside its
 * initiative's, an owner who is neither responsible nor accountable, a high risk without a contingency.
 *
 * <p>Ids come from the caller: the id the item has, or the id the store gives a new one. A new item cannot close a
 * cycle (nothing waits for it yet), so its id only has to be unused.
 */
public final class ActionPlanPolicy {

    private static final String ARROW = " \u2192 ";
    /** The longest Jira key an item can name (the length of its column). */
    private static final int MAX_JIRA_KEY = 255;

    /**
     * The plan with the initiative added, or replacing the one with the same id, or the violations that stop it.
     *
     * @param plan the plan as it is
     * @param period the goal's period; both dates must lie inside it
     * @param id the initiative's id
     * @param draft what the person submitted
     */
    public Validated<ActionPlan> putInitiative(ActionPlan plan, Period period, InitiativeId id,
            InitiativeDraft draft) {
        Require.present("plan", plan, "period", period, "id", id, "draft", draft);
        List<Violation> found = new ArrayList<>();
        Common common = checkCommon(new Submitted(draft.title(), draft.description(), draft.owner(), draft.start(),
                draft.due(), draft.resources(), draft.raci(), draft.dependencies(), draft.risk(), draft.status()),
                id, plan, period, found);
        String epicKey = jiraKey(draft.epicKey(), "epicKey", ViolationCode.EPIC_KEY_INVALID, found);
        if (hasErrors(found)) {
            return Validated.invalid(found);
        }
        Initiative initiative = new Initiative(id, plan.objective(), common.title, common.description, common.owner,
                common.start, common.due, common.resources, common.raci, common.dependencies, common.risk,
                common.status, epicKey);
        return withoutCycle(plan, initiative, found);
    }

    /**
     * The plan with the task added, or replacing the one with the same id, or the violations that stop it.
     *
     * @param plan the plan as it is
     * @param period the goal's period; both dates must lie inside it
     * @param id the task's id
     * @param draft what the person submitted
     */
    public Validated<ActionPlan> putTask(ActionPlan plan, Period period, TaskId id, TaskDraft draft) {
        return putTask(plan, period, id, draft, null);
    }

    /**
     * The plan with the task added, or replacing the one with the same id, or the violations that stop it; the task's
     * progress ({@link TaskProgress#next}) is dated {@code today} when its percent or note changes.
     *
     * @param plan the plan as it is
     * @param period the goal's period; both dates must lie inside it
     * @param id the task's id
     * @param draft what the person submitted; percent complete 0 to 100, progress note a free text
     * @param today the day of the change, or {@code null} to keep the previous day
     */
    public Validated<ActionPlan> putTask(ActionPlan plan, Period period, TaskId id, TaskDraft draft,
            LocalDate today) {
        Require.present("plan", plan, "period", period, "id", id, "draft", draft);
        List<Violation> found = new ArrayList<>();
        Initiative initiative = null;
        if (draft.initiative() == null) {
            found.add(Violation.of(ViolationCode.PLAN_INITIATIVE_REQUIRED, "initiative"));
        } else {
            initiative = plan.initiative(draft.initiative()).orElse(null);
            if (initiative == null) {
                found.add(Violation.of(ViolationCode.PLAN_INITIATIVE_UNKNOWN, "initiative",
                        String.valueOf(draft.initiative().value())));
            }
        }
        Common common = checkCommon(new Submitted(draft.title(), draft.description(), draft.owner(), draft.start(),
                draft.due(), draft.resources(), draft.raci(), draft.dependencies(), draft.risk(), draft.status()),
                id, plan, period, found);
        if (initiative != null) {
            warnOutsideInitiative(common.start, "start", initiative, found);
            warnOutsideInitiative(common.due, "due", initiative, found);
        }
        String issueKey = jiraKey(draft.issueKey(), "issueKey", ViolationCode.PLAN_ISSUE_KEY_INVALID, found);
        if (draft.percentComplete() != null && (draft.percentComplete() < 0 || draft.percentComplete() > 100)) {
            found.add(Violation.of(ViolationCode.PLAN_PERCENT_COMPLETE_INVALID, "percentComplete",
                    String.valueOf(draft.percentComplete())));
        }
        FreeText.check(draft.progressNote(), FreeText.MAX_TEXT, true, "progressNote", found);
        if (hasErrors(found)) {
            return Validated.invalid(found);
        }
        TaskProgress previous = plan.task(id).map(Task::progress).orElse(TaskProgress.NONE);
        Task task = new Task(id, draft.initiative(), common.title, common.description, common.owner, common.start,
                common.due, common.resources, common.raci, common.dependencies, common.risk, common.status,
                issueKey, TaskProgress.next(previous, draft.percentComplete(), draft.progressNote(), today));
        return withoutCycle(plan, task, found);
    }

    /**
     * The plan without the item (and, for an initiative, without its tasks), or the violation that stops it: the
     * item is unknown, or other items still wait for what would be removed.
     */
    public Validated<ActionPlan> remove(ActionPlan plan, PlanItemId id) {
        Require.present("plan", plan, "id", id);
        if (plan.item(id).isEmpty()) {
            return Validated.invalid(List.of(Violation.of(ViolationCode.PLAN_ITEM_UNKNOWN, null, id.ref())));
        }
        Set<PlanItemId> removed = new HashSet<>();
        removed.add(id);
        if (id instanceof InitiativeId initiativeId) {
            plan.tasksOf(initiativeId).forEach(task -> removed.add(task.id()));
        }
        List<String> waiting = plan.items().stream()
                .filter(item -> !removed.contains(item.id()))
                .filter(item -> item.dependencies().stream().anyMatch(removed::contains))
                .map(PlanItem::title)
                .toList();
        if (!waiting.isEmpty()) {
            return Validated.invalid(List.of(Violation.of(ViolationCode.PLAN_ITEM_HAS_DEPENDENTS, null,
                    String.join(", ", waiting))));
        }
        return Validated.valid(plan.without(removed));
    }

    /** The fields initiatives and tasks share, as submitted. */
    private record Submitted(String title, String description, UserRef owner, LocalDate start, LocalDate due,
            ResourcesDraft resources, List<RaciAssignmentDraft> raci, List<PlanItemId> dependencies, RiskDraft risk,
            PlanItemStatus status) {
    }

    /** The shared fields as values; only meaningful when no error was found. */
    private record Common(String title, String description, UserRef owner, LocalDate start, LocalDate due,
            Resources resources, Raci raci, List<PlanItemId> dependencies, Risk risk, PlanItemStatus status) {
    }

    private static Common checkCommon(Submitted in, PlanItemId id, ActionPlan plan, Period period,
            List<Violation> found) {
        TitleRule.check(in.title(), "title", found);
        if (in.description() != null && in.description().length() > ObjectiveDraftPolicy.MAX_DESCRIPTION) {
            found.add(Violation.of(ViolationCode.DESCRIPTION_TOO_LONG, "description",
                    String.valueOf(ObjectiveDraftPolicy.MAX_DESCRIPTION)));
        } else {
            checkControlCharacters(in.description(), "description", found);
        }
        if (in.owner() == null) {
            found.add(Violation.of(ViolationCode.PLAN_OWNER_REQUIRED, "owner"));
        }
        checkDates(in.start(), in.due(), period, found);
        Resources resources = resources(in.resources(), found);
        Raci raci = raci(in.raci(), found);
        if (raci != null && in.owner() != null) {
            RaciRole ownerRole = raci.roleOf(in.owner()).orElse(null);
            if (ownerRole != RaciRole.RESPONSIBLE && ownerRole != RaciRole.ACCOUNTABLE) {
                found.add(Violation.warning(ViolationCode.PLAN_OWNER_NOT_RESPONSIBLE, "owner"));
            }
        }
        Risk risk = risk(in.risk(), found);
        List<PlanItemId> dependencies = dependencies(in.dependencies(), id, plan, found);
        return new Common(in.title(), isBlank(in.description()) ? null : in.description(), in.owner(), in.start(),
                in.due(), resources, raci, dependencies, risk,
                in.status() == null ? PlanItemStatus.NOT_STARTED : in.status());
    }

    private static void checkDates(LocalDate start, LocalDate due, Period period, List<Violation> found) {
        if (start == null) {
            found.add(Violation.of(ViolationCode.PLAN_START_REQUIRED, "start"));
        } else if (!period.contains(start)) {
            found.add(Violation.of(ViolationCode.PLAN_DATES_OUTSIDE_PERIOD, "start", start.toString(),
                    period.start().toString(), period.end().toString()));
        }
        if (due == null) {
            found.add(Violation.of(ViolationCode.PLAN_DUE_REQUIRED, "due"));
            return;
        }
        if (start != null && due.isBefore(start)) {
            found.add(Violation.of(ViolationCode.PLAN_DUE_BEFORE_START, "due", due.toString(), start.toString()));
        }
        if (!period.contains(due)) {
            found.add(Violation.of(ViolationCode.PLAN_DATES_OUTSIDE_PERIOD, "due", due.toString(),
                    period.start().toString(), period.end().toString()));
        }
    }

    private static void warnOutsideInitiative(LocalDate day, String field, Initiative initiative,
            List<Violation> found) {
        if (day != null && (day.isBefore(initiative.start()) || day.isAfter(initiative.due()))) {
            found.add(Violation.warning(ViolationCode.PLAN_DATES_OUTSIDE_INITIATIVE, field, day.toString(),
                    initiative.start().toString(), initiative.due().toString()));
        }
    }

    /** The resources, or {@code null} when they have errors (added to {@code found}). */
    private static Resources resources(ResourcesDraft draft, List<Violation> found) {
        if (draft == null) {
            return Resources.NONE;
        }
        int errorsBefore = errorCount(found);
        BigDecimal budget = draft.budget();
        String currency = null;
        if (budget != null) {
            if (budget.signum() < 0) {
                found.add(Violation.of(ViolationCode.PLAN_BUDGET_NEGATIVE, "resources.budget"));
            } else if (budget.compareTo(Resources.MAX_BUDGET) > 0) {
                found.add(Violation.of(ViolationCode.AMOUNT_TOO_LARGE, "resources.budget",
                        Resources.MAX_BUDGET.toPlainString()));
            } else if (!Resources.isBudget(budget)) {
                found.add(Violation.of(ViolationCode.PLAN_BUDGET_TOO_PRECISE, "resources.budget",
                        String.valueOf(Resources.BUDGET_SCALE)));
            }
            currency = draft.currency();
            if (isBlank(currency)) {
                found.add(Violation.of(ViolationCode.PLAN_CURRENCY_REQUIRED, "resources.currency"));
            } else if (!Resources.isCurrency(currency)) {
                found.add(Violation.of(ViolationCode.PLAN_CURRENCY_INVALID, "resources.currency", currency));
            }
        }
        Set<UserRef> people = new LinkedHashSet<>();
        for (int i = 0; i < draft.people().size(); i++) {
            UserRef person = draft.people().get(i);
            if (person == null) {
                found.add(Violation.of(ViolationCode.PLAN_PERSON_REQUIRED, "resources.people[" + i + "]"));
            } else {
                people.add(person);
            }
        }
        List<String> roles = new ArrayList<>();
        for (int i = 0; i < draft.roles().size(); i++) {
            String role = draft.roles().get(i);
            if (Resources.isRole(role)) {
                roles.add(role.strip());
            } else {
                found.add(Violation.of(ViolationCode.PLAN_RESOURCE_ROLE_INVALID, "resources.roles[" + i + "]",
                        String.valueOf(Resources.MAX_ROLE)));
            }
        }
        return errorCount(found) > errorsBefore ? null
                : new Resources(budget, currency, List.copyOf(people), roles);
    }

    /** The RACI roles, or {@code null} when they have errors (added to {@code found}). */
    private static Raci raci(List<RaciAssignmentDraft> drafts, List<Violation> found) {
        int errorsBefore = errorCount(found);
        Set<UserRef> people = new HashSet<>();
        int accountable = 0;
        boolean responsible = false;
        List<RaciAssignment> assignments = new ArrayList<>();
        for (int i = 0; i < drafts.size(); i++) {
            RaciAssignmentDraft draft = drafts.get(i);
            UserRef person = draft == null ? null : draft.person();
            RaciRole role = draft == null ? null : draft.role();
            String prefix = "raci[" + i + "].";
            if (person == null) {
                found.add(Violation.of(ViolationCode.PLAN_PERSON_REQUIRED, prefix + "person"));
            } else if (!people.add(person)) {
                found.add(Violation.of(ViolationCode.PLAN_RACI_PERSON_DUPLICATE, prefix + "person", person.key()));
            }
            if (role == null) {
                found.add(Violation.of(ViolationCode.PLAN_RACI_ROLE_REQUIRED, prefix + "role"));
            } else if (role == RaciRole.ACCOUNTABLE && ++accountable > 1) {
                found.add(Violation.of(ViolationCode.PLAN_RACI_ACCOUNTABLE_DUPLICATE, prefix + "role"));
            }
            responsible |= role == RaciRole.RESPONSIBLE;
            if (person != null && role != null) {
                assignments.add(new RaciAssignment(person, role));
            }
        }
        if (accountable == 0) {
            found.add(Violation.of(ViolationCode.PLAN_RACI_ACCOUNTABLE_REQUIRED, "raci"));
        }
        if (!responsible) {
            found.add(Violation.of(ViolationCode.PLAN_RACI_RESPONSIBLE_REQUIRED, "raci"));
        }
        return errorCount(found) > errorsBefore ? null : new Raci(assignments);
    }

    /** The risk, {@code null} when none was given or it has errors (added to {@code found}). */
    private static Risk risk(RiskDraft draft, List<Violation> found) {
        if (draft == null || isBlank(draft.description()) && isBlank(draft.contingency()) && draft.level() == null) {
            return null;
        }
        int errorsBefore = errorCount(found);
        String max = String.valueOf(ObjectiveDraftPolicy.MAX_DESCRIPTION);
        if (isBlank(draft.description())) {
            found.add(Violation.of(ViolationCode.PLAN_RISK_DESCRIPTION_REQUIRED, "risk.description"));
        } else if (draft.description().length() > ObjectiveDraftPolicy.MAX_DESCRIPTION) {
            found.add(Violation.of(ViolationCode.DESCRIPTION_TOO_LONG, "risk.description", max));
        } else {
            checkControlCharacters(draft.description(), "risk.description", found);
        }
        if (draft.contingency() != null && draft.contingency().length() > ObjectiveDraftPolicy.MAX_DESCRIPTION) {
            found.add(Violation.of(ViolationCode.DESCRIPTION_TOO_LONG, "risk.contingency", max));
        } else {
            checkControlCharacters(draft.contingency(), "risk.contingency", found);
        }
        if (draft.level() == null) {
            found.add(Violation.of(ViolationCode.PLAN_RISK_LEVEL_REQUIRED, "risk.level"));
        } else if (draft.level() == RiskLevel.HIGH && isBlank(draft.contingency())) {
            found.add(Violation.warning(ViolationCode.PLAN_CONTINGENCY_MISSING, "risk.contingency"));
        }
        return errorCount(found) > errorsBefore ? null
                : new Risk(draft.description(), isBlank(draft.contingency()) ? null : draft.contingency(),
                        draft.level());
    }

    private static List<PlanItemId> dependencies(List<PlanItemId> drafts, PlanItemId self, ActionPlan plan,
            List<Violation> found) {
        Set<PlanItemId> dependencies = new LinkedHashSet<>();
        for (int i = 0; i < drafts.size(); i++) {
            PlanItemId dependency = drafts.get(i);
            String field = "dependencies[" + i + "]";
            if (dependency == null) {
                found.add(Violation.of(ViolationCode.PLAN_DEPENDENCY_REQUIRED, field));
            } else if (dependency.equals(self)) {
                found.add(Violation.of(ViolationCode.PLAN_DEPENDENCY_SELF, field));
            } else if (plan.item(dependency).isEmpty()) {
                found.add(Violation.of(ViolationCode.PLAN_DEPENDENCY_UNKNOWN, field, dependency.ref()));
            } else {
                dependencies.add(dependency);
            }
        }
        return List.copyOf(dependencies);
    }

    private static String jiraKey(String key, String field, ViolationCode invalid, List<Violation> found) {
        if (isBlank(key)) {
            return null;
        }
        if (key.length() > MAX_JIRA_KEY || !WorkLink.ISSUE_KEY.matcher(key).matches()) {
            found.add(Violation.of(invalid, field));
            return null;
        }
        return key;
    }

    /** The plan with the item, unless the item would then wait for itself through others. */
    private static Validated<ActionPlan> withoutCycle(ActionPlan plan, PlanItem item, List<Violation> found) {
        List<PlanItem> candidate = new ArrayList<>(plan.items());
        candidate.removeIf(existing -> existing.id().equals(item.id()));
        candidate.add(item);
        List<PlanItemId> cycle = new DependencyGraph(candidate).cycleThrough(item.id());
        if (!cycle.isEmpty()) {
            Map<PlanItemId, String> titles = candidate.stream()
                    .collect(Collectors.toMap(PlanItem::id, PlanItem::title));
            found.add(Violation.of(ViolationCode.PLAN_DEPENDENCY_CYCLE, "dependencies",
                    cycle.stream().map(titles::get).collect(Collectors.joining(ARROW))));
            return Validated.invalid(found);
        }
        return Validated.of(plan.with(item), found);
    }

    /**
     * Free texts may hold line breaks and tabs (people write them in multi-line fields), no other control character:
     * they cannot be shown, and some databases refuse them.
     */
    private static void checkControlCharacters(String text, String field, List<Violation> found) {
        if (text != null && text.chars().anyMatch(c -> Character.isISOControl(c) && c != '\n' && c != '\r'
                && c != '\t')) {
            found.add(Violation.of(ViolationCode.TEXT_CONTROL_CHARACTERS, field));
        }
    }

    private static boolean hasErrors(List<Violation> found) {
        return found.stream().anyMatch(Violation::isError);
    }

    private static int errorCount(List<Violation> found) {
        return (int) found.stream().filter(Violation::isError).count();
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }
}
