package dev.cascade.okr.core.tracking;

import dev.cascade.okr.core.model.Period;
import dev.cascade.okr.core.validation.Require;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.Optional;

/**
 * When the next check-in on a key result is due, and by how many days it is overdue.
 *
 * <p>Rules: the cadence is the one the site-wide {@link CadenceSetting} gives the goal's period (by default, by the
 * period's length). The next check-in is due one {@linkplain CheckInCadence cadence} step after the latest check-in,
 * or after the goal period's first day when there is none. No due date lies outside the period: a step that would land
 * after the last day is moved to the last day, so every period closes with a final check-in, and once a check-in is
 * dated on or after the last day nothing more is due. Before the period starts the first due date lies ahead, so
 * nothing is overdue. After the period a missed final check-in stays overdue only while one may still be recorded
 * ({@link CheckInPolicy#DAYS_ALLOWED_AFTER_END}); after that nothing is due. A check-in is overdue from the day after
 * its due date.
 *
 * <p>Invariants: {@code daysOverdue >= 0}; {@code daysOverdue > 0} only with a due date.
 *
 * @param cadence the cadence of the goal period under the site-wide setting
 * @param nextDue the day the next check-in is due; empty when none is
 * @param daysOverdue whole days since the due date; 0 when not overdue
 */
public record CheckInDue(CheckInCadence cadence, Optional<LocalDate> nextDue, long daysOverdue) {

    /** Checks the invariants. */
    public CheckInDue {
        Require.present("cadence", cadence, "nextDue", nextDue);
        if (daysOverdue < 0 || daysOverdue > 0 && nextDue.isEmpty()) {
            throw new IllegalArgumentException("days overdue " + daysOverdue + " with due date " + nextDue);
        }
    }

    /**
     * Nothing due, ever: a key result measured without people (issue-driven: Jira's issues measure it every day) needs
     * no check-in, so it is never overdue; the cadence is still the period's.
     */
    public static CheckInDue measuredWithoutPeople(Period period) {
        return measuredWithoutPeople(period, CadenceSetting.DEFAULT);
    }

    /** {@link #measuredWithoutPeople(Period)} with the cadence {@code setting} gives the period. */
    public static CheckInDue measuredWithoutPeople(Period period, CadenceSetting setting) {
        return new CheckInDue(setting.cadenceFor(period), Optional.empty(), 0);
    }

    /** The check-in due on {@code today} for a goal of {@code period} whose check-ins are in {@code log}. */
    public static CheckInDue of(Period period, CheckInLog log, LocalDate today) {
        return of(period, log, today, CadenceSetting.DEFAULT);
    }

    /** {@link #of(Period, CheckInLog, LocalDate)} with the cadence {@code setting} gives the period. */
    public static CheckInDue of(Period period, CheckInLog log, LocalDate today, CadenceSetting setting) {
        return of(period, log.latest().map(CheckIn::date), today, setting);
    }

    /** The check-in due on {@code today} for a goal of {@code period} whose latest check-in is on that date. */
    public static CheckInDue of(Period period, Optional<LocalDate> latestCheckIn, LocalDate today) {
        return of(period, latestCheckIn, today, CadenceSetting.DEFAULT);
    }

    /** {@link #of(Period, Optional, LocalDate)} with the cadence {@code setting} gives the period. */
    public static CheckInDue of(Period period, Optional<LocalDate> latestCheckIn, LocalDate today,
            CadenceSetting setting) {
        Objects.requireNonNull(today, "today");
        CheckInCadence cadence = setting.cadenceFor(period);
        boolean finalDone = latestCheckIn.isPresent() && !latestCheckIn.get().isBefore(period.end());
        if (finalDone || today.isAfter(CheckInPolicy.lastAllowedDate(period))) {
            return new CheckInDue(cadence, Optional.empty(), 0);
        }
        // A check-in dated before the period (possible only in data older than the date rule) does not count.
        LocalDate from = latestCheckIn.filter(period::contains).orElse(period.start());
        LocalDate due = cadence.nextAfter(from);
        if (due.isAfter(period.end())) {
            due = period.end();
        }
        return new CheckInDue(cadence, Optional.of(due), Math.max(0, ChronoUnit.DAYS.between(due, today)));
    }

    /** Whether the due date has passed without a check-in. */
    public boolean isOverdue() {
        return daysOverdue > 0;
    }
}
