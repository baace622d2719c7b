package dev.cascade.okr.core.model;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import org.junit.Test;
import org.junit.function.ThrowingRunnable;
import org.junit.runner.RunWith;
import org.junit.runners.Parameterized;
import org.junit.runners.Parameterized.Parameters;

/** Measures that cannot exist are refused by their constructors (people's input is checked before, by a policy). */
@RunWith(Parameterized.class)
public class MeasureInvariantsTest {

    private static final List<WorkLink> EPIC = List.of(new WorkLink.Epic("CASC-1"));

    @Parameters(name = "{0}")
    public static Collection<Object[]> cases() {
        return Arrays.asList(new Object[][] {
            {"increase with target below start", (ThrowingRunnable) () -> metric(Direction.INCREASE, "10",
                new TargetTiers(null, bd("5"), null))},
            {"decrease with target above start", (ThrowingRunnable) () -> metric(Direction.DECREASE, "10",
                new TargetTiers(null, bd("15"), null))},
            {"increase with floor above target", (ThrowingRunnable) () -> metric(Direction.INCREASE, "0",
                new TargetTiers(bd("11"), bd("10"), null))},
            {"decrease with stretch above target", (ThrowingRunnable) () -> metric(Direction.DECREASE, "20",
                new TargetTiers(null, bd("10"), bd("11")))},
            {"tiers without target", (ThrowingRunnable) () -> new TargetTiers(bd("1"), null, null)},
            {"band upside down", (ThrowingRunnable) () -> new BandMeasure(bd("2"), bd("1"), "")},
            {"weight above 1", (ThrowingRunnable) () -> new StatusWeights(0, 0.5, 1.1)},
            {"weight NaN", (ThrowingRunnable) () -> new StatusWeights(Double.NaN, 0.5, 1)},
            {"weights decreasing", (ThrowingRunnable) () -> new StatusWeights(0.6, 0.5, 1)},
            {"Done weight 0", (ThrowingRunnable) () -> new StatusWeights(0, 0, 0)},
            {"numeric field without field", (ThrowingRunnable) () -> new IssueMeasure(ProgressBasis.NUMERIC_FIELD,
                StatusWeights.defaults(), " ", TargetTiers.of(BigDecimal.TEN), EPIC)},
            {"numeric field without tiers", (ThrowingRunnable) () -> new IssueMeasure(ProgressBasis.NUMERIC_FIELD,
                StatusWeights.defaults(), "customfield_1", null, EPIC)},
            {"numeric field towards 0", (ThrowingRunnable) () -> new IssueMeasure(ProgressBasis.NUMERIC_FIELD,
                StatusWeights.defaults(), "customfield_1", TargetTiers.of(BigDecimal.ZERO), EPIC)},
            {"null link", (ThrowingRunnable) () -> IssueMeasure.of(ProgressBasis.ISSUE_COUNT_DONE,
                Arrays.asList((WorkLink) null))},
        });
    }

    private static BigDecimal bd(String value) {
        return new BigDecimal(value);
    }

    private static MetricMeasure metric(Direction direction, String start, TargetTiers tiers) {
        return new MetricMeasure(direction, bd(start), tiers, "");
    }

    private final ThrowingRunnable construction;

    public MeasureInvariantsTest(String name, ThrowingRunnable construction) {
        this.construction = construction;
    }

    @Test
    public void shouldRefuseWhenTheMeasureCannotExist() {
        Throwable thrown = assertThrows(RuntimeException.class, construction);

        assertEquals(true, thrown instanceof IllegalArgumentException || thrown instanceof NullPointerException);
    }
}
