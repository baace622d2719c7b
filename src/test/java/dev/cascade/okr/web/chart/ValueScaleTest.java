package dev.cascade.okr.web.chart;

import static org.junit.Assert.assertEquals;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.junit.runners.Parameterized;
import org.junit.runners.Parameterized.Parameters;

/** The value axis: round steps, 0 always on it, exact decimals, and a usable axis when every value is the same. */
@RunWith(Parameterized.class)
public class ValueScaleTest {

    @Parameters(name = "{0} to {1}")
    public static Collection<Object[]> cases() {
        return Arrays.asList(new Object[][] {
            {"0", "54", "0 20 40 60"},
            {"0", "0", "0 0.2 0.4 0.6 0.8 1"},
            {"0", "1234.5", "0 500 1000 1500"},
            {"-35", "5", "-40 -30 -20 -10 0 10"},
            {"12", "13", "0 5 10 15"},
            {"0", "0.3", "0 0.1 0.2 0.3"},
            {"-5", "-5", "-5 -4 -3 -2 -1 0"},
            {"0", "1000000000000000", "0 200000000000000 400000000000000 600000000000000 800000000000000 "
                    + "1000000000000000"},
            {"0", "100", "0 20 40 60 80 100"},
        });
    }

    private final BigDecimal min;
    private final BigDecimal max;
    private final String ticks;

    public ValueScaleTest(String min, String max, String ticks) {
        this.min = new BigDecimal(min);
        this.max = new BigDecimal(max);
        this.ticks = ticks;
    }

    @Test
    public void shouldLabelRoundStepsIncludingZeroWhenFittingTheValues() {
        ValueScale scale = ValueScale.of(min, max);
        List<String> labels = scale.ticks().stream().map(BigDecimal::toPlainString).toList();
        assertEquals(ticks, String.join(" ", labels));
        assertEquals(0, scale.share(scale.low()), 0);
        assertEquals(1, scale.share(scale.high()), 0);
    }
}
