package dev.cascade.okr.core.tracking;

import static dev.cascade.okr.core.tracking.Fixtures.JIA;
import static dev.cascade.okr.core.tracking.Fixtures.MANAGER;
import static dev.cascade.okr.core.tracking.Fixtures.T0;
import static dev.cascade.okr.core.tracking.Fixtures.codes;
import static dev.cascade.okr.core.tracking.Fixtures.day;
import static dev.cascade.okr.core.tracking.Fixtures.dec;
import static dev.cascade.okr.core.tracking.Fixtures.decs;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import dev.cascade.okr.core.model.Direction;
import dev.cascade.okr.core.model.IssueMeasure;
import dev.cascade.okr.core.model.Measure;
import dev.cascade.okr.core.model.MetricMeasure;
import dev.cascade.okr.core.model.MilestoneMeasure;
import dev.cascade.okr.core.model.Period;
import dev.cascade.okr.core.model.ProgressBasis;
import dev.cascade.okr.core.model.StatusWeights;
import dev.cascade.okr.core.model.TargetTiers;
import dev.cascade.okr.core.model.WorkLink;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.Test;

/**
 * The target in force on a day: the original target until the first approved adjustment's effective day, then each
 * approved target from its own; the plan from the effective day on follows the change; the old targets stay.
 */
public class TargetInForceTest {

    private static final Period YEAR = Period.year(2026);
    private static final Plan SEED = Plan.of(YEAR, PlanGranularity.QUARTER, decs("8", "15", "17", "10")).value();
    private static final Instant APPROVED_AT = Instant.parse("2026-06-20T10:00:00Z");

    private final AdjustmentHistory start = AdjustmentHistory.startingAt(dec("50"));

    private AdjustmentHistory approved(AdjustmentHistory history, String target, String effectiveFrom,
            Instant at) {
        return history.propose(dec(target), "Bigger market", JIA, MANAGER, T0, day(effectiveFrom), YEAR).value()
                .approve(MANAGER, "ok", at).value();
    }

    @Test
    public void shouldUseTheNewTargetFromItsEffectiveDayAndTheOldOneBefore() {
        AdjustmentHistory history = approved(start, "60", "2026-07-01", APPROVED_AT);

        assertEquals(dec("50"), history.targetOn(day("2026-06-30")));
        assertEquals(dec("60"), history.targetOn(day("2026-07-01")));
        assertEquals(dec("60"), history.targetOn(day("2026-12-31")));
        assertEquals(dec("50"), history.originalTarget());
        assertEquals(List.of(new AdjustmentHistory.TargetStep(Optional.empty(), dec("50")),
                new AdjustmentHistory.TargetStep(Optional.of(day("2026-07-01")), dec("60"))), history.targetSteps());
    }

    @Test
    public void shouldCountFromTheDayOfApprovalWhenNoDateWasProposed() {
        AdjustmentHistory history = approved(start, "45", null, APPROVED_AT);

        assertEquals(Optional.of(day("2026-06-20")), history.adjustments().get(0).effectiveDay());
        assertEquals(Optional.empty(), history.adjustments().get(0).effectiveFrom());
        assertEquals(dec("50"), history.targetOn(day("2026-06-19")));
        assertEquals(dec("45"), history.targetOn(day("2026-06-20")));
    }

    @Test
    public void shouldKeepTheOriginalTargetWhileAnAdjustmentIsPendingOrRejected() {
        AdjustmentHistory pending = start.propose(dec("60"), "why", JIA, MANAGER, T0, day("2026-01-01"), YEAR)
                .value();
        AdjustmentHistory rejected = pending.reject(MANAGER, "no", APPROVED_AT).value();

        assertEquals(dec("50"), pending.targetOn(day("2026-12-31")));
        assertEquals(dec("50"), rejected.targetOn(day("2026-12-31")));
        assertEquals(SEED, rejected.planInForce(SEED));
    }

    @Test
    public void shouldFollowTwoApprovedAdjustmentsInTurn() {
        AdjustmentHistory history = approved(approved(start, "60", "2026-04-01", APPROVED_AT), "55", "2026-10-01",
                APPROVED_AT.plusSeconds(86_400 * 100L));

        assertEquals(dec("50"), history.targetOn(day("2026-03-31")));
        assertEquals(dec("60"), history.targetOn(day("2026-09-30")));
        assertEquals(dec("55"), history.targetOn(day("2026-10-01")));
        assertEquals(dec("60"), history.adjustments().get(1).oldTarget());
    }

