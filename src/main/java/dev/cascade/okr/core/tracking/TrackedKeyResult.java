package dev.cascade.okr.core.tracking;

import dev.cascade.okr.core.model.CheckInValues;
import dev.cascade.okr.core.model.Direction;
import dev.cascade.okr.core.model.UserRef;
import dev.cascade.okr.core.validation.Require;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collections;
import java.util.NavigableMap;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * What tracking needs to know about one planned key result: whose it is, which way it should move, where it started,
 * its plan and its check-ins.
 *
 * <p>Invariant: {@code startValue} has no trailing zeros.
 *
 * @param who the person (or unit head) the goal belongs to
 * @param goalTitle the key result's or goal's title as shown in the tracking table
 * @param owner who follows it up (负责人)
 * @param direction whether more or less is better
 * @param startValue the key result's value when the goal period began, in its unit
 * @param plan its time-phased plan
 * @param log its check-ins
 * @param measured for a key result measured without people (issue-driven), its amount at the end of each day with
 *     a snapshot, which then replaces the check-ins' values as the actual; empty for key results people check in
 * @param checkInValues whether its check-ins report running totals or amounts per period (ignored when measured)
 */
public record TrackedKeyResult(UserRef who, String goalTitle, UserRef owner, Direction direction,
        BigDecimal startValue, Plan plan, CheckInLog log, Optional<NavigableMap<LocalDate, BigDecimal>> measured,
        CheckInValues checkInValues) {

    /** A key result whose actuals come from its check-ins, reported as running totals. */
    public TrackedKeyResult(UserRef who, String goalTitle, UserRef owner, Direction direction, BigDecimal startValue,
            Plan plan, CheckInLog log) {
        this(who, goalTitle, owner, direction, startValue, plan, log, Optional.empty(), CheckInValues.CUMULATIVE);
    }

    /** A key result measured from snapshots when {@code measured} is present, else from running-total check-ins. */
    public TrackedKeyResult(UserRef who, String goalTitle, UserRef owner, Direction direction, BigDecimal startValue,
            Plan plan, CheckInLog log, Optional<NavigableMap<LocalDate, BigDecimal>> measured) {
        this(who, goalTitle, owner, direction, startValue, plan, log, measured, CheckInValues.CUMULATIVE);
    }

    /** Checks for missing parts. */
    public TrackedKeyResult {
        Require.present("who", who, "goalTitle", goalTitle, "owner", owner, "direction", direction);
        startValue = Inputs.normalize(Objects.requireNonNull(startValue, "startValue"));
        Require.present("plan", plan, "log", log);
        measured = Objects.requireNonNull(measured, "measured")
                .map(m -> Collections.unmodifiableNavigableMap(new TreeMap<>(m)));
        Objects.requireNonNull(checkInValues, "checkInValues");
    }

    /** Whether the actuals come from measured snapshots rather than check-ins. */
    public boolean isMeasured() {
        return measured.isPresent();
    }

    /**
     * The amount achieved since the start by the end of {@code day}: the latest reported value on or before it minus
     * the start value; empty when no check-in with a value is dated on or before {@code day}. With check-ins that
     * report {@linkplain CheckInValues#PER_PERIOD amounts per period}: the sum of the values dated on or before
     * {@code day} (0 when there is none). For a measured key result: the amount of the latest snapshot on or before
     * {@code day} minus the start value.
     */
    public Optional<BigDecimal> achievedAsOf(LocalDate day) {
        if (measured.isPresent()) {
            return Optional.ofNullable(measured.get().floorEntry(day))
                    .map(e -> Inputs.normalize(e.getValue().subtract(startValue)));
        }
        if (checkInValues == CheckInValues.PER_PERIOD) {
            return Optional.of(log.asOf(day).sumOfValues());
        }
        return log.asOf(day).latestValue().map(value -> Inputs.normalize(value.subtract(startValue)));
    }
}
