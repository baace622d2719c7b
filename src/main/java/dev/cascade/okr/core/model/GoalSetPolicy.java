package dev.cascade.okr.core.model;

import dev.cascade.okr.core.validation.Violation;
import dev.cascade.okr.core.validation.ViolationCode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A person's set of goals of one period (员工个人绩效目标表: weight and type per goal) shares out 100%: the weights of
 * the goals with the same owner and exactly the same period, counting only goals that carry a weight, must sum to
 * exactly 100%.
 *
 * <p>As {@link WeightPolicy} does for key results: while the goal being written is a draft, an off sum is a warning;
 * from confirmation on (confirmed, active, closed) it is an error, so a goal with a weight cannot be confirmed, nor a
 * confirmed goal's weight changed, unless the set sums to 100%. Rebalancing a confirmed set means moving a goal back
 * to draft first (a confirmed goal may go back to draft). A goal without a weight is outside every set and passes.
 */
public final class GoalSetPolicy {

    private final WeightPolicy weights = new WeightPolicy();

    /**
     * The finding for {@code goal} as it would be stored among {@code others}: {@code goal-weights.not-100} at
     * {@code weight} with the sum and the period's bounds, or nothing.
     *
     * @param goal the goal as it would be after the write (its lifecycle decides warning or error)
     * @param others other goals of the owner; the stored copy of {@code goal} itself, goals of other owners or periods
     *     and goals without a weight are ignored
     */
    public List<Violation> check(Objective goal, List<Objective> others) {
        if (goal.weight().isEmpty()) {
            return List.of();
        }
        Map<ObjectiveId, Weight> set = new LinkedHashMap<>();
        for (Objective other : others) {
            if (!other.id().equals(goal.id()) && other.owner().equals(goal.owner())
                    && other.period().start().equals(goal.period().start())
                    && other.period().end().equals(goal.period().end()) && other.weight().isPresent()) {
                set.put(other.id(), other.weight().get());
            }
        }
        set.put(goal.id(), goal.weight().get());
        List<Violation> found = new ArrayList<>();
        for (Violation v : weights.checkSum(new ArrayList<>(set.values()), goal.lifecycle(), "weight")) {
            List<String> args = List.of(v.args().get(0), goal.period().start().toString(),
                    goal.period().end().toString());
            found.add(new Violation(ViolationCode.GOAL_WEIGHTS_NOT_100, "weight", args, v.severity()));
        }
        return List.copyOf(found);
    }
}
