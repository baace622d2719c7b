package dev.cascade.okr.core.model;

import dev.cascade.okr.core.validation.WireCode;
import java.util.EnumSet;
import java.util.Set;

/**
 * Where a goal is in its life: draft, then confirmed by both sides, then active, then closed.
 *
 * <p>A confirmed goal may go back to draft (when an objection reopens it). Nothing leaves {@link #CLOSED} by an
 * ordinary move; only an application administrator reopens a closed goal, with a reason, back to {@link #ACTIVE}
 * (see {@code docs/goal-model.md}). A closed goal is frozen ({@link #isFrozen()}): its progress, key results and
 * fields no longer change, and the values it had at closing are what every view shows.
 */
public enum Lifecycle {
    /** Being written; weights may still be off (a warning). */
    DRAFT,
    /** Agreed by the owner and the manager; weights must sum to 100%. */
    CONFIRMED,
    /** Being worked on and tracked. */
    ACTIVE,
    /** The period is over; only appraisal remains. */
    CLOSED;

    /** The states this one may move to. */
    public Set<Lifecycle> next() {
        return switch (this) {
            case DRAFT -> EnumSet.of(CONFIRMED);
            case CONFIRMED -> EnumSet.of(ACTIVE, DRAFT);
            case ACTIVE -> EnumSet.of(CLOSED);
            case CLOSED -> EnumSet.noneOf(Lifecycle.class);
        };
    }

    /** The i18n key of the state's name, e.g. {@code cascade.lifecycle.draft}. */
    public String messageKey() {
        return "cascade.lifecycle." + WireCode.of(this);
    }

    /**
     * Whether a goal in this state is frozen: no recompute, check-in, override or edit changes it any more. Only
     * {@link #CLOSED} is.
     */
    public boolean isFrozen() {
        return this == CLOSED;
    }

    /** Whether the move to {@code target} is allowed. */
    public boolean canMoveTo(Lifecycle target) {
        return next().contains(target);
    }
}
