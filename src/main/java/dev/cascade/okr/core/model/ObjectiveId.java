package dev.cascade.okr.core.model;

import dev.cascade.okr.core.validation.Require;

/**
 * The id of a stored objective; always positive.
 *
 * @param value the database id
 */
public record ObjectiveId(long value) {

    /** Rejects ids that no stored objective can have. */
    public ObjectiveId {
        Require.positive("objective id", value);
    }
}
