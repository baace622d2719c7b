package dev.cascade.okr.core.model;

import dev.cascade.okr.core.validation.Require;
import java.time.Instant;

/**
 * The last time an administrator reopened a closed goal, and why; kept on the goal so that a reopened goal says so.
 *
 * <p>Invariants: every field present; the reason is not blank and at most {@value #MAX_REASON} characters.
 *
 * @param at when it was reopened
 * @param by the administrator who reopened it
 * @param reason why
 */
public record Reopening(Instant at, UserRef by, String reason) {

    /** The longest reason, in characters. */
    public static final int MAX_REASON = 1000;

    /** Checks the invariants. */
    public Reopening {
        Require.present("at", at, "by", by, "reason", reason);
        if (reason.isBlank() || reason.length() > MAX_REASON) {
            throw new IllegalArgumentException("reopening reason must be 1 to " + MAX_REASON + " characters");
        }
    }
}
