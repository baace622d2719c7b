package dev.cascade.okr.core.model;

import java.util.Objects;

/**
 * What the issues linked to a key result add up to, per status category: how many there are, their story points,
 * how many have no estimate, and the sum of one chosen numeric field.
 *
 * <p>Invariants: see {@link Tally}; in short, counts are non-negative, story points are finite and non-negative,
 * field sums are finite, and a category whose issues all lack an estimate (a field value) has 0 points (a field sum
 * of 0). Points and field sums are {@code double}: they come from Jira number fields, which are doubles.
 *
 * <p>A completion built from counts only ({@link #IssueCompletion(int, int, int)}, {@link #plus(StatusCategory)})
 * knows no estimates and no field values: every issue counts as unestimated and without a field value.
 */
public final class IssueCompletion {

    /** Larger magnitudes from Jira are taken as missing, as no person enters them (it also keeps sums finite). */
    public static final double MAX_MAGNITUDE = 1e15;

    /** No issues at all. */
    public static final IssueCompletion NONE = new IssueCompletion(0, 0, 0);

    private final Tally toDo;
    private final Tally inProgress;
    private final Tally done;

    /**
     * Issue counts only, with no estimates and no field values known.
     *
     * @param total all counted issues
     * @param done issues in the Done category
     * @param inProgress issues in the In Progress category; the rest are To Do
     * @throws IllegalArgumentException when a count is negative or {@code done + inProgress > total}
     */
    public IssueCompletion(int total, int done, int inProgress) {
        this(countsOnly(total, done, inProgress, StatusCategory.TO_DO), countsOnly(total, done, inProgress,
                StatusCategory.IN_PROGRESS), countsOnly(total, done, inProgress, StatusCategory.DONE));
    }

    private IssueCompletion(Tally toDo, Tally inProgress, Tally done) {
        this.toDo = Objects.requireNonNull(toDo, "toDo");
        this.inProgress = Objects.requireNonNull(inProgress, "inProgress");
        this.done = Objects.requireNonNull(done, "done");
        if ((long) toDo.issues() + inProgress.issues() + done.issues() > Integer.MAX_VALUE) {
            throw new ArithmeticException("more issues than an int can count");
        }
    }

    private static Tally countsOnly(int total, int done, int inProgress, StatusCategory category) {
        if (total < 0 || done < 0 || inProgress < 0 || (long) done + inProgress > total) {
            throw new IllegalArgumentException(
                    "inconsistent issue counts: total=" + total + " done=" + done + " inProgress=" + inProgress);
        }
        return Tally.countsOnly(switch (category) {
            case TO_DO -> total - done - inProgress;
            case IN_PROGRESS -> inProgress;
            case DONE -> done;
        });
    }

    /**
     * A completion from one tally per category, e.g. read back from storage.
     *
     * @throws ArithmeticException when the issues add up to more than {@link Integer#MAX_VALUE}
     */
    public static IssueCompletion of(Tally toDo, Tally inProgress, Tally done) {
        return new IssueCompletion(toDo, inProgress, done);
    }

    /** All counted issues. */
    public int total() {
        return toDo.issues() + inProgress.issues() + done.issues();
    }

    /** Issues in the Done category. */
    public int done() {
        return done.issues();
    }

    /** Issues in the In Progress category. */
    public int inProgress() {
        return inProgress.issues();
    }

    /** Issues in the To Do category. */
    public int toDo() {
        return toDo.issues();
    }

    /** Everything known about one category. */
    public Tally tally(StatusCategory category) {
        return switch (category) {
            case TO_DO -> toDo;
            case IN_PROGRESS -> inProgress;
            case DONE -> done;
        };
    }

    /** The story points of all issues, estimated ones only. */
    public double storyPoints() {
        return toDo.storyPoints() + inProgress.storyPoints() + done.storyPoints();
    }

    /** How many issues, in any category, have no story-point estimate. */
    public int unestimated() {
        return toDo.unestimated() + inProgress.unestimated() + done.unestimated();
    }

    /** How many issues, in any category, have no value in the numeric field. */
    public int withoutFieldValue() {
        return toDo.withoutFieldValue() + inProgress.withoutFieldValue() + done.withoutFieldValue();
    }

    /** This completion with one more issue of the given category, without estimate or field value. */
    public IssueCompletion plus(StatusCategory category) {
        return plus(category, null, null);
    }

