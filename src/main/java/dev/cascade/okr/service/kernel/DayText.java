package dev.cascade.okr.service.kernel;

import dev.cascade.okr.core.validation.Violation;
import dev.cascade.okr.core.validation.ViolationCode;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;

/** Reads the days people and scripts send, {@code YYYY-MM-DD}, reporting a bad one at its field. */
public final class DayText {

    private DayText() {
    }

    /**
     * The day the text names; empty when it is {@code null} or not a day, in which case
     * {@link ViolationCode#DATE_INVALID} naming {@code field} (with the text, shortened) is added to
     * {@code violations}.
     */
    public static Optional<LocalDate> parse(String text, String field, List<Violation> violations) {
        if (text == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.parse(text));
        } catch (DateTimeParseException e) {
            violations.add(Violation.of(ViolationCode.DATE_INVALID, field, Inputs.shorten(text)));
            return Optional.empty();
        }
    }
}
