package dev.cascade.okr.core.progress;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;

import dev.cascade.okr.core.model.BandMeasure;
import dev.cascade.okr.core.model.Direction;
import dev.cascade.okr.core.model.IssueMeasure;
import dev.cascade.okr.core.model.MetricMeasure;
import dev.cascade.okr.core.model.ProgressBasis;
import dev.cascade.okr.core.model.StatusWeights;
import dev.cascade.okr.core.model.WorkLink;
import java.math.BigDecimal;
import java.util.List;
import org.junit.Test;

/** What a valid draft becomes: defaults filled in, text stripped, fields of other kinds dropped. */
public class MeasurePolicyDefaultsTest {

    private static final List<WorkLink> EPIC = List.of(new WorkLink.Epic("CASC-1"));

    @Test
    public void shouldUseTheAdministratorsDefaultsWhenBasisAndWeightsAreMissing() {
        StatusWeights admin = new StatusWeights(0.0, 0.25, 1.0);
        MeasurePolicy policy = new MeasurePolicy(ProgressBasis.STATUS_WEIGHTED, admin);

        IssueMeasure measure = (IssueMeasure) policy.validate(MeasureDraft.issues(null, null, null, null, EPIC))
                .value();

        assertEquals(ProgressBasis.STATUS_WEIGHTED, measure.basis());
        assertEquals(admin, measure.statusWeights());
        assertEquals(EPIC, measure.links());
    }

    @Test
    public void shouldTakeTheSubmittedWeightsWhenPartialCreditIsChosen() {
        IssueMeasure measure = (IssueMeasure) new MeasurePolicy().validate(MeasureDraft.issues(
                ProgressBasis.STATUS_WEIGHTED, new MeasureDraft.Weights(new BigDecimal("0.1"), new BigDecimal("0.6"),
                        BigDecimal.ONE), null, null, EPIC)).value();

        assertEquals(new StatusWeights(0.1, 0.6, 1.0), measure.statusWeights());
    }

    @Test
    public void shouldDropFieldAndTiersWhenTheBasisDoesNotUseThem() {
        IssueMeasure measure = (IssueMeasure) new MeasurePolicy().validate(MeasureDraft.issues(
                ProgressBasis.STORY_POINTS_DONE, null, "customfield_1",
                new MeasureDraft.Tiers(null, BigDecimal.TEN, null), EPIC)).value();

        assertNull(measure.numericFieldId());
        assertNull(measure.tiers());
    }

    @Test
    public void shouldStripTheUnitAndTheFieldIdWhenBuilding() {
        MetricMeasure metric = (MetricMeasure) new MeasurePolicy().validate(MeasureDraft.metric(Direction.DECREASE,
                BigDecimal.TEN, new MeasureDraft.Tiers(null, BigDecimal.ONE, null), "  defects ")).value();
        IssueMeasure field = (IssueMeasure) new MeasurePolicy().validate(MeasureDraft.issues(
                ProgressBasis.NUMERIC_FIELD, null, " customfield_10010 ",
                new MeasureDraft.Tiers(null, BigDecimal.TEN, null), EPIC)).value();

        assertEquals("defects", metric.unit());
        assertEquals("customfield_10010", field.numericFieldId());
    }

    @Test
    public void shouldNameFieldsUnderTheGivenPrefixWhenNested() {
        assertEquals("keyResults[1].measure.high", new MeasurePolicy().validate(
                MeasureDraft.band(BigDecimal.ONE, null, null), "keyResults[1].measure").errors().get(0).field());
    }

    @Test
    public void shouldKeepTheNumbersAsEnteredWhenBuildingABand() {
        BandMeasure band = (BandMeasure) new MeasurePolicy().validate(
                MeasureDraft.band(new BigDecimal("200.50"), new BigDecimal("400"), "ms")).value();

        assertEquals(new BigDecimal("200.50"), band.low());
        assertEquals("ms", band.unit());
    }
}
