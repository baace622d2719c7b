package dev.cascade.okr.service.kernel;

import dev.cascade.okr.core.model.Progress;
import dev.cascade.okr.core.model.Weight;
import dev.cascade.okr.core.port.GoalStore.StoredObjective;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One goal of a cascade tree as a caller may see it: the goal, its rolled-up progress and coverage (computed by core's
 * {@code RollupNetwork} over the goals of the tree), and the visible goals aligned below it.
 *
 * @param goal the stored goal
 * @param progress its rolled-up progress
 * @param coverage the share of its input weight that had data, 0 to 1
 * @param children the visible goals aligned to it, in the order found
 * @param contribution the weight of its contribution to the goal above it in this tree; {@code null} at the root
 */
public record GoalTree(StoredObjective goal, Progress progress, double coverage, List<GoalTree> children,
        Weight contribution) {

    /** Checks presence and copies the children. */
    public GoalTree {
        Objects.requireNonNull(goal, "goal");
        Objects.requireNonNull(progress, "progress");
        children = List.copyOf(children);
    }

    /** A tree's root, which contributes to nothing above it. */
    public GoalTree(StoredObjective goal, Progress progress, double coverage, List<GoalTree> children) {
        this(goal, progress, coverage, children, null);
    }

    /** The weight of its contribution to the goal above it in this tree; empty at the root. */
    public Optional<Weight> contributionToParent() {
        return Optional.ofNullable(contribution);
    }
}
