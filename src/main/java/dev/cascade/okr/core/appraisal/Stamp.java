package dev.cascade.okr.core.appraisal;

import dev.cascade.okr.core.model.UserRef;
import dev.cascade.okr.core.validation.Require;
import java.time.Instant;

/**
 * Who took a step, and when.
 *
 * @param by the person
 * @param at the instant, from the caller's clock
 */
public record Stamp(UserRef by, Instant at) {

    /** Checks both are present. */
    public Stamp {
        Require.present("by", by, "at", at);
    }
}
