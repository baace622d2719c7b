package dev.cascade.okr.core.plan;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * How far a task has got in the words and numbers of its owner (the seed's task tracking table: actual progress,
 * percent complete, updated on), beside its {@link PlanItemStatus}.
 *
 * <p>Invariants: {@code percentComplete}, when present, is 0 to 100; {@code note} is {@code null} rather than blank;
 * {@code updatedOn} is present whenever a percent or a note is (the day either last changed).
 *
 * @param percentComplete whole per-cent done, 0 to 100, or {@code null} when not stated
 * @param note what has been done so far (实际进展), or {@code null}
 * @param updatedOn the day the percent or the note last changed, or {@code null} when neither was ever stated
 */
public record TaskProgress(Integer percentComplete, String note, LocalDate updatedOn) {

    /** Nothing stated. */
    public static final TaskProgress NONE = new TaskProgress(null, null, null);

    /** Checks the invariants. */
    public TaskProgress {
        if (percentComplete != null && (percentComplete < 0 || percentComplete > 100)) {
            throw new IllegalArgumentException("percent complete must be 0 to 100: " + percentComplete);
        }
        note = note == null || note.isBlank() ? null : note;
        if (updatedOn == null && (percentComplete != null || note != null)) {
            throw new IllegalArgumentException("a stated progress needs the day it was stated");
        }
    }

    /**
     * The progress after a person states {@code percent} and {@code text}: the day moves to {@code today} when either
     * differs from {@code previous}, else the previous day stays (saving a task unchanged does not make it look
     * updated). Nothing stated means {@link #NONE}.
     *
     * @param today the day of the change; when {@code null} (a caller without a clock) a change keeps the previous
     *     day, or has none
     */
    public static TaskProgress next(TaskProgress previous, Integer percent, String text, LocalDate today) {
        String note = text == null || text.isBlank() ? null : text;
        if (percent == null && note == null) {
            return NONE;
        }
        TaskProgress before = previous == null ? NONE : previous;
        boolean changed = !Objects.equals(before.percentComplete, percent) || !Objects.equals(before.note, note);
        LocalDate day = changed && today != null ? today : before.updatedOn;
        return day == null ? NONE : new TaskProgress(percent, note, day);
    }

    /** The percent complete, if stated. */
    public Optional<Integer> percent() {
        return Optional.ofNullable(percentComplete);
    }
}
