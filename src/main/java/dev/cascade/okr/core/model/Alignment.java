package dev.cascade.okr.core.model;

import dev.cascade.okr.core.validation.Require;

/**
 * A goal supporting a parent goal (对齐 / 承接), with the weight of its contribution to the parent's roll-up.
 *
 * <p>Invariant: child and parent differ. A goal may support several parents, each with its own weight.
 *
 * @param child the supporting goal
 * @param parent the supported goal
 * @param contribution how much the child counts in the parent's progress, on the same per-cent scale as the
 *     parent's key-result weights
 */
public record Alignment(ObjectiveId child, ObjectiveId parent, Weight contribution) {

    /** Checks the invariant. */
    public Alignment {
        Require.present("child", child, "parent", parent, "contribution", contribution);
        if (child.equals(parent)) {
            throw new IllegalArgumentException("a goal cannot align to itself: " + child);
        }
    }
}
