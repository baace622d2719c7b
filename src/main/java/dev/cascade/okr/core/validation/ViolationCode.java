package dev.cascade.okr.core.validation;

/**
 * Stable violation codes; each has the i18n key {@code cascade.violation.<code>} in every language.
 *
 * <p>Codes are part of the REST contract: never rename one, add a new one instead.
 */
public enum ViolationCode {

    /** The request body is not well-formed JSON. */
    REQUEST_MALFORMED("request.malformed"),
    /** A field has the wrong JSON type. */
    REQUEST_WRONG_TYPE("request.wrong-type"),
    /** The body has a field the API does not know. */
    REQUEST_UNKNOWN_FIELD("request.unknown-field"),
    /** The request needs a signed-in user. */
    NOT_AUTHENTICATED("auth.required"),
    /** The caller may not do this. */
    FORBIDDEN("auth.forbidden"),
    /** A title is missing or blank. */
    TITLE_REQUIRED("title.required"),
    /** A title is longer than allowed. */
    TITLE_TOO_LONG("title.too-long"),
    /** A title contains control characters. */
    TITLE_CONTROL_CHARACTERS("title.control-characters"),
    /** A description is longer than allowed. */
    DESCRIPTION_TOO_LONG("description.too-long"),
    /** The project key is missing. */
    PROJECT_REQUIRED("project.required"),
    /** No project with that key exists, or the caller may not see it. */
    PROJECT_UNKNOWN("project.unknown"),
    /** Too many key results on one objective. */
    KEY_RESULTS_TOO_MANY("key-results.too-many"),
    /** A key result has no epic key. */
    EPIC_REQUIRED("epic.required"),
    /** An epic key is not of the form ABC-123. */
    EPIC_KEY_INVALID("epic.key-invalid"),
    /** No issue with that key exists. */
    EPIC_UNKNOWN("epic.unknown"),
    /** No objective with that id exists, or the caller may not see it. */
    OBJECTIVE_NOT_FOUND("objective.not-found"),

    // ---- model: periods, levels, weights, alignment ----
    /** A period has no start date. */
    PERIOD_START_REQUIRED("period.start-required"),
    /** A period has no end date. */
    PERIOD_END_REQUIRED("period.end-required"),
    /** A period ends before it starts; args: end, start. */
    PERIOD_END_BEFORE_START("period.end-before-start"),
    /** No levels were given. */
    LEVELS_REQUIRED("levels.required"),
    /** More levels than allowed; arg: the maximum. */
    LEVELS_TOO_MANY("levels.too-many"),
    /** A level key is not lower-case letters, digits and dashes. */
    LEVEL_KEY_INVALID("level.key-invalid"),
    /** Two levels share a key; arg: the key. */
    LEVEL_KEY_DUPLICATE("level.key-duplicate"),
    /** A level has no name. */
    LEVEL_NAME_REQUIRED("level.name-required"),
    /** A level name is too long; arg: the maximum. */
    LEVEL_NAME_TOO_LONG("level.name-too-long"),
    /** The alignment depth limit is out of range; args: minimum, maximum. */
    ALIGNMENT_DEPTH_LIMIT_INVALID("alignment.depth-limit-invalid"),
    /** A weight is not a number from 0 to 100 with at most two decimals. */
    WEIGHT_INVALID("weight.invalid"),
    /** Weights do not sum to 100%; arg: the actual sum in per-cent. */
    WEIGHTS_NOT_100("weights.not-100"),
    /** An alignment would close a cycle; arg: the goals on the cycle. */
    ALIGNMENT_CYCLE("alignment.cycle"),
    /** A goal cannot align to itself. */
    ALIGNMENT_SELF("alignment.self"),
    /** The child's period is not inside the parent's; args: child period, parent period. */
    ALIGNMENT_PERIOD_OUTSIDE("alignment.period-outside"),
    /** The alignment chain would be deeper than allowed; arg: the limit. */
    ALIGNMENT_TOO_DEEP("alignment.too-deep"),
    /** The two goals are already aligned. */
    ALIGNMENT_DUPLICATE("alignment.duplicate"),
    /** A goal named in an alignment does not exist; arg: its id. */
    ALIGNMENT_GOAL_UNKNOWN("alignment.goal-unknown"),
    /** A lifecycle move is not allowed; args: from, to. */
    LIFECYCLE_TRANSITION_INVALID("lifecycle.transition-invalid"),

