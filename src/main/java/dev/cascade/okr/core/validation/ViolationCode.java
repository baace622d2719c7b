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
    // ---- what a request may carry (issue 10, door-input) ----
    /** The body names a field twice in one object; args: the field's name. */
    REQUEST_DUPLICATE_FIELD("request.duplicate-field"),
    /** The body's bytes are not valid UTF-8 (the field is where they were). */
    REQUEST_ENCODING_INVALID("request.encoding-invalid"),
    /** A write's body is not sent as application/json in UTF-8 (HTTP 415). */
    REQUEST_MEDIA_TYPE_UNSUPPORTED("request.media-type-unsupported"),
    /** The address does not take this HTTP method (HTTP 405); args: the method, the methods it takes. */
    REQUEST_METHOD_NOT_ALLOWED("request.method-not-allowed"),
    /** A text holds a character no text may hold ({@link TextCharacterRule}); args: the character, its kind's key. */
    TEXT_CHARACTER_NOT_ALLOWED("text.character-not-allowed"),
    /** A JQL link does not parse, or names a value Jira does not know for the person linking. */
    LINK_JQL_INVALID("link.jql-invalid"),
    /** A JQL link covers issues the person linking may not browse. */
    LINK_JQL_HIDDEN_ISSUES("link.jql-hidden-issues"),
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
    /** The goal's level is not configured; arg: the level key. */
    LEVEL_UNKNOWN("level.unknown"),
    /** A goal to be confirmed has no key result. */
    KEY_RESULTS_REQUIRED("key-results.required"),
    /** A tree depth is out of range; args: minimum, maximum. */
    DEPTH_INVALID("depth.invalid"),
    /** The thing was changed by somebody else since it was read; nothing was changed. */
    VERSION_STALE("version.stale"),
    /** A lifecycle move is not allowed; args: from, to (as i18n keys of the states). */
    LIFECYCLE_TRANSITION_INVALID("lifecycle.transition-invalid"),
    /** A goal would support a goal of a lower level (a company goal supporting a team goal). */
    ALIGNMENT_LEVEL_INVERTED("alignment.level-inverted"),
    /** A contribution weight is missing or not a weight. */
    ALIGNMENT_CONTRIBUTION_INVALID("alignment.contribution-invalid"),

    // ---- progress: key-result kinds, links and manual overrides ----
    /** No kind of measure was chosen. */
    MEASURE_KIND_REQUIRED("measure.kind-required"),
    /** A metric has no direction. */
    MEASURE_DIRECTION_REQUIRED("measure.direction-required"),
    /** A metric has no start value. */
    MEASURE_START_REQUIRED("measure.start-required"),
    /** A target is missing. */
    MEASURE_TARGET_REQUIRED("measure.target-required"),
    /** A number is larger in magnitude than allowed; arg: the limit. */
    MEASURE_NUMBER_TOO_LARGE("measure.number-too-large"),
    /** A number has more decimals than allowed; arg: the most decimals. */
    MEASURE_NUMBER_TOO_PRECISE("measure.number-too-precise"),
    /** An increasing metric's target is below its start; args: target, start. */
    MEASURE_TARGET_BELOW_START("measure.target-below-start"),
    /** A decreasing metric's target is above its start; args: target, start. */
    MEASURE_TARGET_ABOVE_START("measure.target-above-start"),
    /** The floor is harder to reach than the target; args: floor, target. */
    MEASURE_FLOOR_BEYOND_TARGET("measure.floor-beyond-target"),
    /** The stretch is easier to reach than the target; args: stretch, target. */
    MEASURE_STRETCH_SHORT_OF_TARGET("measure.stretch-short-of-target"),
    /** A unit is longer than allowed; arg: the maximum. */
    MEASURE_UNIT_TOO_LONG("measure.unit-too-long"),
    /** A unit contains control characters. */
    MEASURE_UNIT_CONTROL_CHARACTERS("measure.unit-control-characters"),
    /** A band has no lower end. */
    MEASURE_LOW_REQUIRED("measure.low-required"),
    /** A band has no upper end. */
    MEASURE_HIGH_REQUIRED("measure.high-required"),
    /** A band's lower end is above its upper end; args: low, high. */
    MEASURE_LOW_ABOVE_HIGH("measure.low-above-high"),
    /** A milestone's description is longer than allowed; arg: the maximum. */
    MEASURE_DESCRIPTION_TOO_LONG("measure.description-too-long"),
    /** A status weight is missing. */
    MEASURE_STATUS_WEIGHT_REQUIRED("measure.status-weight-required"),
    /** A status weight is outside its range; args: minimum, maximum. */
    MEASURE_STATUS_WEIGHT_OUT_OF_RANGE("measure.status-weight-out-of-range"),
    /** Status weights decrease along the workflow. */
    MEASURE_STATUS_WEIGHTS_DECREASING("measure.status-weights-decreasing"),
    /** The Done weight is 0, so nothing could move progress. */
    MEASURE_STATUS_WEIGHT_DONE_ZERO("measure.status-weight-done-zero"),
    /** Progress by a numeric field names no field. */
    MEASURE_FIELD_REQUIRED("measure.field-required"),
    /** A field id is not of the form customfield_10010. */
    MEASURE_FIELD_ID_INVALID("measure.field-id-invalid"),
    /** A numeric field's target is not above 0. */
    MEASURE_TARGET_NOT_POSITIVE("measure.target-not-positive"),
    /** An issue-driven key result has no linked work. */
    LINKS_REQUIRED("links.required"),
    /** More links than allowed; arg: the maximum. */
    LINKS_TOO_MANY("links.too-many"),
    /** A link is empty. */
    LINK_REQUIRED("link.required"),
    /** An issue key is not of the form ABC-123; arg: the key entered. */
    LINK_KEY_INVALID("link.key-invalid"),
    /** A JQL link has no query. */
    LINK_JQL_REQUIRED("link.jql-required"),
    /** A JQL query is longer than allowed; arg: the maximum. */
    LINK_JQL_TOO_LONG("link.jql-too-long"),
    /** A JQL query contains control characters. */
    LINK_JQL_CONTROL_CHARACTERS("link.jql-control-characters"),
    /** The same link is entered twice; args: the link, the position (from 1) of its first entry. */
    LINK_DUPLICATE("link.duplicate"),
    /** A manual progress has no value. */
    OVERRIDE_VALUE_REQUIRED("override.value-required"),
    /** A manual progress is not from 0% to 100%. */
    OVERRIDE_VALUE_OUT_OF_RANGE("override.value-out-of-range"),
    /** A manual progress has no reason. */
    OVERRIDE_REASON_REQUIRED("override.reason-required"),
    /** A manual progress's reason is longer than allowed; arg: the maximum. */
    OVERRIDE_REASON_TOO_LONG("override.reason-too-long"),

    // ---- tracking: plans, check-ins, thresholds, target adjustments, reviews ----
    /** A number is larger in size than allowed; arg: the largest allowed size. */
    AMOUNT_TOO_LARGE("amount.too-large"),
    /** A number has more decimal places than allowed; arg: the most decimals allowed. */
    AMOUNT_TOO_MANY_DECIMALS("amount.too-many-decimals"),
    /** A free text is longer than allowed; arg: the maximum length in characters. */
    TEXT_TOO_LONG("text.too-long"),
    /** A free text contains control characters other than line feed and tab. */
    TEXT_CONTROL_CHARACTERS("text.control-characters"),
    /** A plan does not have one value per sub-period; args: the expected count, the given count. */
    PLAN_VALUES_COUNT("plan.values-count"),
    /** A planned value is missing. */
    PLAN_VALUE_REQUIRED("plan.value-required"),
    /** A tracking threshold is missing. */
    TRACKING_THRESHOLD_REQUIRED("tracking.threshold-required"),
    /** A tracking threshold is outside its range; args: the lowest and highest per-cent allowed. */
    TRACKING_THRESHOLD_OUT_OF_RANGE("tracking.threshold-out-of-range"),
    /** The at-risk threshold is not below the on-track one; args: at-risk per-cent, on-track per-cent. */
    TRACKING_THRESHOLD_ORDER("tracking.threshold-order"),
    /** A check-in of a measured key result has no value. */
    CHECKIN_VALUE_REQUIRED("checkin.value-required"),
    /** A check-in has no confidence. */
    CHECKIN_CONFIDENCE_REQUIRED("checkin.confidence-required"),
    /** A check-in confidence is outside its range; args: the lowest and highest allowed. */
    CHECKIN_CONFIDENCE_OUT_OF_RANGE("checkin.confidence-out-of-range"),
    /** A check-in has no date. */
    CHECKIN_DATE_REQUIRED("checkin.date-required"),
    /** A check-in is dated after today; arg: today. */
    CHECKIN_DATE_IN_FUTURE("checkin.date-in-future"),
    /** A check-in is dated outside the days it may have; args: the first and last allowed day. */
    CHECKIN_DATE_OUTSIDE_PERIOD("checkin.date-outside-period"),
    /** Warning: a check-in is dated before the latest one and is filed in date order; arg: the latest date. */
    CHECKIN_BACKDATED("checkin.backdated"),
    /** A key result already has the most check-ins allowed; arg: the maximum. */
    CHECKIN_TOO_MANY("checkin.too-many"),
    /** A target adjustment has no new target. */
    ADJUSTMENT_TARGET_REQUIRED("adjustment.target-required"),
    /** A target adjustment does not change the target; arg: the current target. */
    ADJUSTMENT_TARGET_UNCHANGED("adjustment.target-unchanged"),
    /** A target adjustment has no reason. */
    ADJUSTMENT_REASON_REQUIRED("adjustment.reason-required"),
    /** A target adjustment names no approver. */
    ADJUSTMENT_APPROVER_REQUIRED("adjustment.approver-required"),
    /** A target adjustment names its requester as approver. */
    ADJUSTMENT_APPROVER_IS_REQUESTER("adjustment.approver-is-requester"),
    /** A target adjustment is proposed while another one awaits a decision. */
    ADJUSTMENT_PENDING_EXISTS("adjustment.pending-exists"),
    /** A decision is made while no target adjustment awaits one. */
    ADJUSTMENT_NOTHING_PENDING("adjustment.nothing-pending"),
    /** Someone other than the named approver decides on a target adjustment. */
    ADJUSTMENT_NOT_APPROVER("adjustment.not-approver"),
    /** A quarterly review names a quarter outside the goal period; args: the quarter, the goal period. */
    REVIEW_QUARTER_OUTSIDE_PLAN("review.quarter-outside-plan"),

    // ---- appraisal: scheme, composite, distribution, confirmation and appraisal workflow ----
    /** The cap on achievement is out of range or not whole per-cent; args: lowest and highest cap in per-cent. */
    APPRAISAL_CAP_OUT_OF_RANGE("appraisal.cap-out-of-range"),
    /** The process score scale is not from a lower to a higher whole number; args: lowest minimum, highest maximum. */
    APPRAISAL_PROCESS_SCALE_INVALID("appraisal.process-scale-invalid"),
    /** The scheme has no grade bands. */
    APPRAISAL_GRADE_BANDS_REQUIRED("appraisal.grade-bands-required"),
    /** A band's grade is missing, repeated, out of best-first order, or Needs improvement (which has no band). */
    APPRAISAL_GRADE_BAND_GRADE_INVALID("appraisal.grade-band-grade-invalid"),
    /** A band's minimum score is missing, outside (0, 100] or has more than one decimal; args: 0, 100. */
    APPRAISAL_GRADE_BAND_SCORE_INVALID("appraisal.grade-band-score-invalid"),
    /** A band's minimum score is not below the band above it; arg: the band above's minimum. */
    APPRAISAL_GRADE_BAND_SCORE_NOT_DESCENDING("appraisal.grade-band-score-not-descending"),
    /** The appeal window is out of range; args: fewest and most days. */
    APPRAISAL_APPEAL_WINDOW_INVALID("appraisal.appeal-window-invalid"),
    /** The achievement rate is not a finite number. */
    APPRAISAL_ACHIEVEMENT_RATE_INVALID("appraisal.achievement-rate-invalid"),
    /** A process score is not on the scheme's scale; args: lowest, highest score. */
    APPRAISAL_PROCESS_SCORE_OUT_OF_RANGE("appraisal.process-score-out-of-range"),
    /** A person's composite needs at least one goal. */
    APPRAISAL_GOALS_REQUIRED("appraisal.goals-required"),
    /**
     * A warning: a department has more of a grade than the guidance; args: the grade's i18n key, the actual share in
     * per-cent (one decimal), the guided maximum in per-cent.
     */
    APPRAISAL_DISTRIBUTION_EXCEEDS_GUIDANCE("appraisal.distribution-exceeds-guidance"),
    /** The person and their manager are the same person. */
    APPRAISAL_PARTIES_SAME("appraisal.parties-same"),
    /** An appraisal step is not allowed in its state; args: i18n keys of the current and the requested state. */
    APPRAISAL_TRANSITION_INVALID("appraisal.transition-invalid"),
    /** This person may not take this appraisal step. */
    APPRAISAL_NOT_ALLOWED("appraisal.not-allowed"),
    /** Sign-off needs a complete composite (an achievement rate is missing). */
    APPRAISAL_COMPOSITE_INCOMPLETE("appraisal.composite-incomplete"),
    /** The appeal window has closed; arg: its length in days. */
    APPRAISAL_APPEAL_WINDOW_CLOSED("appraisal.appeal-window-closed"),
    /** An appeal needs a reason. */
    APPRAISAL_REASON_REQUIRED("appraisal.reason-required"),
    /** Resolving an appeal needs a comment. */
    APPRAISAL_COMMENT_REQUIRED("appraisal.comment-required"),
    /** A comment, suggestion, reason or resolution is too long; arg: the most characters. */
    APPRAISAL_TEXT_TOO_LONG("appraisal.text-too-long"),
    /** Only the goal's owner and the owner's manager take part in its confirmation. */
    CONFIRMATION_NOT_A_PARTY("confirmation.not-a-party"),
    /** This side has already confirmed the goal. */
    CONFIRMATION_ALREADY_CONFIRMED("confirmation.already-confirmed"),
    /** The goal cannot be confirmed while an objection is open. */
    CONFIRMATION_OPEN_OBJECTION("confirmation.open-objection"),
    /** An objection needs a reason. */
    CONFIRMATION_REASON_REQUIRED("confirmation.reason-required"),
    /** Resolving an objection needs a text saying how. */
    CONFIRMATION_RESOLUTION_REQUIRED("confirmation.resolution-required"),
    /** No objection with that number exists. */
    CONFIRMATION_OBJECTION_UNKNOWN("confirmation.objection-unknown"),
    /** The objection is already resolved. */
    CONFIRMATION_OBJECTION_RESOLVED("confirmation.objection-resolved"),
    /** An objection is resolved by the other side, not by its author. */
    CONFIRMATION_OWN_OBJECTION("confirmation.own-objection"),

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
    SMART_DEADLINE_OUTSIDE_PERIOD("smart.deadline-outside-period"),

    // ---- people ----
    /** A person would manage themselves through a chain of managers; args: the person, the manager refused. */
    PEOPLE_MANAGER_CYCLE("people.manager-cycle"),
    /**
     * A value is not one of those the field allows; args: the value, and what is allowed (the names of an enum's
     * values, or the i18n key of a description such as "a user key of at most 255 characters").
     */
    VALUE_UNKNOWN("value.unknown"),
    /** A period text is not a year, half, quarter or month such as 2026-Q1; args: the text. */
    PERIOD_INVALID("period.invalid"),
    /** A date is not of the form YYYY-MM-DD; args: the text. */
    DATE_INVALID("date.invalid"),
    /** A goal needs a project or a group, not both and not neither. */
    UNIT_REQUIRED("unit.required"),
    /** A goal needs a level. */
    LEVEL_REQUIRED("level.required"),
    /** A change must name the version it was based on. */
    VERSION_REQUIRED("version.required"),
    /** Offset or limit out of range; args: the largest limit. */
    PAGING_INVALID("paging.invalid"),
    /**
     * Paging by key ({@code after}) with a key that is not a whole number of 0 or more, or together with an offset;
     * args: the text given (shortened).
     */
    PAGING_AFTER_INVALID("paging.after-invalid"),
    /** A query parameter given more than once; args: its name. */
    REQUEST_DUPLICATE_PARAMETER("request.duplicate-parameter"),

    // ---- tracking requests ----
    /** No key result with this id exists, or the caller may not see its goal; arg: the id. */
    KEY_RESULT_NOT_FOUND("key-result.not-found"),
    /** A plan's granularity is missing or not quarter / month. */
    PLAN_GRANULARITY_INVALID("plan.granularity-invalid"),
    /** A period is not written as YYYY-Qn or YYYY-MM, or is not inside the goal's period; arg: what was given. */
    TRACKING_PERIOD_INVALID("tracking.period-invalid"),
    /** The key result has no numeric target to adjust (a band or milestone). */
    ADJUSTMENT_NO_TARGET("adjustment.no-target"),
    /** A decision names neither approve nor reject. */
    ADJUSTMENT_DECISION_REQUIRED("adjustment.decision-required"),
    /** The approver's user key is too long or has control characters; arg: the longest key. */
    ADJUSTMENT_APPROVER_INVALID("adjustment.approver-invalid"),

    // ---- appraisal and administration API ----
    /** A required field of a request is missing. */
    REQUEST_FIELD_REQUIRED("request.field-required"),
    /** A version in a request is not a positive whole number (0 only where a first write is meant). */
    VERSION_INVALID("version.invalid"),
    /** No appraisal with this id exists, or the caller may not see it; args: the id. */
    APPRAISAL_NOT_FOUND("appraisal.not-found"),
    /** The goal's owner has no manager recorded, so nobody can assess or confirm; args: the owner. */
    APPRAISAL_NO_MANAGER("appraisal.no-manager"),
    /** The goal already has an appraisal for its period; args: the appraisal's id. */
    APPRAISAL_EXISTS("appraisal.exists"),
    /** An appeal outcome that is neither upheld nor revised. */
    APPRAISAL_OUTCOME_INVALID("appraisal.outcome-invalid"),
    /** A revised appeal needs the new process score. */
    APPRAISAL_PROCESS_SCORE_REQUIRED("appraisal.process-score-required"),
    /** The person is unknown to the caller (or the caller may not see their data); args: the user key. */
    PEOPLE_NOT_FOUND("people.not-found"),
    /** A user key that is blank, too long or has control characters. */
    PEOPLE_KEY_INVALID("people.key-invalid"),
    /** More managers than allowed; args: the most allowed. */
    PEOPLE_TOO_MANY_MANAGERS("people.too-many-managers"),

    // ---- key results and alignments API ----
    /** The goal is not aligned to this parent, or the caller may not see the parent; args: the parent's id. */
    ALIGNMENT_NOT_FOUND("alignment.not-found"),
    /** Links belong to issue-driven key results only; this one is measured otherwise. */
    KEY_RESULT_NOT_ISSUE_DRIVEN("key-result.not-issue-driven"),
    /** A request that adds a link names no key result (issue 13). */
    KEY_RESULT_REQUIRED("key-result.required"),

    // ---- issue drill-down and issue settings API ----
    /** Only a key result measured by Jira issues has issues to list; arg: the key result's id. */
    KEY_RESULT_NO_ISSUES("key-result.no-issues"),
    /** The story-point field is not a custom field id such as customfield_10106. */
    SETTINGS_STORY_POINT_FIELD_INVALID("settings.story-point-field-invalid"),
    /** A user key of the right form that names no user of the host; args: the key (shortened). */
    USER_UNKNOWN("user.unknown"),

    // ---- the seed tables' columns (issue 10) ----
    /** A goal category that is none of the allowed ones; args: the value (shortened), the allowed values. */
    CATEGORY_UNKNOWN("category.unknown"),
    /** More responsible departments than a goal may name; arg: the most allowed. */
    DEPARTMENTS_TOO_MANY("departments.too-many"),
    /**
     * The weights of a person's goals of one period do not add up to 100% (a warning on a draft, an error from
     * confirmation on); args: the sum in per-cent, the period's first and last day.
     */
    GOAL_WEIGHTS_NOT_100("goal-weights.not-100"),
    /** A task's percent complete that is not a whole number from 0 to 100; arg: the value. */
    PLAN_PERCENT_COMPLETE_INVALID("plan.percent-complete-invalid"),
    /** No table has this name; arg: the name (shortened), the names there are. */
    TABLE_UNKNOWN("table.unknown"),
    /** A spreadsheet format that is none of the allowed ones; args: the value (shortened), the formats there are. */
    EXPORT_FORMAT_UNKNOWN("export.format-unknown"),
    /** A table with more goals than one export writes; args: the goals that match, the most allowed. */
    EXPORT_TOO_LARGE("export.too-large"),


    // ---- goal state: closing, reopening, manual overrides ----
    /** The goal is closed, so it no longer changes; args: the goal's id, its title (shortened). */
    GOAL_CLOSED("goal.closed"),
    /** Only a closed goal can be reopened; arg: the goal's id. */
    GOAL_NOT_CLOSED("goal.not-closed"),
    /** Reopening a goal or clearing a manual progress needs a reason. */
    REASON_REQUIRED("reason.required"),
    /** A reason is longer than allowed; arg: the maximum. */
    REASON_TOO_LONG("reason.too-long"),
    /** Clearing a manual progress that is not set; arg: the key result's id. */
    OVERRIDE_NOT_SET("override.not-set"),
    /** A period to close is not a year, half, quarter or month such as 2026 or 2026-Q1; arg: the text. */
    PERIOD_CLOSE_INVALID("period.close-invalid"),

    // ---- tracking figures, target adjustments and progress history ----
    /** Only a metric's check-ins may be amounts per period; bands, milestones and issues report levels. */
    MEASURE_CHECK_IN_VALUES_METRIC_ONLY("measure.check-in-values-metric-only"),
    /** The new target does not fit the measure; args: the start, the floor and the stretch ("–" when none). */
    ADJUSTMENT_TARGET_OUTSIDE_TIERS("adjustment.target-outside-tiers"),
    /** The effective date lies outside the goal's period; args: its first and last day. */
    ADJUSTMENT_EFFECTIVE_OUTSIDE_PERIOD("adjustment.effective-outside-period"),
    /** The effective date is before that of an adjustment already approved; args: that date. */
    ADJUSTMENT_EFFECTIVE_BEFORE_PREVIOUS("adjustment.effective-before-previous"),
    /** A date range whose end is before its start; args: the start. */
    DATE_RANGE_REVERSED("date.range-reversed"),
    /** A date range longer than allowed; args: the most days. */
    DATE_RANGE_TOO_LONG("date.range-too-long"),

    // ---- appraisal: achievement from evidence, composites, distribution, carry-over (issue 10) ----
    /** A manager's achievement rate over the computed one needs a reason. */
    APPRAISAL_OVERRIDE_REASON_REQUIRED("appraisal.override-reason-required"),
    /** A reason for an override was given without the rate it is for. */
    APPRAISAL_OVERRIDE_RATE_REQUIRED("appraisal.override-rate-required"),
    /** Carry-over goes forward only; args: the target period's start, the source period's end. */
    CARRY_OVER_PERIOD_NOT_AFTER("carry-over.period-not-after"),
    /** The goal was not created by a carry-over, or the caller may not see where it came from; arg: its id. */
    CARRY_OVER_NOT_FOUND("carry-over.not-found"),

    // ---- who manages whom, imported from CSV (issue 14: admin) ----
    /** The file is empty. */
    PEOPLE_IMPORT_EMPTY("people.import.empty"),
    /** The file is larger than allowed; arg: the most kilobytes. */
    PEOPLE_IMPORT_TOO_LARGE("people.import.too-large"),
    /** The file is not UTF-8 text. */
    PEOPLE_IMPORT_ENCODING("people.import.encoding"),
    /** The first row is not the header; arg: the header expected. */
    PEOPLE_IMPORT_HEADER("people.import.header"),
    /** More rows than allowed; arg: the most rows. */
    PEOPLE_IMPORT_TOO_MANY_ROWS("people.import.too-many-rows"),
    /** A row without exactly two columns (or an unclosed quote); args: the row. */
    PEOPLE_IMPORT_COLUMNS("people.import.columns"),
    /** A cell that is no user key; args: the row, the column. */
    PEOPLE_IMPORT_KEY_INVALID("people.import.key-invalid"),
    /** A cell naming no user; args: the row, the column, the key (shortened). */
    PEOPLE_IMPORT_UNKNOWN_USER("people.import.unknown-user"),
    /** A person on two rows; args: the row, the column, the person, the earlier row. */
    PEOPLE_IMPORT_DUPLICATE("people.import.duplicate"),
    /** Too many managers on a row; args: the row, the column, the most managers. */
    PEOPLE_IMPORT_TOO_MANY_MANAGERS("people.import.too-many-managers"),
    /** A row that would close a cycle; args: the row, the column, the person, the manager reaching them. */
    PEOPLE_IMPORT_CYCLE("people.import.cycle"),

    // ---- administration settings (issue 14, part settings14) ----
    /** The check-in cadence setting is not one of by-period, weekly, biweekly, monthly. */
    SETTINGS_CADENCE_INVALID("settings.cadence-invalid"),

    // ---- goals imported from a spreadsheet (issue 15, import) ----
    /** The file is empty or has no goal row. */
    GOALS_IMPORT_EMPTY("goals.import.empty"),
    /** The file is larger than allowed; arg: the most kilobytes. */
    GOALS_IMPORT_TOO_LARGE("goals.import.too-large"),
    /** The bytes are neither an XLSX workbook nor CSV text. */
    GOALS_IMPORT_NOT_A_SPREADSHEET("goals.import.not-a-spreadsheet"),
    /** A CSV file that is not UTF-8. */
    GOALS_IMPORT_ENCODING("goals.import.encoding"),
    /** A CSV quote that is never closed; arg: the row it opens on. */
    GOALS_IMPORT_QUOTE("goals.import.quote"),
    /** An XLSX archive with too many entries; arg: the most entries. */
    GOALS_IMPORT_ZIP_ENTRIES("goals.import.zip-entries"),
    /** An XLSX archive that unpacks to too many bytes; arg: the most MB. */
    GOALS_IMPORT_ZIP_SIZE("goals.import.zip-size"),
    /** An XLSX archive packed more tightly than a spreadsheet is; arg: the highest ratio. */
    GOALS_IMPORT_ZIP_RATIO("goals.import.zip-ratio"),
    /** A merged range of cells; arg: the range. */
    GOALS_IMPORT_MERGED("goals.import.merged"),
    /** More rows than allowed; arg: the most rows. */
    GOALS_IMPORT_TOO_MANY_ROWS("goals.import.too-many-rows"),
    /** A header cell that is not the column expected there; args: the column number, the label expected. */
    GOALS_IMPORT_HEADER("goals.import.header"),
    /** A formula cell (at {@code file.rows[<row>].<column>}, as every row's problem). */
    GOALS_IMPORT_FORMULA("goals.import.formula"),
    /** A cell that should hold a number; arg: the text (shortened). */
    GOALS_IMPORT_NUMBER("goals.import.number"),
    /** A cell that should hold a day YYYY-MM-DD; arg: the text (shortened). */
    GOALS_IMPORT_DATE("goals.import.date"),
    /** A cell that holds a value its column does not take; args: the text (shortened), the values it takes. */
    GOALS_IMPORT_VALUE("goals.import.value"),
    /** A goal reference or key result used twice; args: the value (shortened), the earlier row. */
    GOALS_IMPORT_DUPLICATE("goals.import.duplicate"),
    /** A parent reference that no goal row of the file has; arg: the reference (shortened). */
    GOALS_IMPORT_UNKNOWN_PARENT("goals.import.unknown-parent"),
    /** A parent chain that comes back to the goal; arg: the reference (shortened). */
    GOALS_IMPORT_CYCLE("goals.import.cycle"),
    /** A column that must hold a value is empty on a row. */
    GOALS_IMPORT_REQUIRED("goals.import.required");


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
