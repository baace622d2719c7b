package dev.cascade.okr.core.tracking;

import static dev.cascade.okr.core.tracking.Fixtures.day;
import static dev.cascade.okr.core.tracking.Fixtures.dec;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;

import dev.cascade.okr.core.model.Direction;
import org.junit.Test;

/** Status on a day against the cumulative plan of Q1 12 / Q2 15 / Q3 17 / Q4 10. */
public class TrackingPolicyAtDateTest {

    private final TrackingPolicy policy = new TrackingPolicy(TrackingThresholds.DEFAULTS);
    private final Plan plan = Fixtures.quarterly2024();

    @Test
    public void shouldCompareWithTheWholeQuarterWhenTheQuarterHasEnded() {
        Deviation deviation = policy.deviationAt(plan, dec("10"), day("2024-03-31"));

        assertEquals(dec("12"), deviation.planned());
        assertEquals(dec("-16.7"), deviation.percentForDisplay());
        assertEquals(TrackingStatus.AT_RISK, policy.statusAt(plan, Direction.INCREASE, dec("10"), day("2024-03-31")));
    }

    @Test
    public void shouldCompareWithTheShareToDateWhenInsideAQuarter() {
        // planned by Feb 29: 12 x 60/91 = 7.912088; 7.2 is 9.0% below
        assertEquals(dec("7.912088"), policy.deviationAt(plan, dec("7.2"), day("2024-02-29")).planned());
        assertEquals(TrackingStatus.ON_TRACK, policy.statusAt(plan, Direction.INCREASE, dec("7.2"), day("2024-02-29")));
        assertEquals(TrackingStatus.AT_RISK, policy.statusAt(plan, Direction.INCREASE, dec("7"), day("2024-02-29")));
    }

    @Test
    public void shouldHaveNoDataWhenNothingWasReported() {
        assertEquals(TrackingStatus.NO_DATA, policy.statusAt(plan, Direction.INCREASE, null, day("2024-06-01")));
    }

    @Test
    public void shouldRejectWhenThresholdsAreMissing() {
        assertThrows(NullPointerException.class, () -> new TrackingPolicy(null));
    }
}
