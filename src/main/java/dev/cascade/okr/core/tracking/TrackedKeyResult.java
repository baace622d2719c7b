package dev.cascade.okr.core.tracking;

import dev.cascade.okr.core.model.Direction;
import dev.cascade.okr.core.model.UserRef;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

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
 */
public record TrackedKeyResult(UserRef who, String goalTitle, UserRef owner, Direction direction,
        BigDecimal startValue, Plan plan, CheckInLog log) {

    /** Checks for missing parts. */
    public TrackedKeyResult {
        Objects.requireNonNull(who, "who");
        Objects.requireNonNull(goalTitle, "goalTitle");
        Objects.requireNonNull(owner, "owner");
        Objects.requireNonNull(direction, "direction");
        startValue = Inputs.normalize(Objects.requireNonNull(startValue, "startValue"));
        Objects.requireNonNull(plan, "plan");
        Objects.requireNonNull(log, "log");
    }

    /**
     * The amount achieved since the start by the end of {@code day}: the latest reported value on or before it minus
     * the start value; empty when no check-in with a value is dated on or before {@code day}.
     */
    public Optional<BigDecimal> achievedAsOf(LocalDate day) {
        return log.asOf(day).latestValue().map(value -> Inputs.normalize(value.subtract(startValue)));
    }
}
