package dev.cascade.okr.core.progress;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The roll-up rule written the obvious way, straight from its definition: each objective asks its inputs, recursively,
 * with no memory and no ordering tricks. Slow on purpose; the reference that {@link RollupNetwork} is checked and
 * benchmarked against.
 */
public final class NaiveRollup {

    private final Map<Long, Goal> goals = new HashMap<>();

    /** One objective with its inputs. */
    private static final class Goal {
        final boolean rollsUp;
        final List<double[]> keyResults = new ArrayList<>();
        final List<Long> children = new ArrayList<>();
        final List<Double> childWeights = new ArrayList<>();

        Goal(boolean rollsUp) {
            this.rollsUp = rollsUp;
        }
    }

    /** Adds an objective. */
    public void objective(long id, boolean rollsUp) {
        goals.put(id, new Goal(rollsUp));
    }

    /** Adds a key result: weight as a fraction, value in [0, 1] or NaN for no data. */
    public void keyResult(long objective, double weight, double value) {
        goals.get(objective).keyResults.add(new double[] {weight, value});
    }

    /** Adds an alignment. */
    public void alignment(long child, long parent, double weight) {
        goals.get(parent).children.add(child);
        goals.get(parent).childWeights.add(weight);
    }

    /** Changes the value of the key result at this position of its objective. */
    public void setKeyResult(long objective, int position, double value) {
        goals.get(objective).keyResults.get(position)[1] = value;
    }

    /** The progress of one objective, NaN for no data, computed from scratch. */
    public double progress(long id) {
        Goal goal = goals.get(id);
        double weightWithData = 0;
        double weighted = 0;
        double plain = 0;
        double totalWeight = 0;
        int inputs = 0;
        int withData = 0;
        List<double[]> all = new ArrayList<>(goal.keyResults);
        if (goal.rollsUp) {
            for (int c = 0; c < goal.children.size(); c++) {
                all.add(new double[] {goal.childWeights.get(c), progress(goal.children.get(c))});
            }
        }
        for (double[] input : all) {
            totalWeight += input[0];
            inputs++;
            if (!Double.isNaN(input[1])) {
                weightWithData += input[0];
                weighted += input[0] * input[1];
                plain += input[1];
                withData++;
            }
        }
        if (withData == 0) {
            return Double.NaN;
        }
        double mean = weightWithData > 0 ? weighted / weightWithData : plain / withData;
        return Math.max(0.0, Math.min(1.0, mean));
    }

    /** Every objective's progress, computed from scratch. */
    public Map<Long, Double> progressOfAll() {
        Map<Long, Double> all = new HashMap<>();
        for (Long id : goals.keySet()) {
            all.put(id, progress(id));
        }
        return all;
    }
}
