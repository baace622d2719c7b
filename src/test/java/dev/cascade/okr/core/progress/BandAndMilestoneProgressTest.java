package dev.cascade.okr.core.progress;

import static org.junit.Assert.assertEquals;

import dev.cascade.okr.core.model.BandMeasure;
import dev.cascade.okr.core.model.Measure;
import dev.cascade.okr.core.model.MilestoneMeasure;
import dev.cascade.okr.core.model.Rates;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Collection;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.junit.runners.Parameterized;
import org.junit.runners.Parameterized.Parameters;

/**
 * Bands (1 inside, ends included; outside max(0, 1 − distance ÷ width); zero width: 0 off the value) and milestones
 * (1 or 0); for both the achievement rate equals the progress.
 */
@RunWith(Parameterized.class)
public class BandAndMilestoneProgressTest {

    @Parameters(name = "{0}")
    public static Collection<Object[]> cases() {
        return Arrays.asList(new Object[][] {
            {"inside", band("200", "400"), value("300"), 1.0, Zone.TARGET},
            {"on the low end", band("200", "400"), value("200"), 1.0, Zone.TARGET},
            {"on the high end", band("200", "400"), value("400"), 1.0, Zone.TARGET},
            {"a quarter width above", band("200", "400"), value("450"), 0.75, Zone.BELOW_FLOOR},
            {"a quarter width below", band("200", "400"), value("150"), 0.75, Zone.BELOW_FLOOR},
            {"a whole width above", band("200", "400"), value("600"), 0.0, Zone.BELOW_FLOOR},
            {"far below", band("200", "400"), value("-1000"), 0.0, Zone.BELOW_FLOOR},
            {"zero width, on it", band("5", "5"), value("5"), 1.0, Zone.TARGET},
            {"zero width, just off", band("5", "5"), value("5.000001"), 0.0, Zone.BELOW_FLOOR},
            {"negative band, below", band("-10", "-2"), value("-12"), 0.75, Zone.BELOW_FLOOR},
            {"negative band, above", band("-10", "-2"), value("-1"), 0.875, Zone.BELOW_FLOOR},
            {"milestone done", new MilestoneMeasure("pricing page live"), Observation.milestone(true), 1.0,
                Zone.TARGET},
            {"milestone not done", new MilestoneMeasure(""), Observation.milestone(false), 0.0, Zone.BELOW_FLOOR},
        });
    }

    private static Measure band(String low, String high) {
        return new BandMeasure(new BigDecimal(low), new BigDecimal(high), "ms");
    }

    private static Observation value(String actual) {
        return Observation.value(new BigDecimal(actual));
    }

    private final KeyResultEvaluation evaluation;
    private final double expected;
    private final Zone zone;

    public BandAndMilestoneProgressTest(String name, Measure measure, Observation observation, double expected,
            Zone zone) {
        this.evaluation = new KeyResultProgressPolicy().evaluate(measure, observation);
        this.expected = expected;
        this.zone = zone;
    }

    @Test
    public void shouldGiveFullProgressOnlyWhenInsideTheBandOrDone() {
        assertEquals(expected, evaluation.progress().fraction(), 1e-12);
    }

    @Test
    public void shouldRateAsTheProgressWhenThereIsNoOvershoot() {
        assertEquals(Rates.fraction(expected), evaluation.achievementRate().rate());
    }

    @Test
    public void shouldBeTargetZoneWhenMetElseBelowFloor() {
        assertEquals(zone, evaluation.zone());
    }
}
