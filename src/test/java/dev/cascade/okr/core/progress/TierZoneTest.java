package dev.cascade.okr.core.progress;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;

import dev.cascade.okr.core.TableCase;
import dev.cascade.okr.core.model.Direction;
import dev.cascade.okr.core.model.IssueCompletion;
import dev.cascade.okr.core.model.IssueMeasure;
import dev.cascade.okr.core.model.MetricMeasure;
import dev.cascade.okr.core.model.ProgressBasis;
import dev.cascade.okr.core.model.StatusCategory;
import dev.cascade.okr.core.model.StatusWeights;
import dev.cascade.okr.core.model.TargetTiers;
import dev.cascade.okr.core.model.WorkLink;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.junit.runners.Parameterized;
import org.junit.runners.Parameterized.Parameters;

/** Floor / target / stretch: which tier a value has reached, in both directions, with two or three tiers. */
@RunWith(Parameterized.class)
public class TierZoneTest extends TableCase<TierZoneTest.Metric, Zone> {

    private static final Direction UP = Direction.INCREASE;
    private static final Direction DOWN = Direction.DECREASE;

    @Parameters(name = "{0} {1}/{2}/{3}, actual {4} -> {5}")
    public static Collection<Object[]> cases() {
        return Arrays.asList(new Object[][] {
            {UP, "80", "100", "120", "70", Zone.BELOW_FLOOR},
            {UP, "80", "100", "120", "80", Zone.FLOOR},
            {UP, "80", "100", "120", "99.99", Zone.FLOOR},
            {UP, "80", "100", "120", "100", Zone.TARGET},
            {UP, "80", "100", "120", "119", Zone.TARGET},
            {UP, "80", "100", "120", "120", Zone.STRETCH},
            {UP, "80", "100", "120", "500", Zone.STRETCH},
            {UP, null, "100", "120", "99", Zone.BELOW_FLOOR},
            {UP, null, "100", "120", "110", Zone.TARGET},
            {UP, "80", "100", null, "150", Zone.TARGET},
            {UP, "80", "100", null, "90", Zone.FLOOR},
            {UP, null, "100", "100", "100", Zone.STRETCH},
            {UP, "100", "100", null, "100", Zone.TARGET},
            {UP, "-8", "-5", "-2", "-9", Zone.BELOW_FLOOR},
            {UP, "-8", "-5", "-2", "-6", Zone.FLOOR},
            {UP, "-8", "-5", "-2", "-3", Zone.TARGET},
            {UP, "-8", "-5", "-2", "-2", Zone.STRETCH},
            {DOWN, "12", "10", "8", "13", Zone.BELOW_FLOOR},
            {DOWN, "12", "10", "8", "12", Zone.FLOOR},
            {DOWN, "12", "10", "8", "11", Zone.FLOOR},
            {DOWN, "12", "10", "8", "10", Zone.TARGET},
            {DOWN, "12", "10", "8", "9", Zone.TARGET},
            {DOWN, "12", "10", "8", "8", Zone.STRETCH},
            {DOWN, "12", "10", "8", "0", Zone.STRETCH},
            {DOWN, null, "10", null, "11", Zone.BELOW_FLOOR},
            {DOWN, null, "10", null, "10", Zone.TARGET},
            {DOWN, "2", "-1", "-4", "0", Zone.FLOOR},
            {DOWN, "2", "-1", "-4", "-4", Zone.STRETCH},
        });
    }

    public TierZoneTest(Direction direction, String floor, String target, String stretch, String actual, Zone zone) {
        super(new Metric(direction, tiers(floor, target, stretch), new BigDecimal(actual)), zone);
    }

    private static TargetTiers tiers(String floor, String target, String stretch) {
        return new TargetTiers(floor == null ? null : new BigDecimal(floor), new BigDecimal(target),
                stretch == null ? null : new BigDecimal(stretch));
    }

    @Test
    public void shouldReachTheHighestTierMetWhenComparedInItsDirection() {
        assertEquals(expected, Zone.reached(given.direction(), given.tiers(), given.actual()));
    }

    @Test
    public void shouldReportTheSameZoneWhenEvaluatingAMetric() {
        BigDecimal start = given.tiers().floor() == null ? given.tiers().target() : given.tiers().floor();
        MetricMeasure measure = new MetricMeasure(given.direction(), start, given.tiers(), "points");

        Observation actual = Observation.value(given.actual());
        assertEquals(expected, new KeyResultProgressPolicy().evaluate(measure, actual).zone());
    }

    @Test
    public void shouldReportTheSameZoneWhenTheSumOfANumericFieldIsTheActual() {
        if (!given.tiers().fits(UP) || given.tiers().target().signum() <= 0) {
            // a numeric field's sum only grows towards a positive target: such a measure cannot be built
            assertThrows(IllegalArgumentException.class, () -> new IssueMeasure(ProgressBasis.NUMERIC_FIELD,
                    StatusWeights.defaults(), "customfield_10010", given.tiers(),
                    List.of(new WorkLink.Epic("CASC-1"))));
            return;
        }
        IssueMeasure measure = new IssueMeasure(ProgressBasis.NUMERIC_FIELD, StatusWeights.defaults(),
                "customfield_10010", given.tiers(), List.of(new WorkLink.Epic("CASC-1")));
        IssueCompletion done = IssueCompletion.NONE.plus(StatusCategory.DONE, null, given.actual().doubleValue());

        // a sum always counts upwards, whatever way the row's metric goes
        Zone summed = given.direction() == UP ? expected : Zone.reached(UP, given.tiers(), given.actual());
        assertEquals(summed, new KeyResultProgressPolicy().evaluate(measure, Observation.issues(done)).zone());
    }

    /** A direction, the tiers and the actual value. */
    record Metric(Direction direction, TargetTiers tiers, BigDecimal actual) {
    }
}
