package dev.cascade.okr.core.tracking;

import dev.cascade.okr.core.model.CheckInValues;
import dev.cascade.okr.core.model.IssueMeasure;
import dev.cascade.okr.core.model.KeyResultId;
import dev.cascade.okr.core.model.Measure;
import dev.cascade.okr.core.model.MetricMeasure;
import dev.cascade.okr.core.model.MilestoneMeasure;
import dev.cascade.okr.core.progress.Observation;
import dev.cascade.okr.core.validation.Require;
import dev.cascade.okr.core.validation.Validated;
import dev.cascade.okr.core.validation.Violation;
import dev.cascade.okr.core.validation.ViolationCode;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The check-in history of one key result: append-only and immutable. There is no way to edit or remove a check-in;
 * a correction is a new check-in.
 *
 * <p>Invariants: every check-in belongs to {@link #keyResultId()}; entries are ordered by date, then by the instant
 * they were recorded (a late, backdated check-in is filed at its date, with a warning); at most
 * {@link #MAX_ENTRIES}.
 *
 * @param keyResultId the key result these check-ins belong to
 * @param entries every check-in, oldest first (by date, then by when it was recorded)
 */
public record CheckInLog(KeyResultId keyResultId, List<CheckIn> entries) {

    /** The most check-ins one key result keeps: enough for a daily check-in over more than two years. */
    public static final int MAX_ENTRIES = 1000;

    private static final Comparator<CheckIn> ORDER =
            Comparator.comparing(CheckIn::date).thenComparing(CheckIn::recordedAt);

    /**
     * Checks the invariants and files the check-ins in order.
     *
     * @throws IllegalArgumentException when one belongs to another key result or there are more than
     *     {@link #MAX_ENTRIES}
     */
    public CheckInLog {
        Require.present("keyResultId", keyResultId, "entries", entries);
        if (entries.size() > MAX_ENTRIES) {
            throw new IllegalArgumentException("more than " + MAX_ENTRIES + " check-ins: " + entries.size());
        }
        for (CheckIn checkIn : entries) {
            requireSameKeyResult(keyResultId, checkIn);
        }
        List<CheckIn> sorted = new ArrayList<>(entries);
        sorted.sort(ORDER);
        entries = List.copyOf(sorted);
    }

    /** A log without check-ins. */
    public static CheckInLog empty(KeyResultId keyResultId) {
        return new CheckInLog(Objects.requireNonNull(keyResultId, "keyResultId"), List.of());
    }

    /**
     * The stored check-ins of one key result in any order, as read back from storage.
     *
     * @throws IllegalArgumentException when one belongs to another key result or there are more than
     *     {@link #MAX_ENTRIES}
     */
    public static CheckInLog of(KeyResultId keyResultId, List<CheckIn> checkIns) {
        return new CheckInLog(Objects.requireNonNull(keyResultId, "keyResultId"), checkIns);
    }

    /**
     * A new log with the check-in added; this log is unchanged. Invalid ({@code checkin.too-many}) when the log is
     * full; warns ({@code checkin.backdated}, field {@code date}) when it is dated before the latest check-in.
     *
     * @throws IllegalArgumentException when the check-in belongs to another key result
     */
    public Validated<CheckInLog> append(CheckIn checkIn) {
        requireSameKeyResult(keyResultId, checkIn);
        if (entries.size() >= MAX_ENTRIES) {
            return Validated.invalid(List.of(
                    Violation.of(ViolationCode.CHECKIN_TOO_MANY, null, String.valueOf(MAX_ENTRIES))));
        }
        List<Violation> warnings = new ArrayList<>();
        Optional<CheckIn> latest = latest();
        if (latest.isPresent() && checkIn.date().isBefore(latest.get().date())) {
            warnings.add(Violation.warning(ViolationCode.CHECKIN_BACKDATED, "date", latest.get().date().toString()));
        }
        List<CheckIn> more = new ArrayList<>(entries);
        more.add(checkIn);
        return Validated.valid(new CheckInLog(keyResultId, more), warnings);
    }

    private static void requireSameKeyResult(KeyResultId keyResultId, CheckIn checkIn) {
        if (!checkIn.keyResultId().equals(keyResultId)) {
            throw new IllegalArgumentException(
                    "check-in of " + checkIn.keyResultId() + " in the log of " + keyResultId);
        }
    }

    /** Whether there is no check-in yet. */
    public boolean isEmpty() {
        return entries.isEmpty();
    }

    /**
     * What the check-ins show for a key result measured by people: the latest value checked in, as the actual of a
     * metric or band (for a metric whose check-ins are {@linkplain CheckInValues#PER_PERIOD amounts per period}: its
     * start plus the sum of every value checked in), or for a milestone "done" when that value is 1 or more (check in 1
     * when done, 0 when not);
     * no check-in with a value yet is "no check-in", never 0. Key results measured by Jira issues are measured from
     * their issues, not from here.
     *
     * @throws IllegalArgumentException for an issue-driven measure
     */
    public Observation observationFor(Measure measure) {
        if (measure instanceof IssueMeasure) {
            throw new IllegalArgumentException("issue-driven key results are measured from their issues");
        }
        Optional<BigDecimal> value = latestValue();
        if (value.isEmpty()) {
            return Observation.noCheckIn();
        }
        if (measure instanceof MetricMeasure metric && metric.checkInValues() == CheckInValues.PER_PERIOD) {
            return Observation.value(Inputs.normalize(metric.start().add(sumOfValues())));
        }
        return measure instanceof MilestoneMeasure ? Observation.milestone(value.get().compareTo(BigDecimal.ONE) >= 0)
                : Observation.value(value.get());
    }

    /** The latest check-in by date (of those on the latest date, the last recorded). */
    public Optional<CheckIn> latest() {
        return entries.isEmpty() ? Optional.empty() : Optional.of(entries.get(entries.size() - 1));
    }

    /** The value of the latest check-in that has one; check-ins without a value (confidence only) are skipped. */
    public Optional<BigDecimal> latestValue() {
        for (int i = entries.size() - 1; i >= 0; i--) {
            if (entries.get(i).value().isPresent()) {
                return entries.get(i).value();
            }
        }
        return Optional.empty();
    }

    /** The sum of every value checked in (check-ins without a value add nothing); 0 when there is none. */
    public BigDecimal sumOfValues() {
        BigDecimal sum = BigDecimal.ZERO;
        for (CheckIn entry : entries) {
            if (entry.value().isPresent()) {
                sum = sum.add(entry.value().get());
            }
        }
        return Inputs.normalize(sum);
    }

    /** The log as it stood at the end of {@code day}: the check-ins dated on or before it. */
    public CheckInLog asOf(LocalDate day) {
        Objects.requireNonNull(day, "day");
        return new CheckInLog(keyResultId, entries.stream().filter(c -> !c.date().isAfter(day)).toList());
    }

    @Override
    public String toString() {
        return "CheckInLog[" + keyResultId + ", " + entries.size() + " check-ins]";
    }
}
