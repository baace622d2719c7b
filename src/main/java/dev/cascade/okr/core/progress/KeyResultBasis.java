package dev.cascade.okr.core.progress;

import dev.cascade.okr.core.model.IssueMeasure;
import dev.cascade.okr.core.model.KeyResult;
import dev.cascade.okr.core.model.StatusCategory;
import dev.cascade.okr.core.model.UserRef;
import dev.cascade.okr.core.validation.Require;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * What a key result's progress figure counts, with the numbers a person needs to check it: "5 of 8 story points"
 * next to 63%, never "1 / 4 issues" when the basis is story points. The one place that decides which basis a stored
 * figure has; every reader (REST, panels, tables, macros) shows this instead of guessing from the evidence.
 *
 * <p>There is a basis only for a figure with data: "no data" carries its own reason. The kinds:
 * <ul>
 *   <li>{@link Kind#MANUAL}: a person set the figure by hand (a manual override wins over every computed basis);</li>
 *   <li>{@link Kind#ISSUES_DONE}: Done issues of all linked issues ({@code ISSUE_COUNT_DONE});</li>
 *   <li>{@link Kind#STORY_POINTS}: story points on Done issues of all estimated story points, and how many issues
 *       carry no estimate ({@code STORY_POINTS_DONE});</li>
 *   <li>{@link Kind#PARTIAL_CREDIT}: Done and In Progress issues of all issues, each category weighted
 *       ({@code STATUS_WEIGHTED});</li>
 *   <li>{@link Kind#NUMERIC_FIELD}: the sum of a numeric field over Done issues against its target
 *       ({@code NUMERIC_FIELD});</li>
 *   <li>{@link Kind#CHECK_IN}: the latest check-in of a metric, band or milestone, stored at the given instant.</li>
 * </ul>
 *
 * <p>Invariants: counts are non-negative and {@code done <= total} for issue counts; amounts (story points, field
 * sums, targets) are exact decimals without trailing zeros, converted from the doubles Jira's number fields hold.
 */
public sealed interface KeyResultBasis {

    /** The kinds of basis; constant names are part of the REST contract (as lower-case, dashed names). */
    enum Kind {
        /** Done issues of all issues. */
        ISSUES_DONE,
        /** Story points on Done issues of all story points. */
        STORY_POINTS,
        /** Partial credit per status category. */
        PARTIAL_CREDIT,
        /** A numeric field's sum over Done issues against its target. */
        NUMERIC_FIELD,
        /** The latest check-in. */
        CHECK_IN,
        /** Set by hand. */
        MANUAL
    }

    /** Which kind of basis this is. */
    Kind kind();

    /**
     * The basis of a key result's figure as stored, or empty when the figure has no data (or was never measured).
     *
     * @param keyResult the key result; its progress is the one people see (the override's when there is one)
     * @param overrideOrNull its manual override, or {@code null}
     * @param measuredAtOrNull when its computed progress was last stored, or {@code null} if never
     */
    static Optional<KeyResultBasis> of(KeyResult keyResult, ManualOverride overrideOrNull,
            Instant measuredAtOrNull) {
        if (overrideOrNull != null) {
            return Optional.of(new Manual(overrideOrNull.at(), overrideOrNull.author()));
        }
        if (!keyResult.progress().hasData()) {
            return Optional.empty();
        }
        if (!(keyResult.measure() instanceof IssueMeasure issues)) {
            return Optional.ofNullable(measuredAtOrNull).map(CheckIn::new);
        }
        return keyResult.issueEvidence().<KeyResultBasis>map(evidence -> switch (issues.basis()) {
            case ISSUE_COUNT_DONE -> new IssuesDone(evidence.done(), evidence.total());
            case STORY_POINTS_DONE -> new StoryPoints(amount(evidence.tally(StatusCategory.DONE).storyPoints()),
                    amount(evidence.storyPoints()), evidence.unestimated());
            case STATUS_WEIGHTED -> new PartialCredit(evidence.done(), evidence.inProgress(), evidence.total());
            case NUMERIC_FIELD -> new NumericField(issues.numericFieldId(),
                    amount(evidence.tally(StatusCategory.DONE).fieldSum()), amount(issues.target()));
        });
    }

    /** A double from Jira as an exact decimal without trailing zeros (5.0 is 5). */
    private static BigDecimal amount(double value) {
        return amount(BigDecimal.valueOf(value));
    }

    private static BigDecimal amount(BigDecimal value) {
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }

    /**
     * Done issues of all linked issues.
     *
     * @param done issues in the Done category
     * @param total all counted issues
     */
    record IssuesDone(int done, int total) implements KeyResultBasis {

        /** Checks the counts. */
        public IssuesDone {
            if (done < 0 || done > total) {
                throw new IllegalArgumentException("done " + done + " of " + total + " issues");
            }
        }

        @Override
        public Kind kind() {
            return Kind.ISSUES_DONE;
        }
    }

    /**
     * Story points on Done issues of all estimated story points.
     *
     * @param done the story points of Done issues
     * @param total the story points of all estimated issues
     * @param unestimated how many linked issues have no estimate (they weigh nothing)
     */
    record StoryPoints(BigDecimal done, BigDecimal total, int unestimated) implements KeyResultBasis {

        /** Checks presence. */
        public StoryPoints {
            Require.present("done", done, "total", total);
        }

        @Override
        public Kind kind() {
            return Kind.STORY_POINTS;
        }
    }

    /**
     * Partial credit: each issue counts with the weight of its status category.
     *
     * @param done issues in the Done category
     * @param inProgress issues in the In Progress category
     * @param total all counted issues
     */
    record PartialCredit(int done, int inProgress, int total) implements KeyResultBasis {

        /** Checks the counts. */
        public PartialCredit {
            if (done < 0 || inProgress < 0 || (long) done + inProgress > total) {
                throw new IllegalArgumentException(done + " done and " + inProgress + " in progress of " + total);
            }
        }

        @Override
        public Kind kind() {
            return Kind.PARTIAL_CREDIT;
        }
    }

    /**
     * The sum of a numeric field over Done issues, measured from 0 towards the target.
     *
     * @param fieldId the Jira field, e.g. {@code customfield_10200}
     * @param sum the field's sum over Done issues, in the field's unit
     * @param target the target of that sum
     */
    record NumericField(String fieldId, BigDecimal sum, BigDecimal target) implements KeyResultBasis {

        /** Checks presence. */
        public NumericField {
            Require.present("fieldId", fieldId, "sum", sum, "target", target);
        }

        @Override
        public Kind kind() {
            return Kind.NUMERIC_FIELD;
        }
    }

    /**
     * The latest check-in of a metric, band or milestone.
     *
     * @param at when the progress it gave was stored
     */
    record CheckIn(Instant at) implements KeyResultBasis {

        /** Checks presence. */
        public CheckIn {
            Objects.requireNonNull(at, "at");
        }

        @Override
        public Kind kind() {
            return Kind.CHECK_IN;
        }
    }

    /**
     * A figure a person set by hand over the computed one.
     *
     * @param at when it was set
     * @param by who set it
     */
    record Manual(Instant at, UserRef by) implements KeyResultBasis {

        /** Checks presence. */
        public Manual {
            Require.present("at", at, "by", by);
        }

        @Override
        public Kind kind() {
            return Kind.MANUAL;
        }
    }
}
