package dev.cascade.okr.core.appraisal;

import dev.cascade.okr.core.model.UserRef;
import java.time.Instant;
import java.util.Objects;

/**
 * Who took a step, and when.
 *
 * @param by the person
 * @param at the instant, from the caller's clock
 */
public record Stamp(UserRef by, Instant at) {

    /** Checks both are present. */
    public Stamp {
        Objects.requireNonNull(by, "by");
        Objects.requireNonNull(at, "at");
    }
}
