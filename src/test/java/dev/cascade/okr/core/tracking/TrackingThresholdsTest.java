package dev.cascade.okr.core.tracking;

import static dev.cascade.okr.core.tracking.Fixtures.dec;
import static org.junit.Assert.assertEquals;

import dev.cascade.okr.core.TableCase;
import dev.cascade.okr.core.validation.Validated;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Collection;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.junit.runners.Parameterized;
import org.junit.runners.Parameterized.Parameters;

/** Configurable thresholds: both from −100% to 0%, at-risk strictly below on-track. */
@RunWith(Parameterized.class)
public class TrackingThresholdsTest extends TableCase<TrackingThresholdsTest.Percents, String> {

    @Parameters(name = "{0}")
    public static Collection<Object[]> cases() {
        return Arrays.asList(new Object[][] {
            {"defaults", percents("-10", "-25"), ""},
            {"widest", percents("0", "-100"), ""},
            {"fractions of a per-cent", percents("-0.5", "-0.75"), ""},
            {"equal", percents("-10", "-10"), "tracking.threshold-order@thresholds.atRiskPercent[-10, -10]"},
            {"swapped", percents("-25", "-10"), "tracking.threshold-order@thresholds.atRiskPercent[-10, -25]"},
            {"on-track above 0", percents("5", "-25"),
                "tracking.threshold-out-of-range@thresholds.onTrackPercent[-100, 0]"},
            {"at-risk below -100", percents("-10", "-100.01"),
                "tracking.threshold-out-of-range@thresholds.atRiskPercent[-100, 0]"},
            {"missing on-track", percents(null, "-25"), "tracking.threshold-required@thresholds.onTrackPercent[]"},
            {"both missing", percents(null, null), "tracking.threshold-required@thresholds.onTrackPercent[],"
                + "tracking.threshold-required@thresholds.atRiskPercent[]"},
        });
    }

    private static Percents percents(String onTrack, String atRisk) {
        return new Percents(dec(onTrack), dec(atRisk));
    }

    public TrackingThresholdsTest(String name, Percents percents, String expected) {
        super(percents, expected);
    }

    @Test
    public void shouldNameTheProblemWhenThresholdsAreConfigured() {
        Validated<TrackingThresholds> thresholds = TrackingThresholds.ofPercent(given.onTrack(), given.atRisk());

        assertEquals(expected, String.join(",", thresholds.violations().stream()
                .map(v -> v.code().code() + "@" + v.field() + v.args()).toList()));
        if (thresholds.isValid()) {
            assertEquals(0, given.onTrack().movePointLeft(2).compareTo(thresholds.value().onTrackRate()));
            assertEquals(0, given.atRisk().movePointLeft(2).compareTo(thresholds.value().atRiskRate()));
        }
    }

    /** The two thresholds as entered, in per-cent; {@code null} where one is missing. */
    record Percents(BigDecimal onTrack, BigDecimal atRisk) {
    }
}
