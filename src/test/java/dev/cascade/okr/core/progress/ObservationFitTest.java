package dev.cascade.okr.core.progress;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;

import dev.cascade.okr.core.model.BandMeasure;
import dev.cascade.okr.core.model.Direction;
import dev.cascade.okr.core.model.IssueCompletion;
import dev.cascade.okr.core.model.IssueMeasure;
import dev.cascade.okr.core.model.Measure;
import dev.cascade.okr.core.model.MetricMeasure;
import dev.cascade.okr.core.model.MilestoneMeasure;
import dev.cascade.okr.core.model.NoDataReason;
import dev.cascade.okr.core.model.ProgressBasis;
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

/**
 * Nothing to measure yet, a broken link, or an observation of the wrong kind: always an explicit "no data" with its
 * reason, no zone and no rate — never 0% and never an exception.
 */
@RunWith(Parameterized.class)
public class ObservationFitTest {

    private static final Measure METRIC = new MetricMeasure(Direction.INCREASE, BigDecimal.ZERO,
            TargetTiers.of(BigDecimal.TEN), "");
    private static final Measure BAND = new BandMeasure(BigDecimal.ONE, BigDecimal.TEN, "");
    private static final Measure MILESTONE = new MilestoneMeasure("launched");
    private static final Measure ISSUES = IssueMeasure.of(ProgressBasis.ISSUE_COUNT_DONE,
            List.of(new WorkLink.Epic("CASC-1")));
    private static final Observation NO_CHECK_IN = Observation.noCheckIn();
    private static final Observation BROKEN = Observation.brokenLink(List.of(new WorkLink.Epic("CASC-1")));
    private static final Observation VALUE = Observation.value(BigDecimal.ONE);
    private static final Observation DONE = Observation.milestone(true);
    private static final Observation COUNTS = Observation.issues(new IssueCompletion(2, 1, 0));

    @Parameters(name = "{0}")
    public static Collection<Object[]> cases() {
        return Arrays.asList(new Object[][] {
            {"metric without check-in", METRIC, NO_CHECK_IN, NoDataReason.NO_CHECK_IN},
            {"band without check-in", BAND, NO_CHECK_IN, NoDataReason.NO_CHECK_IN},
            {"milestone without check-in", MILESTONE, NO_CHECK_IN, NoDataReason.NO_CHECK_IN},
            {"epic gone", ISSUES, BROKEN, NoDataReason.BROKEN_LINK},
            {"epic gone, which one unknown", ISSUES, Observation.brokenLink(List.of()), NoDataReason.BROKEN_LINK},
            {"issues with a check-in state", ISSUES, NO_CHECK_IN, NoDataReason.MISMATCHED_OBSERVATION},
            {"issues with a value", ISSUES, VALUE, NoDataReason.MISMATCHED_OBSERVATION},
            {"metric with issue counts", METRIC, COUNTS, NoDataReason.MISMATCHED_OBSERVATION},
            {"metric with a milestone", METRIC, DONE, NoDataReason.MISMATCHED_OBSERVATION},
            {"metric with a broken link", METRIC, BROKEN, NoDataReason.MISMATCHED_OBSERVATION},
            {"band with a milestone", BAND, DONE, NoDataReason.MISMATCHED_OBSERVATION},
            {"milestone with a value", MILESTONE, VALUE, NoDataReason.MISMATCHED_OBSERVATION},
            {"milestone with issue counts", MILESTONE, COUNTS, NoDataReason.MISMATCHED_OBSERVATION},
        });
    }

    private final KeyResultEvaluation evaluation;
    private final Observation observation;
    private final NoDataReason reason;

    public ObservationFitTest(String name, Measure measure, Observation observation, NoDataReason reason) {
        this.evaluation = new KeyResultProgressPolicy().evaluate(measure, observation);
        this.observation = observation;
        this.reason = reason;
    }

    @Test
    public void shouldHaveNoDataWithItsReasonWhenNothingFitsToMeasure() {
        assertFalse(evaluation.progress().hasData());
        assertEquals(reason, evaluation.progress().reason());
    }

    @Test
    public void shouldHaveNoZoneAndNoRateWhenThereIsNoData() {
        assertEquals(Zone.NONE, evaluation.zone());
        assertEquals(AchievementRate.Undefined.NO_DATA, evaluation.achievementRate().reason());
        assertFalse(evaluation.actual().isPresent());
    }

    @Test
    public void shouldKeepWhatWasObservedAsEvidenceWhenThereIsNoData() {
        assertEquals(observation, evaluation.evidence());
    }
}
