package dev.cascade.okr.service.kernel;

import dev.cascade.okr.core.model.Progress;
import dev.cascade.okr.core.port.GoalStore.StoredObjective;
import java.util.List;
import java.util.Objects;

/**
 * One goal of a cascade tree as a caller may see it: the goal, its rolled-up progress and coverage (computed by core's
 * {@code RollupNetwork} over the goals of the tree), and the visible goals aligned below it.
 *
 * @param goal the stored goal
 * @param progress its rolled-up progress
 * @param coverage the share of its input weight that had data, 0 to 1
 * @param children the visible goals aligned to it, in the order found
 */
public record GoalTree(StoredObjective goal, Progress progress, double coverage, List<GoalTree> children) {

    /** Checks presence and copies the children. */
    public GoalTree {
        Objects.requireNonNull(goal, "goal");
        Objects.requireNonNull(progress, "progress");
        children = List.copyOf(children);
    }
}
