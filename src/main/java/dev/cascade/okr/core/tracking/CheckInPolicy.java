package dev.cascade.okr.core.tracking;

import dev.cascade.okr.core.model.Period;
import dev.cascade.okr.core.validation.Require;
import dev.cascade.okr.core.validation.Validated;
import dev.cascade.okr.core.validation.Violation;
import dev.cascade.okr.core.validation.ViolationCode;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The rules a submitted check-in must meet before it becomes a {@link CheckIn}.
 *
 * <p>Fields named in violations: {@code value}, {@code confidence}, {@code progressNote}, {@code problems},
 * {@code solutions}, {@code nextSteps}, {@code date}. The date may lie up to {@link #DAYS_ALLOWED_AFTER_END} days after
 * the goal period ends, because final figures (a quarter's books) usually arrive a little after the period closes.
 */
public final class CheckInPolicy {

    /** Longest text of each of progress note, problems, solutions and next steps, in characters. */
    public static final int MAX_TEXT = 4000;
    /** How many days after the goal period's last day a check-in may still be dated. */
    public static final int DAYS_ALLOWED_AFTER_END = 14;

    /**
     * The check-in, or every violation of the draft: a value when {@code valueRequired} (at most 10^15 in size, at
     * most 6 decimals; negative values are fine), a confidence from 1 to 10, texts of at most {@link #MAX_TEXT}
     * characters without control characters other than line feed and tab, and a date not after {@code today} and
     * from the goal period's first day to {@link #DAYS_ALLOWED_AFTER_END} days after its last.
     *
     * @param valueRequired {@code true} for a measured key result; {@code false} for one driven by Jira issues, where
     *     a value may still be given
     * @param today the current day in the user's time zone
     * @param recordedAt when the check-in is stored
     */
    public Validated<CheckIn> validate(CheckInDraft draft, Period goalPeriod, boolean valueRequired, LocalDate today,
            Instant recordedAt) {
        Objects.requireNonNull(draft.keyResultId(), "keyResultId");
        Objects.requireNonNull(draft.author(), "author");
        Require.present("goalPeriod", goalPeriod, "today", today, "recordedAt", recordedAt);
        List<Violation> violations = new ArrayList<>();
        BigDecimal value = draft.value();
        if (value == null) {
            if (valueRequired) {
                violations.add(Violation.of(ViolationCode.CHECKIN_VALUE_REQUIRED, "value"));
            }
        } else {
            Inputs.checkAmount(value, "value", violations);
        }
        Integer confidence = draft.confidence();
        if (confidence == null) {
            violations.add(Violation.of(ViolationCode.CHECKIN_CONFIDENCE_REQUIRED, "confidence"));
        } else if (confidence < CheckIn.MIN_CONFIDENCE || confidence > CheckIn.MAX_CONFIDENCE) {
            violations.add(Violation.of(ViolationCode.CHECKIN_CONFIDENCE_OUT_OF_RANGE, "confidence",
                    String.valueOf(CheckIn.MIN_CONFIDENCE), String.valueOf(CheckIn.MAX_CONFIDENCE)));
        }
        String progressNote = Inputs.checkText(draft.progressNote(), "progressNote", MAX_TEXT, violations);
        String problems = Inputs.checkText(draft.problems(), "problems", MAX_TEXT, violations);
        String solutions = Inputs.checkText(draft.solutions(), "solutions", MAX_TEXT, violations);
        String nextSteps = Inputs.checkText(draft.nextSteps(), "nextSteps", MAX_TEXT, violations);
        checkDate(draft.date(), goalPeriod, today, violations);
        if (!violations.isEmpty()) {
            return Validated.invalid(violations);
        }
        return Validated.valid(new CheckIn(draft.keyResultId(), Optional.ofNullable(value), confidence, progressNote,
                problems, solutions, nextSteps, draft.author(), draft.date(), recordedAt));
    }

    /** The last day a check-in on a goal of this period may be dated. */
    public static LocalDate lastAllowedDate(Period goalPeriod) {
        return goalPeriod.end().plusDays(DAYS_ALLOWED_AFTER_END);
    }

    private static void checkDate(LocalDate date, Period goalPeriod, LocalDate today, List<Violation> violations) {
        if (date == null) {
            violations.add(Violation.of(ViolationCode.CHECKIN_DATE_REQUIRED, "date"));
        } else if (date.isAfter(today)) {
            violations.add(Violation.of(ViolationCode.CHECKIN_DATE_IN_FUTURE, "date", today.toString()));
        } else if (date.isBefore(goalPeriod.start()) || date.isAfter(lastAllowedDate(goalPeriod))) {
            violations.add(Violation.of(ViolationCode.CHECKIN_DATE_OUTSIDE_PERIOD, "date",
                    goalPeriod.start().toString(), lastAllowedDate(goalPeriod).toString()));
        }
    }
}
