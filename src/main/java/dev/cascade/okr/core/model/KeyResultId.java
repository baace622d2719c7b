package dev.cascade.okr.core.model;

import dev.cascade.okr.core.validation.Require;

/**
 * The id of a stored key result; always positive.
 *
 * @param value the database id
 */
public record KeyResultId(long value) {

    /** Rejects ids that no stored key result can have. */
    public KeyResultId {
        Require.positive("key result id", value);
    }
}
