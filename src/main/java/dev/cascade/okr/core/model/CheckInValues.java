package dev.cascade.okr.core.model;

/**
 * What the value of a metric key result's check-in means: the running total reached so far, or the amount achieved
 * in the period the check-in reports on. Names are stored, never rename one.
 *
 * <p>{@link #CUMULATIVE} is the default: the latest value is the key result's actual (customers now: 130). With
 * {@link #PER_PERIOD} each check-in adds its value, and the actual is the start plus the sum of every value checked in
 * (new customers this month: 12). Bands, milestones and issue-driven key results are always cumulative: a band's value
 * and a milestone's done flag are levels, and issues are counted, not checked in.
 */
public enum CheckInValues {
    /** Each check-in reports the running total: the latest one is the actual. */
    CUMULATIVE,
    /** Each check-in reports the amount of its period: the actual is the start plus the sum of all of them. */
    PER_PERIOD
}
