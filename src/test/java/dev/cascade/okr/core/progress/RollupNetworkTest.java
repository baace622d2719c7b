package dev.cascade.okr.core.progress;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;

import dev.cascade.okr.core.TableCase;
import dev.cascade.okr.core.model.KeyResultId;
import dev.cascade.okr.core.model.NoDataReason;
import dev.cascade.okr.core.model.ObjectiveId;
import dev.cascade.okr.core.model.Progress;
import dev.cascade.okr.core.model.Weight;
import java.util.Arrays;
import java.util.Collection;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.junit.runners.Parameterized;
import org.junit.runners.Parameterized.Parameters;

/** One objective's roll-up of its key results, case by case: weights, zero weights, missing data. */
@RunWith(Parameterized.class)
public class RollupNetworkTest extends TableCase<RollupNetworkTest.KeyResults, RollupNetworkTest.Rollup> {

    private static final double NO_DATA = Double.NaN;

    @Parameters(name = "{0}")
    public static Collection<Object[]> cases() {
        return Arrays.asList(new Object[][] {
            // name, weights (per-cent), values (NaN = no data), expected progress (NaN = no data), expected coverage
            {"equal weights", new int[] {50, 50}, new double[] {0.2, 0.6}, 0.4, 1.0},
            {"70/30", new int[] {70, 30}, new double[] {1.0, 0.0}, 0.7, 1.0},
            {"one key result", new int[] {100}, new double[] {0.33}, 0.33, 1.0},
            {"weights off 100 are normalised", new int[] {60, 60}, new double[] {1.0, 0.5}, 0.75, 1.0},
            {"no data is left out, not 0", new int[] {50, 50}, new double[] {0.8, NO_DATA}, 0.8, 0.5},
            {"coverage follows weight", new int[] {25, 75}, new double[] {NO_DATA, 0.4}, 0.4, 0.75},
            {"nothing has data", new int[] {50, 50}, new double[] {NO_DATA, NO_DATA}, NO_DATA, 0.0},
            {"a zero weight does not count", new int[] {0, 100}, new double[] {1.0, 0.2}, 0.2, 1.0},
            {"all zero weights count equally", new int[] {0, 0}, new double[] {1.0, 0.2}, 0.6, 1.0},
            {"all zero weights, one with data", new int[] {0, 0}, new double[] {0.9, NO_DATA}, 0.9, 0.5},
            {"zero-weight with data, weighted without", new int[] {0, 100}, new double[] {0.9, NO_DATA}, 0.9, 0.0},
            {"no key results", new int[] {}, new double[] {}, NO_DATA, 0.0},
            {"all done", new int[] {40, 60}, new double[] {1.0, 1.0}, 1.0, 1.0},
            {"thirds", new int[] {3333, 3333, 3334}, new double[] {0.0, 0.5, 1.0}, 0.50005, 1.0},
        });
    }

    public RollupNetworkTest(String name, int[] weights, double[] values, double expected, double expectedCoverage) {
        super(new KeyResults(weights, values), new Rollup(expected, expectedCoverage));
    }

    @Test
    public void shouldBeWeightedMeanOfKeyResultsWithDataWhenRolledUp() {
        ObjectiveId objective = new ObjectiveId(1);
        RollupNetwork.Builder builder = RollupNetwork.builder().objective(objective, false);
        int[] weights = given.weights();
        double[] values = given.values();
        for (int k = 0; k < weights.length; k++) {
            Weight weight = weights[k] > 100 ? new Weight(weights[k]) : Weight.ofPercent(weights[k]);
            builder.keyResult(objective, new KeyResultId(k + 1), weight,
                    Double.isNaN(values[k]) ? Progress.noData(NoDataReason.EMPTY_EPIC) : Progress.of(values[k]));
        }
        RollupNetwork network = builder.build().value();

        Progress progress = network.progress(objective);
        if (Double.isNaN(expected.progress())) {
            assertFalse(progress.hasData());
            assertEquals(NoDataReason.NOTHING_TO_ROLL_UP, progress.reason());
        } else {
            assertEquals(expected.progress(), progress.fraction(), 1e-12);
        }
        assertEquals(expected.coverage(), network.coverage(objective), 1e-12);
    }

    /** The weights (per-cent, or basis points above 100) and progress of the key results, NaN for no data. */
    record KeyResults(int[] weights, double[] values) {
    }

    /** The rolled-up progress (NaN for none) and the share of the weight that has data. */
    record Rollup(double progress, double coverage) {
    }
}