    // ---- plan: initiatives and tasks ----
    /** An initiative or task has no owner. */
    PLAN_OWNER_REQUIRED("plan.owner-required"),
    /** An initiative or task has no start date. */
    PLAN_START_REQUIRED("plan.start-required"),
    /** An initiative or task has no due date. */
    PLAN_DUE_REQUIRED("plan.due-required"),
    /** An initiative or task is due before it starts; args: due, start. */
    PLAN_DUE_BEFORE_START("plan.due-before-start"),
    /** A date of an initiative or task is outside the goal's period; args: the date, period start, period end. */
    PLAN_DATES_OUTSIDE_PERIOD("plan.dates-outside-period"),
    /** A task's date is outside its initiative's dates (warning); args: the date, initiative start, initiative due. */
    PLAN_DATES_OUTSIDE_INITIATIVE("plan.dates-outside-initiative"),
    /** A task names no initiative. */
    PLAN_INITIATIVE_REQUIRED("plan.initiative-required"),
    /** A task names an initiative that is not in the plan; arg: the initiative's id. */
    PLAN_INITIATIVE_UNKNOWN("plan.initiative-unknown"),
    /** A task's Jira issue key is not of the form ABC-123. */
    PLAN_ISSUE_KEY_INVALID("plan.issue-key-invalid"),
    /** A RACI role or a resource names no person. */
    PLAN_PERSON_REQUIRED("plan.person-required"),
    /** A RACI entry has no role. */
    PLAN_RACI_ROLE_REQUIRED("plan.raci-role-required"),
    /** A person has more than one RACI role; arg: the person's user key. */
    PLAN_RACI_PERSON_DUPLICATE("plan.raci-person-duplicate"),
    /** No one is accountable (the approver). */
    PLAN_RACI_ACCOUNTABLE_REQUIRED("plan.raci-accountable-required"),
    /** More than one person is accountable. */
    PLAN_RACI_ACCOUNTABLE_DUPLICATE("plan.raci-accountable-duplicate"),
    /** No one is responsible. */
    PLAN_RACI_RESPONSIBLE_REQUIRED("plan.raci-responsible-required"),
    /** The owner is neither responsible nor accountable (warning). */
    PLAN_OWNER_NOT_RESPONSIBLE("plan.owner-not-responsible"),
    /** A budget is negative. */
    PLAN_BUDGET_NEGATIVE("plan.budget-negative"),
    /** A budget has too many decimals; arg: the most allowed. */
    PLAN_BUDGET_TOO_PRECISE("plan.budget-too-precise"),
    /** A budget has no currency. */
    PLAN_CURRENCY_REQUIRED("plan.currency-required"),
    /** A currency is not an ISO 4217 code of three upper-case letters; arg: the code given. */
    PLAN_CURRENCY_INVALID("plan.currency-invalid"),
    /** A role needed ("2 engineers") is blank, too long or has control characters; arg: the maximum length. */
    PLAN_RESOURCE_ROLE_INVALID("plan.resource-role-invalid"),
    /** A risk has no description. */
    PLAN_RISK_DESCRIPTION_REQUIRED("plan.risk-description-required"),
    /** A risk has no level. */
    PLAN_RISK_LEVEL_REQUIRED("plan.risk-level-required"),
    /** A high risk has no contingency (warning). */
    PLAN_CONTINGENCY_MISSING("plan.contingency-missing"),
    /** A dependency names no item. */
    PLAN_DEPENDENCY_REQUIRED("plan.dependency-required"),
    /** A dependency names an item that is not in the plan; arg: the item, e.g. task:5. */
    PLAN_DEPENDENCY_UNKNOWN("plan.dependency-unknown"),
    /** An item depends on itself. */
    PLAN_DEPENDENCY_SELF("plan.dependency-self"),
    /** The dependencies would form a cycle; arg: the items on the cycle, e.g. A → B → A. */
    PLAN_DEPENDENCY_CYCLE("plan.dependency-cycle"),
    /** The item is not in the plan; arg: the item, e.g. task:5. */
    PLAN_ITEM_UNKNOWN("plan.item-unknown"),
    /** The item cannot be removed while others wait for it; arg: their titles. */
    PLAN_ITEM_HAS_DEPENDENTS("plan.item-has-dependents"),

    // ---- SMART checks (warnings only) ----
    /** Vague wording without a number; arg: the vague word found. */
    SMART_VAGUE_WORDING("smart.vague-wording"),
    /** The goal has no measure. */
    SMART_MEASURE_MISSING("smart.measure-missing"),
    /** The goal has no target value. */
    SMART_TARGET_MISSING("smart.target-missing"),
    /** The goal has no deadline. */
    SMART_DEADLINE_MISSING("smart.deadline-missing"),
    /** The goal has no owner. */
    SMART_OWNER_MISSING("smart.owner-missing"),
    /** The deadline is outside the goal's period; args: deadline, period start, period end. */
    SMART_DEADLINE_OUTSIDE_PERIOD("smart.deadline-outside-period");

    // Sections for later codes: progress (key-result kinds), tracking, appraisal, plan and SMART.

    private final String code;

    ViolationCode(String code) {
        this.code = code;
    }

    /** The stable code, e.g. {@code title.required}. */
    public String code() {
        return code;
    }

    /** The i18n key of this code's message. */
    public String messageKey() {
        return "cascade.violation." + code;
    }
}
