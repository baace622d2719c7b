package dev.cascade.okr.core.plan;

import dev.cascade.okr.core.validation.Require;

/**
 * The id of a stored task; always positive.
 *
 * @param value the database id
 */
public record TaskId(long value) implements PlanItemId {

    /** Rejects ids that no stored task can have. */
    public TaskId {
        Require.positive("task id", value);
    }
}
