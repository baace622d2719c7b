package dev.cascade.okr.core.plan;

/**
 * The id of a stored initiative; always positive.
 *
 * @param value the database id
 */
public record InitiativeId(long value) implements PlanItemId {

    /** Rejects ids that no stored initiative can have. */
    public InitiativeId {
        if (value <= 0) {
            throw new IllegalArgumentException("initiative id must be positive: " + value);
        }
    }

    @Override
    public String ref() {
        return "initiative:" + value;
    }
}
