package dev.cascade.okr.core.model;

/**
 * The id of a stored key result; always positive.
 *
 * @param value the database id
 */
public record KeyResultId(long value) {

    /** Rejects ids that no stored key result can have. */
    public KeyResultId {
        if (value <= 0) {
            throw new IllegalArgumentException("key result id must be positive: " + value);
        }
    }
}
