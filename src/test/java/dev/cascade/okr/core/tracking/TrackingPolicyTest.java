package dev.cascade.okr.core.tracking;

import static dev.cascade.okr.core.tracking.Fixtures.STRICT;
import static dev.cascade.okr.core.tracking.Fixtures.dec;
import static org.junit.Assert.assertEquals;

import dev.cascade.okr.core.TableCase;
import dev.cascade.okr.core.model.Direction;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Collection;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.junit.runners.Parameterized;
import org.junit.runners.Parameterized.Parameters;

/**
 * Status from the deviation against a plan, direction-aware: below plan is the bad side of an increasing key
 * result, above plan of a decreasing one. Defaults: on track from −10%, at risk from −25%.
 */
@RunWith(Parameterized.class)
public class TrackingPolicyTest extends TableCase<TrackingPolicyTest.Judged, TrackingStatus> {

    @Parameters(name = "{0}")
    public static Collection<Object[]> cases() {
        TrackingThresholds d = TrackingThresholds.DEFAULTS;
        Direction up = Direction.INCREASE;
        Direction down = Direction.DECREASE;
        return Arrays.asList(new Object[][] {
            {"on plan", d, up, "10", "10", TrackingStatus.ON_TRACK},
            {"above plan", d, up, "12000", "15000", TrackingStatus.ON_TRACK},
            {"exactly -10%", d, up, "10", "9", TrackingStatus.ON_TRACK},
            {"just below -10%", d, up, "10", "8.999", TrackingStatus.AT_RISK},
            {"甲 -16.7%", d, up, "12", "10", TrackingStatus.AT_RISK},
            {"exactly -25%", d, up, "4", "3", TrackingStatus.AT_RISK},
            {"just below -25%", d, up, "100", "74.999", TrackingStatus.OFF_TRACK},
            {"nothing achieved", d, up, "10", "0", TrackingStatus.OFF_TRACK},
            {"no actual", d, up, "10", null, TrackingStatus.NO_DATA},
            {"nothing planned, nothing done", d, up, "0", "0", TrackingStatus.ON_TRACK},
            {"nothing planned, something done", d, up, "0", "5", TrackingStatus.ON_TRACK},
            {"nothing planned, went backwards", d, up, "0", "-1", TrackingStatus.OFF_TRACK},
            {"nothing planned, no actual", d, up, "0", null, TrackingStatus.NO_DATA},
            {"decrease: exactly +10%", d, down, "10", "11", TrackingStatus.ON_TRACK},
            {"decrease: just above +10%", d, down, "10", "11.001", TrackingStatus.AT_RISK},
            {"decrease: exactly +25%", d, down, "100", "125", TrackingStatus.AT_RISK},
            {"decrease: just above +25%", d, down, "100", "125.001", TrackingStatus.OFF_TRACK},
            {"decrease: well under budget", d, down, "10", "5", TrackingStatus.ON_TRACK},
            {"decrease: -16.7% is good", d, down, "12", "10", TrackingStatus.ON_TRACK},
            {"decrease: +25% is bad", d, down, "12000", "15000", TrackingStatus.AT_RISK},
            {"decrease: nothing planned, something spent", d, down, "0", "1", TrackingStatus.OFF_TRACK},
            {"decrease: nothing planned, nothing spent", d, down, "0", "0", TrackingStatus.ON_TRACK},
            {"decrease: nothing planned, went down", d, down, "0", "-1", TrackingStatus.ON_TRACK},
            {"falling plan: fell 8 of 10", d, down, "-10", "-8", TrackingStatus.AT_RISK},
            {"falling plan: fell 9 of 10", d, down, "-10", "-9", TrackingStatus.ON_TRACK},
            {"falling plan: fell 12 of 10", d, down, "-10", "-12", TrackingStatus.ON_TRACK},
            {"falling plan: rose instead", d, down, "-10", "2", TrackingStatus.OFF_TRACK},
            {"stricter thresholds: -10%", STRICT, up, "10", "9", TrackingStatus.AT_RISK},
            {"stricter thresholds: -5%", STRICT, up, "100", "95", TrackingStatus.ON_TRACK},
            {"stricter thresholds: -15.1%", STRICT, up, "1000", "849", TrackingStatus.OFF_TRACK},
        });
    }

    public TrackingPolicyTest(String name, TrackingThresholds thresholds, Direction direction, String planned,
            String actual, TrackingStatus expected) {
        super(new Judged(thresholds, direction, dec(planned), dec(actual)), expected);
    }

    @Test
    public void shouldJudgeTheDeviationWhenGivenPlannedAndActual() {
        TrackingPolicy policy = new TrackingPolicy(given.thresholds());

        assertEquals(expected, policy.statusOf(Deviation.of(given.planned(), given.actual()), given.direction()));
    }

    /** The thresholds, the direction of the key result, and the planned and actual amounts. */
    record Judged(TrackingThresholds thresholds, Direction direction, BigDecimal planned, BigDecimal actual) {
    }
}