    /**
     * This completion with one more issue.
     *
     * <p>The values come from Jira, not from a person, so nothing here throws for them: story points that are
     * {@code null}, negative, not finite or above {@link #MAX_MAGNITUDE} count as "no estimate"; a field value that is
     * {@code null}, not finite or above {@link #MAX_MAGNITUDE} in magnitude counts as "no value".
     *
     * @param category the issue's status category
     * @param pointsOrNull the issue's story points, or {@code null} when not estimated
     * @param fieldValueOrNull the issue's value in the chosen numeric field, or {@code null} when empty
     */
    public IssueCompletion plus(StatusCategory category, Double pointsOrNull, Double fieldValueOrNull) {
        Tally one = Tally.one(pointsOrNull, fieldValueOrNull);
        return new IssueCompletion(
                category == StatusCategory.TO_DO ? toDo.plus(one) : toDo,
                category == StatusCategory.IN_PROGRESS ? inProgress.plus(one) : inProgress,
                category == StatusCategory.DONE ? done.plus(one) : done);
    }

    /**
     * The issues of both completions together, e.g. of several links of one key result.
     *
     * @throws ArithmeticException when the issues add up to more than {@link Integer#MAX_VALUE}
     */
    public IssueCompletion plus(IssueCompletion other) {
        return new IssueCompletion(toDo.plus(other.toDo), inProgress.plus(other.inProgress), done.plus(other.done));
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof IssueCompletion that
                && toDo.equals(that.toDo) && inProgress.equals(that.inProgress) && done.equals(that.done);
    }

    @Override
    public int hashCode() {
        return Objects.hash(toDo, inProgress, done);
    }

    @Override
    public String toString() {
        return "IssueCompletion[toDo=" + toDo + ", inProgress=" + inProgress + ", done=" + done + "]";
    }

    /**
     * What the issues of one status category add up to.
     *
     * <p>Invariants: {@code issues >= 0}; {@code 0 <= unestimated <= issues}; {@code 0 <= withoutFieldValue <=
     * issues}; {@code storyPoints} finite and {@code >= 0}, and 0 when no issue is estimated; {@code fieldSum}
     * finite, and 0 when no issue has a value. A sum of {@code -0.0} is held as {@code 0.0}.
     *
     * @param issues how many issues
     * @param storyPoints the sum of the estimated issues' story points
     * @param unestimated how many of the issues have no story-point estimate (they add nothing to the points)
     * @param fieldSum the sum of the numeric field over the issues that have a value, in the field's unit
     * @param withoutFieldValue how many of the issues have no value in the numeric field
     */
    public record Tally(int issues, double storyPoints, int unestimated, double fieldSum, int withoutFieldValue) {

        /** Checks the invariants. */
        public Tally {
            if (issues < 0 || unestimated < 0 || unestimated > issues || withoutFieldValue < 0
                    || withoutFieldValue > issues) {
                throw new IllegalArgumentException("inconsistent counts: issues=" + issues + " unestimated="
                        + unestimated + " withoutFieldValue=" + withoutFieldValue);
            }
            if (!Double.isFinite(storyPoints) || storyPoints < 0 || unestimated == issues && storyPoints != 0) {
                throw new IllegalArgumentException("story points " + storyPoints + " do not fit " + issues
                        + " issues of which " + unestimated + " are unestimated");
            }
            if (!Double.isFinite(fieldSum) || withoutFieldValue == issues && fieldSum != 0) {
                throw new IllegalArgumentException("field sum " + fieldSum + " does not fit " + issues
                        + " issues of which " + withoutFieldValue + " have no value");
            }
            storyPoints += 0.0;
            fieldSum += 0.0;
        }

        /** Issues whose estimates and field values are not known. */
        public static Tally countsOnly(int issues) {
            return new Tally(issues, 0.0, issues, 0.0, issues);
        }

        private static Tally one(Double points, Double fieldValue) {
            boolean estimated = points != null && points >= 0 && points <= MAX_MAGNITUDE;
            boolean valued = fieldValue != null && Math.abs(fieldValue) <= MAX_MAGNITUDE;
            return new Tally(1, estimated ? points : 0.0, estimated ? 0 : 1, valued ? fieldValue : 0.0,
                    valued ? 0 : 1);
        }

        /** Both tallies together. */
        public Tally plus(Tally other) {
            return new Tally(Math.addExact(issues, other.issues), storyPoints + other.storyPoints,
                    unestimated + other.unestimated, fieldSum + other.fieldSum,
                    withoutFieldValue + other.withoutFieldValue);
        }
    }
}
