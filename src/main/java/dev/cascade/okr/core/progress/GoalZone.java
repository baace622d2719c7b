package dev.cascade.okr.core.progress;

import dev.cascade.okr.core.model.Weight;
import dev.cascade.okr.core.validation.Require;
import java.util.List;

/**
 * The zone of a goal from the zones of its key results: the rule, the only one in the product.
 *
 * <p>A goal has reached a tier when every key result that counts has reached it: its zone is the <b>lowest</b> zone
 * among its key results with data (a goal is at target when each key result is at least at target, at stretch only
 * when each is at stretch). Which key results count follows the roll-up ({@link RollupNetwork}): key results without
 * data ({@link Zone#NONE}) are left out, never counted as below the floor, and key results of weight 0 are left out
 * unless every key result with data weighs 0. With no key result with data, the goal's zone is {@link Zone#NONE}.
 * Aligned child goals do not count: a goal's tiers are those of its own key results.
 *
 * <p>Why the lowest and not a weighted mean: tiers are thresholds, not quantities; averaging a key result at stretch
 * with one below its floor would report a floor that nobody reached. The weighted progress already shows how far the
 * goal has come as a whole.
 */
public final class GoalZone {

    private GoalZone() {
    }

    /**
     * One key result's weight and zone.
     *
     * @param weight its weight in the goal
     * @param zone the tier it has reached
     */
    public record Input(Weight weight, Zone zone) {

        /** Checks presence. */
        public Input {
            Require.present("weight", weight, "zone", zone);
        }
    }

    /** The goal's zone from its key results' weights and zones (any order). */
    public static Zone of(List<Input> keyResults) {
        boolean anyWeighted = keyResults.stream()
                .anyMatch(k -> k.zone() != Zone.NONE && k.weight().basisPoints() > 0);
        Zone lowest = null;
        for (Input keyResult : keyResults) {
            if (keyResult.zone() == Zone.NONE || anyWeighted && keyResult.weight().basisPoints() == 0) {
                continue;
            }
            lowest = lowest == null ? keyResult.zone() : Zone.lower(lowest, keyResult.zone());
        }
        return lowest == null ? Zone.NONE : lowest;
    }
}
