package dev.cascade.okr.core.tracking;

import dev.cascade.okr.core.model.Period;
import dev.cascade.okr.core.model.PeriodKind;
import dev.cascade.okr.core.model.UserRef;
import dev.cascade.okr.core.validation.Require;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * One row of the tracking record (目标执行跟踪记录表): for one sub-period of a key result's plan, the planned and
 * actual amounts, their deviation and status, the cause and adjustment from the latest check-in, and when it was last
 * updated.
 *
 * <p>Invariants: texts are never {@code null}; {@code planned} and {@code actual} are the deviation's.
 *
 * @param who whose goal it is
 * @param goalTitle the goal's title
 * @param period the sub-period (quarter or month) of the row, or the plan's whole goal period
 * @param periodPlan the amount the plan sets for the whole of {@code period}
 * @param deviation planned amount to date, actual amount in the sub-period, and the rate between them
 * @param status on track, at risk, off track or no data
 * @param cause the problems named in the latest check-in of the sub-period; empty when none
 * @param adjustment the solutions named in that check-in; empty when none
 * @param owner who follows the goal up
 * @param updatedOn the date of that check-in; empty when the sub-period has none yet
 */
public record TrackingRow(UserRef who, String goalTitle, Period period, BigDecimal periodPlan, Deviation deviation,
        TrackingStatus status, String cause, String adjustment, UserRef owner, Optional<LocalDate> updatedOn) {

    /** Checks for missing parts. */
    public TrackingRow {
        Require.present("who", who, "goalTitle", goalTitle, "period", period, "periodPlan", periodPlan,
                "deviation", deviation, "status", status, "cause", cause, "adjustment", adjustment, "owner", owner,
                "updatedOn", updatedOn);
    }

    /**
     * The row of {@code period} on {@code today}.
     *
     * <p>Planned (the one rule for a running sub-period): the plan's amount from the sub-period's first day to
     * {@code today}, counting {@code today}, i.e. its value pro-rated by elapsed days; the whole value once it has
     * ended; 0 before it starts. The deviation and the status both compare the actual with this amount, so they never
     * disagree; the whole sub-period's value is kept beside it as {@link #periodPlan()}. Actual: the amount achieved
     * within the sub-period, i.e. achieved by the end of
     * {@code today} (or of the sub-period) minus achieved by the day before it began (0 for the sub-period that opens
     * the goal period); none until a check-in with a value is dated inside the sub-period, and none when no value was
     * reported before a later sub-period began, because the split between sub-periods would be guessed. A
     * {@linkplain TrackedKeyResult#isMeasured() measured} key result takes its amounts from the snapshot at the end
     * of {@code today} or of the sub-period, or the latest before it, instead of check-ins.
     *
     * @param period one of the plan's {@linkplain Plan#subPeriods() sub-periods}, or its whole goal period (a year)
     * @throws IllegalArgumentException when {@code period} is neither
     */
    public static TrackingRow of(TrackedKeyResult keyResult, Period period, TrackingPolicy policy, LocalDate today) {
        Plan plan = keyResult.plan();
        if (!plan.subPeriods().contains(period) && !plan.goalPeriod().equals(period)) {
            throw new IllegalArgumentException(period + " is not a sub-period of " + plan);
        }
        LocalDate asOf = today.isBefore(period.end()) ? today : period.end();
        boolean started = !asOf.isBefore(period.start());
        BigDecimal planned = started ? plan.plannedFor(new Period(PeriodKind.CUSTOM, period.start(), asOf))
                : BigDecimal.ZERO;
        List<CheckIn> inPeriod = started
                ? keyResult.log().asOf(asOf).entries().stream().filter(c -> period.contains(c.date())).toList()
                : List.of();
        Optional<CheckIn> latest = inPeriod.isEmpty() ? Optional.empty()
                : Optional.of(inPeriod.get(inPeriod.size() - 1));
        BigDecimal actual = null;
        boolean reported = keyResult.isMeasured() ? started && keyResult.achievedAsOf(asOf).isPresent()
                : inPeriod.stream().anyMatch(c -> c.value().isPresent());
        if (reported) {
            Optional<BigDecimal> before = period.start().isAfter(plan.goalPeriod().start())
                    ? keyResult.achievedAsOf(period.start().minusDays(1))
                    : Optional.of(BigDecimal.ZERO);
            Optional<BigDecimal> after = keyResult.achievedAsOf(asOf);
            if (before.isPresent()) {
                actual = after.orElseThrow().subtract(before.get());
            }
        }
        Deviation deviation = Deviation.of(planned, actual);
        return new TrackingRow(keyResult.who(), keyResult.goalTitle(), period, plan.plannedFor(period), deviation,
                policy.statusOf(deviation, keyResult.direction()), latest.map(CheckIn::problems).orElse(""),
                latest.map(CheckIn::solutions).orElse(""), keyResult.owner(), latest.map(CheckIn::date));
    }

    /** The planned amount to date for the sub-period. */
    public BigDecimal planned() {
        return deviation.planned();
    }

    /** The amount achieved in the sub-period, when known. */
    public Optional<BigDecimal> actual() {
        return deviation.actual();
    }
}
