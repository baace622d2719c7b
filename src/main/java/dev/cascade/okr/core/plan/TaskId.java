package dev.cascade.okr.core.plan;

/**
 * The id of a stored task; always positive.
 *
 * @param value the database id
 */
public record TaskId(long value) implements PlanItemId {

    /** Rejects ids that no stored task can have. */
    public TaskId {
        if (value <= 0) {
            throw new IllegalArgumentException("task id must be positive: " + value);
        }
    }

    @Override
    public String ref() {
        return "task:" + value;
    }
}
