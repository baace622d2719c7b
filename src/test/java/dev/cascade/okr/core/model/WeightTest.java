package dev.cascade.okr.core.model;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Collection;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.junit.runners.Parameterized;
import org.junit.runners.Parameterized.Parameters;

/** Which per-cent figures are weights, and how they are held exactly. */
@RunWith(Parameterized.class)
public class WeightTest {

    @Parameters(name = "{0}% -> {1}")
    public static Collection<Object[]> cases() {
        return Arrays.asList(new Object[][] {
            {"0", 0}, {"100", 10_000}, {"33.33", 3_333}, {"12.5", 1_250}, {"12.50", 1_250}, {"0.01", 1},
            {"100.00", 10_000}, {"70", 7_000},
            {"-1", null}, {"100.01", null}, {"12.345", null}, {"1E+3", null}, {"-0.01", null},
        });
    }

    private final BigDecimal percent;
    private final Integer basisPoints;

    public WeightTest(String percent, Integer basisPoints) {
        this.percent = new BigDecimal(percent);
        this.basisPoints = basisPoints;
    }

    @Test
    public void shouldHoldHundredthsOfPercentExactlyWhenValid() {
        Weight weight = Weight.ofPercentOrNull(percent);

        if (basisPoints == null) {
            assertNull(weight);
        } else {
            assertEquals(basisPoints.intValue(), weight.basisPoints());
            assertEquals(basisPoints / 10_000.0, weight.fraction(), 0.0);
            assertEquals(0, weight.percent().compareTo(percent));
        }
    }
}
