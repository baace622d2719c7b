package dev.cascade.okr.rest.tracking;

import dev.cascade.okr.core.model.KeyResultId;
import dev.cascade.okr.core.tracking.CheckInDraft;
import dev.cascade.okr.core.validation.Violation;
import dev.cascade.okr.service.kernel.DayText;
import dev.cascade.okr.service.kernel.Outcome;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The body of {@code POST /key-results/{id}/check-ins}; the author is the caller and the recording time now.
 *
 * @param value the current value in the key result's unit; required unless the key result is driven by Jira issues
 * @param confidence 1 to 10
 * @param progressNote optional
 * @param problems optional
 * @param solutions optional
 * @param nextSteps optional
 * @param date the day the check-in speaks for, {@code YYYY-MM-DD}
 */
public record CheckInInputDto(BigDecimal value, Integer confidence, String progressNote, String problems,
        String solutions, String nextSteps, String date) {

    /** The draft for core, or {@code date.invalid} at {@code date} for a date that is not {@code YYYY-MM-DD}. */
    Outcome<CheckInDraft> toDraft(KeyResultId keyResultId) {
        List<Violation> violations = new ArrayList<>();
        LocalDate day = DayText.parse(date, "date", violations).orElse(null);
        if (!violations.isEmpty()) {
            return Outcome.failure(Outcome.Failure.INVALID, violations);
        }
        // No author here: the service makes the caller the author.
        return Outcome.success(new CheckInDraft(keyResultId, value, confidence, progressNote, problems, solutions,
                nextSteps, null, day));
    }
}
