package dev.cascade.okr.core.plan;

import dev.cascade.okr.core.validation.Require;

/**
 * The id of a stored initiative; always positive.
 *
 * @param value the database id
 */
public record InitiativeId(long value) implements PlanItemId {

    /** Rejects ids that no stored initiative can have. */
    public InitiativeId {
        Require.positive("initiative id", value);
    }
}
