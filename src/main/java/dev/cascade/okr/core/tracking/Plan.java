package dev.cascade.okr.core.tracking;

import dev.cascade.okr.core.model.Period;
import dev.cascade.okr.core.validation.Require;
import dev.cascade.okr.core.validation.Validated;
import dev.cascade.okr.core.validation.Violation;
import dev.cascade.okr.core.validation.ViolationCode;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The time-phased baseline of one key result: the amount planned in each quarter or month of its goal period, e.g.
 * Q1 12 / Q2 15 / Q3 17 / Q4 10.
 *
 * <p>Invariants: the sub-periods are exactly {@link PlanGranularity#subPeriodsOf the goal period's} quarters or months
 * in order, with one value each; every value is at most {@link #MAX_VALUE} in size and has at most
 * {@link #MAX_DECIMALS} decimals. Values are the amounts to achieve <em>in</em> that sub-period (increments, not
 * running totals), in the key result's unit, measured from the key result's start value.
 *
 * <p>Increments may be negative: a metric that should fall (defects from 50 to 20) is planned as −10 / −10 / −10 and
 * judged with {@link dev.cascade.okr.core.model.Direction#DECREASE}; a budget is planned as positive spend per
 * sub-period, also with {@code DECREASE}. {@link Deviation} divides by the size of the plan, so "positive = above plan"
 * holds for both and the direction alone says which side is bad.
 *
 * @param goalPeriod the goal period this plan covers
 * @param granularity whether the plan is per quarter or per month
 * @param values the planned increment of each sub-period, in order, without trailing zeros
 */
public record Plan(Period goalPeriod, PlanGranularity granularity, List<BigDecimal> values) {

    /** The largest planned value: 10^15. */
    public static final BigDecimal MAX_VALUE = Inputs.MAX_AMOUNT;
    /** The most decimals of a planned value; interpolated values are rounded to this scale too. */
    public static final int MAX_DECIMALS = Inputs.MAX_DECIMALS;

    /**
     * Checks the invariants ({@link #of} reports each broken one on its field) and keeps the values without trailing
     * zeros.
     *
     * @throws IllegalArgumentException when the values do not fit the sub-periods
     */
    public Plan {
        Require.present("goalPeriod", goalPeriod, "granularity", granularity, "values", values);
        List<Violation> violations = violations(granularity.subPeriodsOf(goalPeriod), values);
        if (!violations.isEmpty()) {
            throw new IllegalArgumentException("invalid plan: " + violations);
        }
        values = values.stream().map(Inputs::normalize).toList();
    }

    /**
     * A plan for the goal period, or the violations of its values (fields {@code plan.values} and
     * {@code plan.values[i]}): one value per sub-period, none missing, larger in size than {@link #MAX_VALUE} or
     * with more than {@link #MAX_DECIMALS} decimals.
     *
     * @param values the planned increment of each sub-period in order; {@code null} counts as no values
     */
    public static Validated<Plan> of(Period goalPeriod, PlanGranularity granularity, List<BigDecimal> values) {
        Require.present("goalPeriod", goalPeriod, "granularity", granularity);
        List<Violation> violations = violations(granularity.subPeriodsOf(goalPeriod),
                values == null ? List.of() : values);
        return violations.isEmpty()
                ? Validated.valid(new Plan(goalPeriod, granularity, values))
                : Validated.invalid(violations);
    }

    private static List<Violation> violations(List<Period> subPeriods, List<BigDecimal> given) {
        List<Violation> violations = new ArrayList<>();
        if (given.size() != subPeriods.size()) {
            violations.add(Violation.of(ViolationCode.PLAN_VALUES_COUNT, "plan.values",
                    String.valueOf(subPeriods.size()), String.valueOf(given.size())));
            return violations;
        }
        for (int i = 0; i < given.size(); i++) {
            BigDecimal value = given.get(i);
            String field = "plan.values[" + i + "]";
            if (value == null) {
                violations.add(Violation.of(ViolationCode.PLAN_VALUE_REQUIRED, field));
            } else {
                Inputs.checkAmount(value, field, violations);
            }
        }
        return violations;
    }

    /**
     * A plan of nothing: zero in each sub-period. What a key result nobody planned is measured against, so that its
     * actual is read by the same rule as a planned one's (its deviation is then undefined: nothing planned).
     */
    public static Plan nothing(Period goalPeriod, PlanGranularity granularity) {
        List<Period> subPeriods = granularity.subPeriodsOf(Objects.requireNonNull(goalPeriod, "goalPeriod"));
        return new Plan(goalPeriod, granularity, java.util.Collections.nCopies(subPeriods.size(), BigDecimal.ZERO));
    }

    /** The quarters or months of the goal period, in order, matching {@link #values()} one to one. */
    public List<Period> subPeriods() {
        return granularity.subPeriodsOf(goalPeriod);
    }

    /** The sum of all planned increments: what the plan expects by the end of the goal period. */
    public BigDecimal total() {
        return Inputs.normalize(values.stream().reduce(BigDecimal.ZERO, BigDecimal::add));
    }

    /**
     * The amount planned from the start of the goal period to the end of {@code day}: 0 before the goal period starts,
     * the {@linkplain #total() total} from its last day on, and in between the sum of the earlier sub-periods plus the
     * current sub-period's value times the share of its days that have passed, counting {@code day} itself.
     *
     * <p>Exact on sub-period boundaries; inside a sub-period the share is rounded half-even to {@link #MAX_DECIMALS}
     * decimals. The result has no trailing zeros.
     */
    public BigDecimal cumulativePlannedAt(LocalDate day) {
        Objects.requireNonNull(day, "day");
        BigDecimal sum = BigDecimal.ZERO;
        List<Period> subPeriods = subPeriods();
        for (int i = 0; i < subPeriods.size(); i++) {
            Period sub = subPeriods.get(i);
            if (day.isBefore(sub.start())) {
                break;
            }
            BigDecimal value = values.get(i);
            if (!day.isBefore(sub.end())) {
                sum = sum.add(value);
            } else {
                long daysPassed = ChronoUnit.DAYS.between(sub.start(), day) + 1;
                sum = sum.add(value.multiply(BigDecimal.valueOf(daysPassed))
                        .divide(BigDecimal.valueOf(sub.lengthInDays()), MAX_DECIMALS, RoundingMode.HALF_EVEN));
                break;
            }
        }
        return Inputs.normalize(sum);
    }

    /**
     * The amount planned within {@code range} (its first to its last day): the sub-period's own value when
     * {@code range} is one of {@link #subPeriods()}, the sum of the months when a monthly plan is asked for a quarter,
     * a linear share for a part of a sub-period, and 0 outside the goal period.
     */
    public BigDecimal plannedFor(Period range) {
        Objects.requireNonNull(range, "range");
        return Inputs.normalize(cumulativePlannedAt(range.end())
                .subtract(cumulativePlannedAt(range.start().minusDays(1))));
    }

    /**
     * This plan with {@code change} added from {@code from} to the end of the goal period (a target raised or lowered
     * from that day): each sub-period gets the share of {@code change} that its days from {@code from} on had of
     * what was planned from {@code from} to the end; when nothing was planned there, the share of those days. Shares
     * are rounded half-even to {@link #MAX_DECIMALS} decimals and the last sub-period that gets a share takes the
     * rounding remainder, so the total changes by exactly {@code change}. A day before the goal period counts as its
     * first; a day after it, or a change of 0, leaves the plan as it is.
     *
     * @throws IllegalArgumentException when a changed value would exceed {@link #MAX_VALUE}
     */
    public Plan withChangeFrom(LocalDate from, BigDecimal change) {
        Require.present("from", from, "change", change);
        LocalDate first = from.isBefore(goalPeriod.start()) ? goalPeriod.start() : from;
        if (change.signum() == 0 || first.isAfter(goalPeriod.end())) {
            return this;
        }
        List<Period> subPeriods = subPeriods();
        List<BigDecimal> weights = new ArrayList<>();
        BigDecimal planned = BigDecimal.ZERO;
        long days = 0;
        for (Period sub : subPeriods) {
            boolean touched = !sub.end().isBefore(first);
            LocalDate start = sub.start().isBefore(first) ? first : sub.start();
            BigDecimal part = touched ? plannedFor(new Period(dev.cascade.okr.core.model.PeriodKind.CUSTOM, start,
                    sub.end())) : BigDecimal.ZERO;
            weights.add(part);
            planned = planned.add(part);
            days += touched ? ChronoUnit.DAYS.between(start, sub.end()) + 1 : 0;
        }
        if (planned.signum() == 0) {
            weights.clear();
            for (Period sub : subPeriods) {
                LocalDate start = sub.start().isBefore(first) ? first : sub.start();
                weights.add(sub.end().isBefore(first) ? BigDecimal.ZERO
                        : BigDecimal.valueOf(ChronoUnit.DAYS.between(start, sub.end()) + 1));
            }
            planned = BigDecimal.valueOf(days);
        }
        List<BigDecimal> changed = new ArrayList<>(values);
        BigDecimal given = BigDecimal.ZERO;
        int last = -1;
        for (int i = 0; i < subPeriods.size(); i++) {
            if (weights.get(i).signum() != 0) {
                BigDecimal share = change.multiply(weights.get(i)).divide(planned, MAX_DECIMALS,
                        RoundingMode.HALF_EVEN);
                changed.set(i, changed.get(i).add(share));
                given = given.add(share);
                last = i;
            }
        }
        changed.set(last, changed.get(last).add(change.subtract(given)));
        Validated<Plan> plan = of(goalPeriod, granularity, changed);
        if (!plan.isValid()) {
            throw new IllegalArgumentException("the plan cannot take a change of " + change + ": " + plan.errors());
        }
        return plan.value();
    }

    @Override
    public String toString() {
        return "Plan[" + goalPeriod + ", " + granularity + ", " + values + "]";
    }
}
