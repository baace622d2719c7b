package dev.cascade.okr.core.model;

/**
 * The id of a stored objective; always positive.
 *
 * @param value the database id
 */
public record ObjectiveId(long value) {

    /** Rejects ids that no stored objective can have. */
    public ObjectiveId {
        if (value <= 0) {
            throw new IllegalArgumentException("objective id must be positive: " + value);
        }
    }
}
