package dev.cascade.okr.core.tracking;

import dev.cascade.okr.core.model.KeyResultId;
import dev.cascade.okr.core.model.UserRef;
import dev.cascade.okr.core.validation.Require;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * One check-in (跟进记录) on a key result: where it stands, how sure its owner is, and what happens next. Immutable;
 * a check-in is never edited or deleted, only followed by another (see {@link CheckInLog}).
 *
 * <p>Invariants: {@code confidence} is 1 to 10; texts are never {@code null} (empty when not given); {@code value}
 * has no trailing zeros. Made from a person's input by {@link CheckInPolicy#validate}, which also enforces the text
 * and number limits.
 *
 * @param keyResultId the key result checked in on
 * @param value the key result's value on {@code date} in its own unit, as people read it (customers won so far,
 *     the current defect count); empty for a key result driven by Jira issues
 * @param confidence how sure the owner is of reaching the target, 1 (not at all) to 10 (certain)
 * @param progressNote what was achieved since the last check-in, in words (the number is {@code value}; a progress
 *     fraction is computed by the progress rules, never typed here)
 * @param problems what is in the way
 * @param solutions what is done about it
 * @param nextSteps what happens next
 * @param author who checked in
 * @param date the day the check-in speaks for
 * @param recordedAt when it was stored; orders check-ins of the same day
 */
public record CheckIn(KeyResultId keyResultId, Optional<BigDecimal> value, int confidence, String progressNote,
        String problems, String solutions, String nextSteps, UserRef author, LocalDate date, Instant recordedAt) {

    /** The lowest confidence. */
    public static final int MIN_CONFIDENCE = 1;
    /** The highest confidence. */
    public static final int MAX_CONFIDENCE = 10;

    /** Checks the invariants; a person's input goes through {@link CheckInPolicy#validate} first. */
    public CheckIn {
        Objects.requireNonNull(keyResultId, "keyResultId");
        value = Objects.requireNonNull(value, "value").map(Inputs::normalize);
        if (confidence < MIN_CONFIDENCE || confidence > MAX_CONFIDENCE) {
            throw new IllegalArgumentException("confidence must be 1 to 10: " + confidence);
        }
        Require.present("progressNote", progressNote, "problems", problems, "solutions", solutions,
                "nextSteps", nextSteps, "author", author, "date", date, "recordedAt", recordedAt);
    }
}
