package dev.cascade.okr.core.progress;

import dev.cascade.okr.core.model.IssueCompletion;
import dev.cascade.okr.core.model.IssueMeasure;
import dev.cascade.okr.core.model.StatusCategory;
import dev.cascade.okr.core.validation.Require;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The past progress of an issue-driven key result, reconstructed from its issues' resolution dates, and the key
 * result's amount (its value in its own unit, the tracking table's actual).
 *
 * <p>The rule for one issue at the end of a day: an issue with a resolution date counts as Done on and after the day
 * it was resolved (in the given time zone) and as not done before it (To Do when it is Done now, else its current
 * category); an issue without one counts with its current category on every day. The figure of each day is then the
 * one {@link KeyResultProgressPolicy} computes for the current one; nothing here repeats its formulas.
 *
 * <p>Limitation, by design of what Jira's search returns: only resolution dates are history. Story points, field
 * values, the set of linked issues and the status of unresolved issues are taken as they are now, so a past day is
 * how that day would look with today's issues and estimates; an issue created last week is counted on earlier days
 * too, as not done. Resolving and reopening leave only the last resolution date.
 *
 * <p>Amounts: share Done, the number of Done issues; story points, the points on Done issues; partial credit, the
 * credited issues (progress × issues); numeric field, the field's sum over Done issues. Amounts are decimals with at
 * most {@value #AMOUNT_DECIMALS} places, without trailing zeros; a key result without data has none.
 */
public final class IssueHistory {

    /** The most decimals of an amount, as of a planned value. */
    public static final int AMOUNT_DECIMALS = 6;

    private final KeyResultProgressPolicy policy = new KeyResultProgressPolicy();

    /**
     * The reconstructed figure of one day.
     *
     * @param day the day, as of its end
     * @param evaluation the progress, rate and evidence of that day
     * @param amount the key result's amount that day, when it has data
     */
    public record Day(LocalDate day, KeyResultEvaluation evaluation, Optional<BigDecimal> amount) {

        /** Checks presence. */
        public Day {
            Require.present("day", day, "evaluation", evaluation, "amount", amount);
        }

        /** The issues of that day, as the evaluation counted them. */
        public IssueCompletion completion() {
            return ((Observation.Issues) evaluation.evidence()).completion();
        }
    }

    /** The earliest day on which any of the issues was resolved, in {@code zone}; empty when none is resolved. */
    public static Optional<LocalDate> earliestResolution(Collection<IssueFact> issues, ZoneId zone) {
        Objects.requireNonNull(zone, "zone");
        return issues.stream().filter(f -> f.resolvedAt() != null)
                .map(f -> LocalDate.ofInstant(f.resolvedAt(), zone)).min(LocalDate::compareTo);
    }

    /**
     * What the issues added up to at the end of {@code day}.
     *
     * @param issues the issues of every link of the key result; an issue under two links is given twice and counts
     *     twice, as summing each link's completion does
     * @param numericFieldIdOrNull the field to sum, or {@code null}
     */
    public static IssueCompletion completionAt(Collection<IssueFact> issues, LocalDate day, ZoneId zone,
            String numericFieldIdOrNull) {
        Require.present("day", day, "zone", zone);
        IssueCompletion sum = IssueCompletion.NONE;
        for (IssueFact fact : issues) {
            sum = sum.plus(categoryAt(fact, day, zone), fact.storyPoints(),
                    numericFieldIdOrNull == null ? null : fact.fieldValues().get(numericFieldIdOrNull));
        }
        return sum;
    }

    private static StatusCategory categoryAt(IssueFact fact, LocalDate day, ZoneId zone) {
        if (fact.resolvedAt() == null) {
            return fact.category();
        }
        if (!day.isBefore(LocalDate.ofInstant(fact.resolvedAt(), zone))) {
            return StatusCategory.DONE;
        }
        return fact.category() == StatusCategory.DONE ? StatusCategory.TO_DO : fact.category();
    }

    /**
     * The figure of every day from {@code from} to {@code to} (both inclusive), oldest first; empty when
     * {@code to} is before {@code from}.
     *
     * @param measure how the key result reads its issues
     * @param issues the issues of every link (see {@link #completionAt})
     * @param zone the time zone in which a resolution instant falls on a day
     */
    public List<Day> reconstruct(IssueMeasure measure, Collection<IssueFact> issues, LocalDate from, LocalDate to,
            ZoneId zone) {
        Require.present("measure", measure, "from", from, "to", to);
        List<Day> days = new ArrayList<>();
        for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
            IssueCompletion completion = completionAt(issues, day, zone, measure.numericFieldId());
            KeyResultEvaluation evaluation = policy.evaluate(measure, Observation.issues(completion));
            days.add(new Day(day, evaluation, amount(measure, evaluation)));
        }
        return days;
    }

    /** The key result's amount for what its issues add up to now; empty when that gives no data. */
    public Optional<BigDecimal> amount(IssueMeasure measure, IssueCompletion completion) {
        return amount(measure, policy.evaluate(measure, Observation.issues(completion)));
    }

    private static Optional<BigDecimal> amount(IssueMeasure measure, KeyResultEvaluation evaluation) {
        if (!evaluation.computedProgress().hasData()
                || !(evaluation.evidence() instanceof Observation.Issues issues)) {
            return Optional.empty();
        }
        IssueCompletion completion = issues.completion();
        double amount = switch (measure.basis()) {
            case ISSUE_COUNT_DONE -> completion.done();
            case STORY_POINTS_DONE -> completion.tally(StatusCategory.DONE).storyPoints();
            case STATUS_WEIGHTED -> evaluation.computedProgress().fraction() * completion.total();
            case NUMERIC_FIELD -> evaluation.actual().map(BigDecimal::doubleValue).orElseThrow();
        };
        BigDecimal rounded = BigDecimal.valueOf(amount).setScale(AMOUNT_DECIMALS, RoundingMode.HALF_UP)
                .stripTrailingZeros();
        return Optional.of(rounded.scale() < 0 ? rounded.setScale(0) : rounded);
    }
}
