package dev.cascade.okr.core.progress;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import dev.cascade.okr.core.model.BandMeasure;
import dev.cascade.okr.core.model.CheckInValues;
import dev.cascade.okr.core.model.Direction;
import dev.cascade.okr.core.model.KeyResultId;
import dev.cascade.okr.core.model.Measure;
import dev.cascade.okr.core.model.MetricMeasure;
import dev.cascade.okr.core.model.TargetTiers;
import dev.cascade.okr.core.model.UserRef;
import dev.cascade.okr.core.tracking.CheckIn;
import dev.cascade.okr.core.tracking.CheckInLog;
import dev.cascade.okr.core.validation.Validated;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.Test;

/**
 * What a metric's check-ins mean: running totals (the default, the latest value is the actual) or amounts per period
 * (the actual is the start plus their sum); only a metric may take amounts per period.
 */
public class CheckInValuesTest {

    private static final KeyResultId KR = new KeyResultId(3);

    private static MetricMeasure customers(CheckInValues values) {
        return new MetricMeasure(Direction.INCREASE, new BigDecimal("100"), TargetTiers.of(new BigDecimal("150")),
                "customers", values);
    }

    private static CheckInLog log(String... values) {
        CheckInLog log = CheckInLog.empty(KR);
        for (int i = 0; i < values.length; i++) {
            log = log.append(new CheckIn(KR, Optional.of(new BigDecimal(values[i])), 7, "", "", "", "",
                    new UserRef("jia"), LocalDate.of(2026, 1 + i, 20), Instant.parse("2026-01-01T00:00:00Z")))
                    .value();
        }
        return log;
    }

    @Test
    public void shouldTakeTheLatestValueWhenCheckInsAreRunningTotals() {
        Observation observed = log("110", "125").observationFor(customers(CheckInValues.CUMULATIVE));

        assertEquals(Observation.value(new BigDecimal("125")), observed);
        assertEquals(0.5, new KeyResultProgressPolicy().evaluate(customers(CheckInValues.CUMULATIVE), observed)
                .computedProgress().fraction(), 1e-9);
    }

    @Test
    public void shouldAddTheAmountsToTheStartWhenCheckInsAreAmountsPerPeriod() {
        Observation observed = log("10", "15", "5").observationFor(customers(CheckInValues.PER_PERIOD));

        assertEquals(Observation.value(new BigDecimal("130")), observed);
        assertEquals(0.6, new KeyResultProgressPolicy().evaluate(customers(CheckInValues.PER_PERIOD), observed)
                .computedProgress().fraction(), 1e-9);
    }

    @Test
    public void shouldDefaultToRunningTotals() {
        assertEquals(CheckInValues.CUMULATIVE, new MetricMeasure(Direction.INCREASE, BigDecimal.ZERO,
                TargetTiers.of(BigDecimal.TEN), "").checkInValues());
        Validated<Measure> built = new MeasurePolicy().validate(MeasureDraft.metric(Direction.INCREASE,
                BigDecimal.ZERO, new MeasureDraft.Tiers(null, BigDecimal.TEN, null), ""));
        assertEquals(CheckInValues.CUMULATIVE, ((MetricMeasure) built.value()).checkInValues());
    }

    @Test
    public void shouldBuildAMetricWithAmountsPerPeriodWhenAsked() {
        MeasureDraft draft = new MeasureDraft(Measure.Kind.METRIC, Direction.INCREASE, BigDecimal.ZERO,
                new MeasureDraft.Tiers(null, BigDecimal.TEN, null), "", null, null, null, null, null, null, null,
                CheckInValues.PER_PERIOD);

        assertEquals(CheckInValues.PER_PERIOD, ((MetricMeasure) new MeasurePolicy().validate(draft).value())
                .checkInValues());
    }

    @Test
    public void shouldRefuseAmountsPerPeriodForABand() {
        MeasureDraft band = new MeasureDraft(Measure.Kind.BAND, null, null, null, "%", new BigDecimal("95"),
                new BigDecimal("100"), null, null, null, null, null, CheckInValues.PER_PERIOD);

        Validated<Measure> result = new MeasurePolicy().validate(band, "keyResults[0].measure");

        assertEquals(1, result.errors().size());
        assertEquals("measure.check-in-values-metric-only", result.errors().get(0).code().code());
        assertEquals("keyResults[0].measure.checkInValues", result.errors().get(0).field());
        assertTrue(new MeasurePolicy().validate(new MeasureDraft(Measure.Kind.BAND, null, null, null, "%",
                new BigDecimal("95"), new BigDecimal("100"), null, null, null, null, null,
                CheckInValues.CUMULATIVE)).value() instanceof BandMeasure);
    }
}
