package dev.cascade.okr.core.tracking;

import dev.cascade.okr.core.model.KeyResultId;
import dev.cascade.okr.core.model.UserRef;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A check-in as a person submitted it, not yet checked: any field a person fills in may be {@code null}.
 *
 * @param keyResultId the key result, from the request path
 * @param value the reported value, or {@code null}
 * @param confidence 1 to 10, or {@code null}
 * @param progressNote what was achieved, or {@code null}
 * @param problems what is in the way, or {@code null}
 * @param solutions what is done about it, or {@code null}
 * @param nextSteps what happens next, or {@code null}
 * @param author the signed-in user
 * @param date the day the check-in speaks for, or {@code null}
 */
public record CheckInDraft(KeyResultId keyResultId, BigDecimal value, Integer confidence, String progressNote,
        String problems, String solutions, String nextSteps, UserRef author, LocalDate date) {
}
