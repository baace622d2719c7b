package dev.cascade.okr.bench;

import dev.cascade.okr.core.model.KeyResultId;
import dev.cascade.okr.core.model.NoDataReason;
import dev.cascade.okr.core.model.ObjectiveId;
import dev.cascade.okr.core.model.Progress;
import dev.cascade.okr.core.model.Weight;
import dev.cascade.okr.core.progress.NaiveRollup;
import dev.cascade.okr.core.progress.RollupNetwork;
import java.util.Random;

/**
 * A seeded company cascade of the size issue 3 names: 100,000 objectives in 7 levels (a chain of 6 alignments from
 * the deepest goals to the top), 4 key results each (400,000), one parent per goal and a second parent for one goal
 * in ten; one key result in twenty without data.
 */
final class GeneratedCascade {

    /** Goals per level, top first; they sum to 100,000. */
    static final int[] LEVEL_SIZES = {10, 90, 900, 4_000, 15_000, 30_000, 50_000};
    static final int KEY_RESULTS_PER_OBJECTIVE = 4;

    final int objectives;
    final int[] parent;
    final int[] secondParent;
    final double[] keyResultValues;
    final int deepestFirst;

    GeneratedCascade(long seed) {
        Random random = new Random(seed);
        int total = 0;
        for (int size : LEVEL_SIZES) {
            total += size;
        }
        objectives = total;
        parent = new int[total];
        secondParent = new int[total];
        keyResultValues = new double[total * KEY_RESULTS_PER_OBJECTIVE];
        int levelStart = 0;
        int previousStart = 0;
        for (int level = 0; level < LEVEL_SIZES.length; level++) {
            for (int i = levelStart; i < levelStart + LEVEL_SIZES[level]; i++) {
                parent[i] = level == 0 ? -1 : previousStart + random.nextInt(LEVEL_SIZES[level - 1]);
                secondParent[i] = level > 0 && random.nextInt(10) == 0
                        ? previousStart + random.nextInt(LEVEL_SIZES[level - 1]) : -1;
                if (secondParent[i] == parent[i]) {
                    secondParent[i] = -1;
                }
            }
            previousStart = levelStart;
            levelStart += LEVEL_SIZES[level];
        }
        deepestFirst = previousStart;
        for (int k = 0; k < keyResultValues.length; k++) {
            keyResultValues[k] = random.nextInt(20) == 0 ? Double.NaN : random.nextInt(1001) / 1000.0;
        }
    }

    /** The compact network, evaluated once. */
    RollupNetwork network() {
        RollupNetwork.Builder builder = RollupNetwork.builder();
        for (int i = 0; i < objectives; i++) {
            builder.objective(new ObjectiveId(i + 1), true);
        }
        Weight quarter = Weight.ofPercent(25);
        for (int k = 0; k < keyResultValues.length; k++) {
            double v = keyResultValues[k];
            builder.keyResult(new ObjectiveId(k / KEY_RESULTS_PER_OBJECTIVE + 1), new KeyResultId(k + 1), quarter,
                    Double.isNaN(v) ? Progress.noData(NoDataReason.EMPTY_EPIC) : Progress.of(v));
        }
        Weight half = Weight.ofPercent(50);
        for (int i = 0; i < objectives; i++) {
            if (parent[i] >= 0) {
                builder.alignment(new ObjectiveId(i + 1), new ObjectiveId(parent[i] + 1), half);
            }
            if (secondParent[i] >= 0) {
                builder.alignment(new ObjectiveId(i + 1), new ObjectiveId(secondParent[i] + 1), half);
            }
        }
        return builder.build().value();
    }

    /** The same cascade for the naive reference. */
    NaiveRollup naive() {
        NaiveRollup naive = new NaiveRollup();
        for (int i = 0; i < objectives; i++) {
            naive.objective(i + 1, true);
        }
        for (int k = 0; k < keyResultValues.length; k++) {
            naive.keyResult(k / KEY_RESULTS_PER_OBJECTIVE + 1, 0.25, keyResultValues[k]);
        }
        for (int i = 0; i < objectives; i++) {
            if (parent[i] >= 0) {
                naive.alignment(i + 1, parent[i] + 1, 0.5);
            }
            if (secondParent[i] >= 0) {
                naive.alignment(i + 1, secondParent[i] + 1, 0.5);
            }
        }
        return naive;
    }
}
