package dev.cascade.okr.core.plan;

import dev.cascade.okr.core.validation.WireCode;

/** How far the work of an initiative or a task has got; only {@link #DONE} stops it from being overdue. */
public enum PlanItemStatus {
    /** Nothing has started yet; the default for a new item. */
    NOT_STARTED,
    /** Work is under way. */
    IN_PROGRESS,
    /** The work is finished. */
    DONE;

    /** The i18n key of the name people read, e.g. {@code cascade.plan.status.in-progress}. */
    public String messageKey() {
        return "cascade.plan.status." + WireCode.of(this);
    }
}