    @Test
    public void shouldShareTheChangeOverTheRestOfThePlanAndKeepWhatWasPlannedBefore() {
        AdjustmentHistory history = approved(start, "60", "2026-07-01", APPROVED_AT);

        Plan inForce = history.planInForce(SEED);

        // +10 over Q3 and Q4 in proportion to 17 and 10: 6.296296 and the remainder 3.703704.
        assertEquals(decs("8", "15", "23.296296", "13.703704"), inForce.values());
        assertEquals(dec("60"), inForce.total());
    }

    @Test
    public void shouldShareTheChangeByDaysWhenNothingWasPlannedForTheRest() {
        Plan frontLoaded = Plan.of(YEAR, PlanGranularity.QUARTER, decs("50", "0", "0", "0")).value();

        Plan changed = frontLoaded.withChangeFrom(day("2026-10-01"), dec("-10"));

        assertEquals(decs("50", "0", "0", "-10"), changed.values());
        assertEquals(frontLoaded, frontLoaded.withChangeFrom(day("2027-01-01"), dec("5")));
    }

    @Test
    public void shouldSplitASubPeriodByItsDaysWhenTheChangeStartsInsideIt() {
        // From 16 August: 46 of Q3's 92 days remain (17 x 46/92 = 8.5 planned), and Q4's 10: 8.5 + 10 = 18.5.
        Plan changed = SEED.withChangeFrom(day("2026-08-16"), dec("37"));

        assertEquals(decs("8", "15", "34", "30"), changed.values());
    }

    @Test
    public void shouldRefuseAnEffectiveDateOutsideThePeriodOrBeforeTheLastApprovedOne() {
        assertEquals("adjustment.effective-outside-period@effectiveFrom", codes(start.propose(dec("60"), "why", JIA,
                MANAGER, T0, day("2027-01-01"), YEAR)));
        AdjustmentHistory history = approved(start, "60", "2026-07-01", APPROVED_AT);
        assertEquals("adjustment.effective-before-previous@effectiveFrom", codes(history.propose(dec("70"), "why",
                JIA, MANAGER, T0, day("2026-06-30"), YEAR)));
        assertTrue(history.propose(dec("70"), "why", JIA, MANAGER, T0, day("2026-07-01"), YEAR).isValid());
    }

    @Test
    public void shouldRefuseToApproveFromADayBeforeTheLastApprovedOne() {
        AdjustmentHistory history = approved(start, "60", "2026-09-01", APPROVED_AT);
        AdjustmentHistory pending = history.propose(dec("70"), "why", JIA, MANAGER, T0).value();

        // Approved on 20 June without a date: from 20 June, before 1 September.
        assertEquals("adjustment.effective-before-previous@effectiveFrom",
                codes(pending.approve(MANAGER, "", APPROVED_AT)));
    }

    @Test
    public void shouldSetTheTargetOnlyWhereItFitsTheMeasure() {
        MetricMeasure revenue = new MetricMeasure(Direction.INCREASE, dec("0"),
                new TargetTiers(dec("40"), dec("50"), dec("70")), "CNY");
        Measure numeric = new IssueMeasure(ProgressBasis.NUMERIC_FIELD, StatusWeights.defaults(), "customfield_1",
                new TargetTiers(null, dec("50"), null), List.of(new WorkLink.Epic("A-1")));

        assertEquals(Optional.of(new MetricMeasure(Direction.INCREASE, dec("0"),
                new TargetTiers(dec("40"), dec("60"), dec("70")), "CNY")), AdjustmentHistory.withTarget(revenue,
                        dec("60")));
        assertEquals(dec("80"), ((IssueMeasure) AdjustmentHistory.withTarget(numeric, dec("80")).orElseThrow())
                .target());
        assertEquals(Optional.empty(), AdjustmentHistory.withTarget(revenue, dec("75"))); // beyond the stretch
        assertEquals(Optional.empty(), AdjustmentHistory.withTarget(revenue, dec("-1"))); // against the direction
        assertEquals(Optional.empty(), AdjustmentHistory.withTarget(new MilestoneMeasure("Launch"), dec("1")));
        assertEquals("adjustment.target-outside-tiers@newTarget", codes(AdjustmentHistory.checkFits(revenue,
                dec("75"))));
        assertEquals(List.of("0", "40", "70"), AdjustmentHistory.checkFits(revenue, dec("30")).get(0).args());
        assertTrue(AdjustmentHistory.checkFits(revenue, dec("65")).isEmpty());
    }
}
