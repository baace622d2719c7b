package dev.cascade.okr.core.model;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import org.junit.Test;

/** The small rules of the measure values: kinds, normalised text, dropped fields, tier order, default weights. */
public class MeasureShapeTest {

    @Test
    public void shouldNameItsKindWhenAsked() {
        assertEquals(Measure.Kind.METRIC, new MetricMeasure(Direction.INCREASE, BigDecimal.ZERO,
                TargetTiers.of(BigDecimal.ONE), null).kind());
        assertEquals(Measure.Kind.BAND, new BandMeasure(BigDecimal.ZERO, BigDecimal.ONE, null).kind());
        assertEquals(Measure.Kind.MILESTONE, new MilestoneMeasure(null).kind());
        assertEquals(Measure.Kind.ISSUES, IssueMeasure.of(ProgressBasis.ISSUE_COUNT_DONE, List.of()).kind());
    }

    @Test
    public void shouldHoldEmptyTextNotNullWhenUnitOrDescriptionIsMissing() {
        assertEquals("", new MetricMeasure(Direction.DECREASE, BigDecimal.ONE, TargetTiers.of(BigDecimal.ZERO), null)
                .unit());
        assertEquals("", new BandMeasure(BigDecimal.ZERO, BigDecimal.ONE, null).unit());
        assertEquals("", new MilestoneMeasure(null).description());
    }

    @Test
    public void shouldDropFieldAndTiersWhenTheBasisIsNotNumericField() {
        IssueMeasure measure = new IssueMeasure(ProgressBasis.STORY_POINTS_DONE, StatusWeights.defaults(),
                "customfield_1", TargetTiers.of(BigDecimal.TEN), List.of(new WorkLink.Issue("A-1")));

        assertNull(measure.numericFieldId());
        assertNull(measure.tiers());
        assertNull(measure.target());
    }

    @Test
    public void shouldOrderTiersByDirectionWhenCheckingFit() {
        TargetTiers upwards = new TargetTiers(new BigDecimal("80"), new BigDecimal("100"), new BigDecimal("120"));
        TargetTiers downwards = new TargetTiers(new BigDecimal("120"), new BigDecimal("100"), new BigDecimal("80"));

        assertTrue(upwards.fits(Direction.INCREASE));
        assertFalse(upwards.fits(Direction.DECREASE));
        assertTrue(downwards.fits(Direction.DECREASE));
        assertFalse(downwards.fits(Direction.INCREASE));
        assertTrue(TargetTiers.of(BigDecimal.ONE).fits(Direction.DECREASE));
    }

    @Test
    public void shouldGiveHalfCreditForStartedWorkWhenWeightsAreDefault() {
        StatusWeights weights = StatusWeights.defaults();

        assertEquals(0.0, weights.weight(StatusCategory.TO_DO), 0);
        assertEquals(0.5, weights.weight(StatusCategory.IN_PROGRESS), 0);
        assertEquals(1.0, weights.weight(StatusCategory.DONE), 0);
    }

    @Test
    public void shouldIncludeBothEndsWhenABandContainsAValue() {
        BandMeasure band = new BandMeasure(new BigDecimal("200"), new BigDecimal("400"), "ms");

        assertTrue(band.contains(new BigDecimal("200.0")));
        assertTrue(band.contains(new BigDecimal("400")));
        assertFalse(band.contains(new BigDecimal("400.000001")));
    }
}
