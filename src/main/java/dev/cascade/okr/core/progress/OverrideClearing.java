package dev.cascade.okr.core.progress;

import dev.cascade.okr.core.model.UserRef;
import dev.cascade.okr.core.validation.Require;
import java.time.Instant;

/**
 * The last time a person cleared a key result's manual progress, and why: kept with the key result so that the return
 * to the computed value is as traceable as the override was.
 *
 * <p>Invariants: every field present; the reason is not blank and at most {@value ManualOverride#MAX_REASON}
 * characters (checked for people's input by {@code ClosedGoalRule.checkReason}).
 *
 * @param by who cleared it
 * @param at when
 * @param reason why the computed value applies again
 */
public record OverrideClearing(UserRef by, Instant at, String reason) {

    /** Checks the invariants. */
    public OverrideClearing {
        Require.present("by", by, "at", at, "reason", reason);
        if (reason.isBlank() || reason.length() > ManualOverride.MAX_REASON) {
            throw new IllegalArgumentException("reason must be 1 to " + ManualOverride.MAX_REASON + " characters");
        }
    }
}
