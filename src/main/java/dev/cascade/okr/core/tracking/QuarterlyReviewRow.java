package dev.cascade.okr.core.tracking;

import dev.cascade.okr.core.model.ObjectiveId;
import dev.cascade.okr.core.model.OrgUnit;
import dev.cascade.okr.core.model.Period;
import dev.cascade.okr.core.validation.Require;
import dev.cascade.okr.core.validation.Validated;
import dev.cascade.okr.core.validation.Violation;
import dev.cascade.okr.core.validation.ViolationCode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One row of the quarterly review (季度目标达成复盘表): a quarter's target from the plan, the actual, their deviation,
 * and what the team concludes.
 *
 * <p>Invariants: the deviation's planned amount is the quarter target ({@link Plan#plannedFor}); texts are never
 * {@code null}. Made by {@link #of}, which checks a person's input.
 *
 * @param quarter the quarter reviewed (cut to the goal period when the goal starts or ends inside it)
 * @param orgUnit the department or project
 * @param objectiveId the objective reviewed
 * @param objectiveTitle its title
 * @param deviation the quarter target, the actual and the rate between them
 * @param notes causes, improvement and next quarter's adjustment
 */
public record QuarterlyReviewRow(Period quarter, OrgUnit orgUnit, ObjectiveId objectiveId, String objectiveTitle,
        Deviation deviation, ReviewNotes notes) {

    /** Longest text of each note, in characters. */
    public static final int MAX_TEXT = 4000;

    /** Checks for missing parts. */
    public QuarterlyReviewRow {
        Require.present("quarter", quarter, "orgUnit", orgUnit, "objectiveId", objectiveId,
                "objectiveTitle", objectiveTitle, "deviation", deviation, "notes", notes);
    }

    /**
     * The problems of review notes a person wrote: each text at most {@value #MAX_TEXT} characters, no control
     * characters but line breaks and tabs; field names {@code subjectiveCauses}, {@code objectiveCauses},
     * {@code improvement}, {@code nextQuarterAdjustment}.
     */
    public static List<Violation> checkNotes(ReviewNotes notes) {
        List<Violation> violations = new ArrayList<>();
        Inputs.checkText(notes.subjectiveCauses(), "subjectiveCauses", MAX_TEXT, violations);
        Inputs.checkText(notes.objectiveCauses(), "objectiveCauses", MAX_TEXT, violations);
        Inputs.checkText(notes.improvement(), "improvement", MAX_TEXT, violations);
        Inputs.checkText(notes.nextQuarterAdjustment(), "nextQuarterAdjustment", MAX_TEXT, violations);
        return violations;
    }

    /**
     * The row for {@code quarter} of {@code plan}, or the violations: the quarter must lie inside the plan's goal
     * period ({@code quarter}); the actual, when given, at most 10^15 in size with at most 6 decimals
     * ({@code actual}); each note at most {@link #MAX_TEXT} characters without control characters other than line
     * feed and tab ({@code subjectiveCauses}, {@code objectiveCauses}, {@code improvement},
     * {@code nextQuarterAdjustment}).
     *
     * @param actual the amount achieved in the quarter, in the plan's unit; {@code null} when not known yet
     */
    public static Validated<QuarterlyReviewRow> of(Period quarter, OrgUnit orgUnit, ObjectiveId objectiveId,
            String objectiveTitle, Plan plan, BigDecimal actual, ReviewNotes notes) {
        Objects.requireNonNull(quarter, "quarter");
        List<Violation> violations = new ArrayList<>();
        if (!plan.goalPeriod().contains(quarter)) {
            violations.add(Violation.of(ViolationCode.REVIEW_QUARTER_OUTSIDE_PLAN, "quarter",
                    range(quarter), range(plan.goalPeriod())));
        }
        if (actual != null) {
            Inputs.checkAmount(actual, "actual", violations);
        }
        violations.addAll(checkNotes(notes));
        if (!violations.isEmpty()) {
            return Validated.invalid(violations);
        }
        return Validated.valid(new QuarterlyReviewRow(quarter, orgUnit, objectiveId, objectiveTitle,
                Deviation.of(plan.plannedFor(quarter), actual), notes));
    }

    private static String range(Period period) {
        return period.start() + ".." + period.end();
    }

    /** The quarter's target: what the plan expects in it. */
    public BigDecimal quarterTarget() {
        return deviation.planned();
    }

    /** The amount achieved in the quarter, when known. */
    public Optional<BigDecimal> actual() {
        return deviation.actual();
    }
}
