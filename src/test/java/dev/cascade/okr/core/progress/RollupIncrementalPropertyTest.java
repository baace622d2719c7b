package dev.cascade.okr.core.progress;

import static dev.cascade.okr.core.progress.RandomRollups.bits;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.fail;

import dev.cascade.okr.core.model.KeyResultId;
import dev.cascade.okr.core.model.ObjectiveId;
import dev.cascade.okr.core.model.Progress;
import dev.cascade.okr.core.model.Weight;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.Test;

/**
 * Over thousands of random cascades (several parents per goal, goals that do and do not roll up, zero weights, key
 * results without data), a run of single key-result updates gives bit for bit what a full recompute gives, reports
 * exactly the objectives whose figures changed, and agrees with the naive reference.
 *
 * <p>Seeded, so a failure names the seed and the graph that reproduce it.
 */
public class RollupIncrementalPropertyTest {

    private static final int GRAPHS = 3_000;

    @Test
    public void shouldEqualFullRecomputeWhenKeyResultsChangeOneByOne() {
        for (int seed = 1; seed <= GRAPHS; seed++) {
            check(seed);
        }
    }

    private static void check(long seed) {
        Random random = new Random(seed);
        int objectives = 1 + random.nextInt(random.nextBoolean() ? 12 : 80);
        List<long[]> keyResults = new ArrayList<>();
        List<long[]> alignments = new ArrayList<>();
        boolean[] rollsUp = new boolean[objectives];
        List<Progress> values = new ArrayList<>();
        List<Integer> weights = new ArrayList<>();
        List<Integer> contributions = new ArrayList<>();
        for (int o = 0; o < objectives; o++) {
            rollsUp[o] = random.nextInt(4) != 0;
            int count = random.nextInt(5);
            for (int k = 0; k < count; k++) {
                keyResults.add(new long[] {o, keyResults.size()});
                values.add(RandomRollups.progress(random));
                weights.add(RandomRollups.weight(random));
            }
            // parents only among earlier goals keeps the graph acyclic; several parents make it a DAG, not a tree
            if (o > 0) {
                int parents = random.nextInt(4) == 0 ? 0 : 1 + random.nextInt(random.nextInt(5) == 0 ? 3 : 1);
                Set<Integer> chosen = new HashSet<>();
                for (int p = 0; p < parents; p++) {
                    int parent = Math.max(0, o - 1 - random.nextInt(Math.min(o, 6)));
                    if (chosen.add(parent)) {
                        alignments.add(new long[] {o, parent});
                        contributions.add(RandomRollups.weight(random));
                    }
                }
            }
        }
        RollupNetwork incremental = build(objectives, rollsUp, keyResults, values, weights, alignments, contributions);
        int updates = keyResults.isEmpty() ? 0 : 1 + random.nextInt(12);
        for (int u = 0; u < updates; u++) {
            int k = random.nextInt(keyResults.size());
            Progress next = RandomRollups.progress(random);
            List<Double> before = snapshot(incremental, objectives);
            List<Double> coverageBefore = coverage(incremental, objectives);
            values.set(k, next);
            List<ObjectiveId> changed = incremental.updateKeyResult(new KeyResultId(k + 1), next);

            RollupNetwork full = build(objectives, rollsUp, keyResults, values, weights, alignments, contributions);
            Set<ObjectiveId> reallyChanged = new HashSet<>();
            for (int o = 0; o < objectives; o++) {
                ObjectiveId id = new ObjectiveId(o + 1);
                String where = "seed " + seed + ", update " + u + ", objective " + (o + 1);
                assertEquals(where, bits(full.progress(id)), bits(incremental.progress(id)));
                assertEquals(where, Double.doubleToLongBits(full.coverage(id)),
                        Double.doubleToLongBits(incremental.coverage(id)));
                if (Double.doubleToLongBits(before.get(o)) != bits(full.progress(id))
                        || Double.doubleToLongBits(coverageBefore.get(o))
                                != Double.doubleToLongBits(full.coverage(id))) {
                    reallyChanged.add(id);
                }
            }
            if (!reallyChanged.equals(new HashSet<>(changed)) || changed.size() != reallyChanged.size()) {
                fail("seed " + seed + ", update " + u + ": reported " + changed + " but changed " + reallyChanged);
            }
            NaiveRollup naive = naive(objectives, rollsUp, keyResults, values, weights, alignments, contributions);
            for (int o = 0; o < objectives; o++) {
                double expected = naive.progress(o + 1);
                double actual = Double.longBitsToDouble(bits(full.progress(new ObjectiveId(o + 1))));
                assertEquals("seed " + seed + " naive, objective " + (o + 1), expected, actual, 1e-12);
            }
        }
    }

    private static RollupNetwork build(int objectives, boolean[] rollsUp, List<long[]> keyResults,
            List<Progress> values, List<Integer> weights, List<long[]> alignments, List<Integer> contributions) {
        RollupNetwork.Builder builder = RollupNetwork.builder();
        for (int o = 0; o < objectives; o++) {
            builder.objective(new ObjectiveId(o + 1), rollsUp[o]);
        }
        for (int k = 0; k < keyResults.size(); k++) {
            builder.keyResult(new ObjectiveId(keyResults.get(k)[0] + 1), new KeyResultId(k + 1),
                    new Weight(weights.get(k)), values.get(k));
        }
        for (int a = 0; a < alignments.size(); a++) {
            builder.alignment(new ObjectiveId(alignments.get(a)[0] + 1), new ObjectiveId(alignments.get(a)[1] + 1),
                    new Weight(contributions.get(a)));
        }
        return builder.build().value();
    }

    private static NaiveRollup naive(int objectives, boolean[] rollsUp, List<long[]> keyResults,
            List<Progress> values, List<Integer> weights, List<long[]> alignments, List<Integer> contributions) {
        NaiveRollup naive = new NaiveRollup();
        for (int o = 0; o < objectives; o++) {
            naive.objective(o + 1, rollsUp[o]);
        }
        for (int k = 0; k < keyResults.size(); k++) {
            Progress p = values.get(k);
            naive.keyResult(keyResults.get(k)[0] + 1, weights.get(k) / 10_000.0,
                    p.hasData() ? p.fraction() : Double.NaN);
        }
        for (int a = 0; a < alignments.size(); a++) {
            naive.alignment(alignments.get(a)[0] + 1, alignments.get(a)[1] + 1, contributions.get(a) / 10_000.0);
        }
        return naive;
    }

    private static List<Double> snapshot(RollupNetwork network, int objectives) {
        List<Double> values = new ArrayList<>();
        for (int o = 0; o < objectives; o++) {
            values.add(Double.longBitsToDouble(bits(network.progress(new ObjectiveId(o + 1)))));
        }
        return values;
    }

    private static List<Double> coverage(RollupNetwork network, int objectives) {
        List<Double> values = new ArrayList<>();
        for (int o = 0; o < objectives; o++) {
            values.add(network.coverage(new ObjectiveId(o + 1)));
        }
        return values;
    }
}
