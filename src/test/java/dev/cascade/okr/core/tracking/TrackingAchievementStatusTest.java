package dev.cascade.okr.core.tracking;

import static dev.cascade.okr.core.tracking.Fixtures.STRICT;
import static dev.cascade.okr.core.tracking.Fixtures.dec;
import static org.junit.Assert.assertEquals;

import dev.cascade.okr.core.TableCase;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Collection;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.junit.runners.Parameterized;
import org.junit.runners.Parameterized.Parameters;

/**
 * The status of an achievement rate: its shortfall from the target ({@code rate − 1}) against the tracking thresholds,
 * so a table colours achievement as it colours deviation. Defaults: on track from 90%, at risk from 75%.
 */
@RunWith(Parameterized.class)
public class TrackingAchievementStatusTest extends TableCase<TrackingAchievementStatusTest.Judged, TrackingStatus> {

    @Parameters(name = "{0}")
    public static Collection<Object[]> cases() {
        TrackingThresholds d = TrackingThresholds.DEFAULTS;
        return Arrays.asList(new Object[][] {
            {"target met", d, "1", TrackingStatus.ON_TRACK},
            {"乙 115% beyond the target", d, "1.15", TrackingStatus.ON_TRACK},
            {"甲 96%", d, "0.96", TrackingStatus.ON_TRACK},
            {"exactly 90%", d, "0.9", TrackingStatus.ON_TRACK},
            {"just below 90%", d, "0.899999", TrackingStatus.AT_RISK},
            {"exactly 75%", d, "0.75", TrackingStatus.AT_RISK},
            {"just below 75%", d, "0.749999", TrackingStatus.OFF_TRACK},
            {"nothing achieved", d, "0", TrackingStatus.OFF_TRACK},
            {"went backwards", d, "-0.2", TrackingStatus.OFF_TRACK},
            {"stricter thresholds: 90%", STRICT, "0.9", TrackingStatus.AT_RISK},
            {"stricter thresholds: 95%", STRICT, "0.95", TrackingStatus.ON_TRACK},
            {"stricter thresholds: 84.9%", STRICT, "0.849", TrackingStatus.OFF_TRACK},
        });
    }

    public TrackingAchievementStatusTest(String name, TrackingThresholds thresholds, String rate,
            TrackingStatus expected) {
        super(new Judged(thresholds, dec(rate)), expected);
    }

    @Test
    public void shouldJudgeTheShortfallFromTheTargetWhenGivenAnAchievementRate() {
        assertEquals(expected, new TrackingPolicy(given.thresholds()).statusOfAchievement(given.rate()));
    }

    /** The thresholds and the achievement rate as a fraction. */
    record Judged(TrackingThresholds thresholds, BigDecimal rate) {
    }
}
