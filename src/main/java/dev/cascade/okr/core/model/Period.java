package dev.cascade.okr.core.model;

import dev.cascade.okr.core.validation.Require;
import dev.cascade.okr.core.validation.Validated;
import dev.cascade.okr.core.validation.Violation;
import dev.cascade.okr.core.validation.ViolationCode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * A range of whole days a goal belongs to, both ends inclusive: a year, a half, a quarter, a month or a custom range.
 *
 * <p>Invariant: {@code start <= end}. Periods nest: a quarter is {@linkplain #contains(Period) inside} its year.
 *
 * @param kind what kind of range this is
 * @param start the first day
 * @param end the last day (inclusive)
 */
public record Period(PeriodKind kind, LocalDate start, LocalDate end) {

    /** Checks the invariant; use {@link #custom} to get violations instead of an exception. */
    public Period {
        Require.present("kind", kind, "start", start, "end", end);
        if (end.isBefore(start)) {
            throw new IllegalArgumentException("period ends before it starts: " + start + ".." + end);
        }
    }

    /** The calendar year. */
    public static Period year(int year) {
        return new Period(PeriodKind.YEAR, LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
    }

    /** Half 1 (January to June) or 2 (July to December) of a year. */
    public static Period half(int year, int half) {
        if (half < 1 || half > 2) {
            throw new IllegalArgumentException("half must be 1 or 2: " + half);
        }
        YearMonth first = YearMonth.of(year, half == 1 ? 1 : 7);
        return new Period(PeriodKind.HALF, first.atDay(1), first.plusMonths(5).atEndOfMonth());
    }

    /** Quarter 1 to 4 of a year. */
    public static Period quarter(int year, int quarter) {
        if (quarter < 1 || quarter > 4) {
            throw new IllegalArgumentException("quarter must be 1 to 4: " + quarter);
        }
        YearMonth first = YearMonth.of(year, 3 * quarter - 2);
        return new Period(PeriodKind.QUARTER, first.atDay(1), first.plusMonths(2).atEndOfMonth());
    }

    /** A calendar month (1 to 12). */
    public static Period month(int year, int month) {
        YearMonth ym = YearMonth.of(year, month);
        return new Period(PeriodKind.MONTH, ym.atDay(1), ym.atEndOfMonth());
    }

    /**
     * A custom range, or the violations that stop it: both dates required, end not before start.
     *
     * @param field the field name the violations name, e.g. {@code period}
     */
    public static Validated<Period> custom(LocalDate start, LocalDate end, String field) {
        List<Violation> violations = new ArrayList<>();
        if (start == null) {
            violations.add(Violation.of(ViolationCode.PERIOD_START_REQUIRED, field + ".start"));
        }
        if (end == null) {
            violations.add(Violation.of(ViolationCode.PERIOD_END_REQUIRED, field + ".end"));
        }
        if (start != null && end != null && end.isBefore(start)) {
            violations.add(Violation.of(ViolationCode.PERIOD_END_BEFORE_START, field + ".end",
                    end.toString(), start.toString()));
        }
        return violations.isEmpty()
                ? Validated.valid(new Period(PeriodKind.CUSTOM, start, end))
                : Validated.invalid(violations);
    }

    /** Whether the day lies inside this period. */
    public boolean contains(LocalDate day) {
        return !day.isBefore(start) && !day.isAfter(end);
    }

    /** Whether the other period lies wholly inside this one (a period contains itself). */
    public boolean contains(Period other) {
        return !other.start.isBefore(start) && !other.end.isAfter(end);
    }

    /** The number of days, counting both ends (a year has 365 or 366). */
    public long lengthInDays() {
        return ChronoUnit.DAYS.between(start, end) + 1;
    }

    /**
     * The share of the period that has passed by the end of {@code day}: 0 before the start, 1 from the last day on.
     */
    public double elapsedFractionAt(LocalDate day) {
        if (day.isBefore(start)) {
            return 0.0;
        }
        if (!day.isBefore(end)) {
            return 1.0;
        }
        return (double) (ChronoUnit.DAYS.between(start, day) + 1) / lengthInDays();
    }

    /** The calendar quarters that overlap this period, each cut to this period's bounds, in order. */
    public List<Period> quarters() {
        return split(3, PeriodKind.QUARTER);
    }

    /** The calendar months that overlap this period, each cut to this period's bounds, in order. */
    public List<Period> months() {
        return split(1, PeriodKind.MONTH);
    }

    private List<Period> split(int months, PeriodKind kind) {
        List<Period> parts = new ArrayList<>();
        YearMonth first = YearMonth.from(start);
        first = first.minusMonths((first.getMonthValue() - 1) % months);
        for (YearMonth ym = first; !ym.atDay(1).isAfter(end); ym = ym.plusMonths(months)) {
            LocalDate from = ym.atDay(1);
            LocalDate to = ym.plusMonths(months - 1L).atEndOfMonth();
            boolean whole = !from.isBefore(start) && !to.isAfter(end);
            parts.add(new Period(whole ? kind : PeriodKind.CUSTOM, from.isBefore(start) ? start : from,
                    to.isAfter(end) ? end : to));
        }
        return List.copyOf(parts);
    }
}
