package dev.cascade.okr.core.progress;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import dev.cascade.okr.core.model.Direction;
import dev.cascade.okr.core.model.IssueCompletion;
import dev.cascade.okr.core.model.IssueMeasure;
import dev.cascade.okr.core.model.MetricMeasure;
import dev.cascade.okr.core.model.NoDataReason;
import dev.cascade.okr.core.model.Progress;
import dev.cascade.okr.core.model.ProgressBasis;
import dev.cascade.okr.core.model.TargetTiers;
import dev.cascade.okr.core.model.UserRef;
import dev.cascade.okr.core.model.WorkLink;
import dev.cascade.okr.core.validation.Validated;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.junit.Test;

/** A manual override: validated input, marked manual, keeps the computed value, the rate and the zone. */
public class ManualOverrideTest {

    private static final UserRef ALICE = new UserRef("alice");
    private static final Instant AT = Instant.parse("2024-05-06T07:08:09Z");
    private static final MetricMeasure REVENUE = new MetricMeasure(Direction.INCREASE, BigDecimal.ZERO,
            TargetTiers.of(new BigDecimal("20000")), "CNY");

    private static ManualOverride override(String fraction, String reason) {
        return ManualOverride.of(new BigDecimal(fraction), reason, ALICE, AT).value();
    }

    @Test
    public void shouldMarkProgressManualAndKeepTheComputedOneWhenOverridden() {
        KeyResultEvaluation evaluation = new KeyResultProgressPolicy().evaluate(REVENUE,
                Observation.value(new BigDecimal("5000")), override("0.6", "Contract signed, invoice next week"));

        assertTrue(evaluation.isManual());
        assertTrue(evaluation.progress().isManual());
        assertEquals(0.6, evaluation.progress().fraction(), 1e-12);
        assertEquals(Progress.of(0.25), evaluation.computedProgress());
        assertEquals(Progress.of(0.25), evaluation.replacedProgress().orElseThrow());
    }

    @Test
    public void shouldKeepRateAndZoneFromTheEvidenceWhenOverridden() {
        KeyResultEvaluation evaluation = new KeyResultProgressPolicy().evaluate(REVENUE,
                Observation.value(new BigDecimal("5000")), override("1", "Paid in advance"));

        assertEquals(new BigDecimal("0.250000"), evaluation.achievementRate().rate());
        assertEquals(Zone.BELOW_FLOOR, evaluation.zone());
        assertEquals(new BigDecimal("5000"), evaluation.actual().orElseThrow());
    }

    @Test
    public void shouldRecordReasonAuthorAndTimeWhenOverridden() {
        ManualOverride manual = override("0.5", "  Epic split; half moved to CASC-9  ");
        KeyResultEvaluation evaluation = new KeyResultProgressPolicy().evaluate(
                IssueMeasure.of(ProgressBasis.ISSUE_COUNT_DONE, List.of(new WorkLink.Epic("CASC-1"))),
                Observation.issues(new IssueCompletion(4, 1, 0)), manual);

        ManualOverride recorded = evaluation.override().orElseThrow();
        assertEquals("Epic split; half moved to CASC-9", recorded.reason());
        assertEquals(ALICE, recorded.author());
        assertEquals(AT, recorded.at());
    }

    @Test
    public void shouldShowTheManualValueWhenTheComputedOneHasNoData() {
        KeyResultEvaluation evaluation = new KeyResultProgressPolicy().evaluate(REVENUE, Observation.noCheckIn(),
                override("0.3", "Figures from finance, not yet checked in"));

        assertEquals(Progress.manual(0.3), evaluation.progress());
        assertEquals(NoDataReason.NO_CHECK_IN, evaluation.computedProgress().reason());
        assertEquals(Zone.NONE, evaluation.zone());
    }

    @Test
    public void shouldNotBeManualWhenNoOverrideIsGiven() {
        KeyResultEvaluation evaluation = new KeyResultProgressPolicy().evaluate(REVENUE,
                Observation.value(new BigDecimal("5000")), null);

        assertFalse(evaluation.isManual());
        assertFalse(evaluation.progress().isManual());
        assertFalse(evaluation.replacedProgress().isPresent());
        assertFalse(evaluation.override().isPresent());
    }

    @Test
    public void shouldAcceptTheEndsOfTheRangeAndTheLongestReason() {
        assertTrue(ManualOverride.of(BigDecimal.ZERO, "x", ALICE, AT).isValid());
        assertTrue(ManualOverride.of(new BigDecimal("1.000"), "x".repeat(1000), ALICE, AT).isValid());
    }

    @Test
    public void shouldNameEachProblemWithItsFieldWhenInputIsWrong() {
        assertEquals("override.value-required@override.value,override.reason-required@override.reason",
                codes(ManualOverride.of(null, null, ALICE, AT)));
        assertEquals("override.value-out-of-range@override.value",
                codes(ManualOverride.of(new BigDecimal("1.01"), "why", ALICE, AT)));
        assertEquals("override.value-out-of-range@override.value",
                codes(ManualOverride.of(new BigDecimal("-0.1"), "why", ALICE, AT)));
        assertEquals("override.reason-required@override.reason",
                codes(ManualOverride.of(BigDecimal.ONE, " \n ", ALICE, AT)));
        assertEquals("override.reason-too-long@override.reason[1000]",
                codes(ManualOverride.of(BigDecimal.ONE, "x".repeat(1001), ALICE, AT)));
    }

    @Test
    public void shouldRejectInvalidValuesWhenConstructedDirectly() {
        assertThrows(IllegalArgumentException.class, () -> new ManualOverride(new BigDecimal("2"), "x", ALICE, AT));
        assertThrows(IllegalArgumentException.class, () -> new ManualOverride(BigDecimal.ONE, " ", ALICE, AT));
    }

    private static String codes(Validated<?> result) {
        assertFalse(result.isValid());
        return result.violations().stream()
                .map(v -> v.code().code() + "@" + v.field() + (v.args().isEmpty() ? "" : v.args().toString()))
                .reduce((a, b) -> a + "," + b).orElse("");
    }
}
