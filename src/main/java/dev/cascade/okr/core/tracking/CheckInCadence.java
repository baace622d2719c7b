package dev.cascade.okr.core.tracking;

import dev.cascade.okr.core.model.Period;
import dev.cascade.okr.core.validation.WireCode;
import java.time.LocalDate;
import java.util.Objects;

/**
 * How often a key result is checked in on. By default ({@link CadenceSetting#BY_PERIOD}) it is chosen by the length
 * of its goal period: monthly goals weekly, quarterly goals every two weeks, longer goals (half-year, year, long custom
 * ranges) monthly; an administrator may fix one cadence for every goal instead ({@link CadenceSetting}).
 */
public enum CheckInCadence {

    /** Every 7 days; for periods of at most {@link #MONTH_MAX_DAYS} days. */
    WEEKLY,
    /** Every 14 days; for periods of at most {@link #QUARTER_MAX_DAYS} days. */
    BIWEEKLY,
    /** The same day of the next month (the month's last day when it is shorter); for longer periods. */
    MONTHLY;

    /** The longest period, in days, checked in on weekly: a calendar month. */
    public static final int MONTH_MAX_DAYS = 31;
    /** The longest period, in days, checked in on every two weeks: a calendar quarter (July to September). */
    public static final int QUARTER_MAX_DAYS = 92;

    /** The cadence for a goal of this period, by its length in days (both ends counted). */
    public static CheckInCadence forPeriod(Period period) {
        long days = period.lengthInDays();
        if (days <= MONTH_MAX_DAYS) {
            return WEEKLY;
        }
        return days <= QUARTER_MAX_DAYS ? BIWEEKLY : MONTHLY;
    }

    /**
     * The day one step after {@code day}. Monthly steps keep the day of the month, so check-ins stay on "the 15th";
     * from January 31 the step lands on the last day of February.
     */
    public LocalDate nextAfter(LocalDate day) {
        Objects.requireNonNull(day, "day");
        return switch (this) {
            case WEEKLY -> day.plusDays(7);
            case BIWEEKLY -> day.plusDays(14);
            case MONTHLY -> day.plusMonths(1);
        };
    }

    /** The i18n key of this cadence's name. */
    public String messageKey() {
        return "cascade.tracking.cadence." + WireCode.of(this);
    }
}
