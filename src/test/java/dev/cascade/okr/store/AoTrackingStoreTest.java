package dev.cascade.okr.store;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import dev.cascade.okr.core.model.KeyResultId;
import dev.cascade.okr.core.model.Period;
import dev.cascade.okr.core.port.StoreWrite;
import dev.cascade.okr.core.port.Versioned;
import dev.cascade.okr.core.tracking.Plan;
import dev.cascade.okr.core.tracking.PlanGranularity;
import dev.cascade.okr.store.kernel.VersionClaimAo;
import dev.cascade.okr.store.tracking.AoTrackingStore;
import dev.cascade.okr.store.tracking.PlanAo;
import dev.cascade.okr.store.tracking.PlanValueAo;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.Test;

/** Plans in the tracking store on the real Active Objects library, on H2 and PostgreSQL. */
public class AoTrackingStoreTest extends StoreTest<AoTrackingStore> {

    private static final KeyResultId KR = new KeyResultId(7);

    /** Runs on one database kind. */
    public AoTrackingStoreTest(String kind) {
        super(kind, AoTrackingStore::new, PlanAo.class, PlanValueAo.class, VersionClaimAo.class);
    }

    @Test
    public void shouldReadQuarterlyPlanBackWhenStored() {
        Plan plan = quarterly("12", "15", "17.5", "10");

        StoreWrite<Versioned<Plan>> written = store.putPlan(KR, 0, plan);

        assertEquals(new StoreWrite.Written<>(new Versioned<>(plan, 1)), written);
        Versioned<Plan> read = store.plan(KR).orElseThrow();
        assertEquals(plan, read.value());
        assertEquals(1, read.version());
        assertEquals(Period.year(2026), read.value().goalPeriod());
        assertEquals(PlanGranularity.QUARTER, read.value().granularity());
        assertEquals(decimals("12", "15", "17.5", "10"), read.value().values());
        assertEquals(new BigDecimal("54.5"), read.value().total());
    }

    @Test
    public void shouldRoundTripMonthlyPlanWithSixDecimalNegativeValuesWhenPeriodIsCustom() {
        Period custom = Period.custom(LocalDate.of(2026, 2, 15), LocalDate.of(2026, 7, 10), "period").value();
        List<BigDecimal> values = decimals("-0.000001", "-123456789.123456", "0", "1000000000000000",
                "-1000000000000000", "3.140000");
        Plan plan = Plan.of(custom, PlanGranularity.MONTH, values).value();

        store.putPlan(KR, 0, plan);

        Plan read = store.plan(KR).orElseThrow().value();
        assertEquals(plan, read);
        assertEquals(custom, read.goalPeriod());
        assertEquals(6, read.subPeriods().size());
        assertEquals(LocalDate.of(2026, 2, 15), read.subPeriods().get(0).start());
        assertEquals("-0.000001", read.values().get(0).toPlainString());
        assertEquals("-123456789.123456", read.values().get(1).toPlainString());
        assertEquals("1000000000000000", read.values().get(3).toPlainString());
        assertEquals("3.14", read.values().get(5).toPlainString());
    }

    @Test
    public void shouldReplaceWholePlanWhenVersionMatches() {
        store.putPlan(KR, 0, quarterly("12", "15", "17", "10"));
        Plan monthly = Plan.of(Period.year(2026), PlanGranularity.MONTH,
                decimals("1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11", "12.5")).value();

        StoreWrite<Versioned<Plan>> written = store.putPlan(KR, 1, monthly);

        assertEquals(new StoreWrite.Written<>(new Versioned<>(monthly, 2)), written);
        assertEquals(new Versioned<>(monthly, 2), store.plan(KR).orElseThrow());
        assertEquals(12, ao.count(PlanValueAo.class));
        assertEquals(1, ao.count(PlanAo.class));
    }

    @Test
    public void shouldAnswerStaleAndChangeNothingWhenVersionIsOld() {
        store.putPlan(KR, 0, quarterly("1", "2", "3", "4"));
        Plan second = quarterly("5", "6", "7", "8");
        store.putPlan(KR, 1, second);

        StoreWrite<Versioned<Plan>> late = store.putPlan(KR, 1, quarterly("9", "9", "9", "9"));

        assertEquals(new StoreWrite.Stale<>(new Versioned<>(second, 2)), late);
        assertEquals(new Versioned<>(second, 2), store.plan(KR).orElseThrow());
    }

    @Test
    public void shouldAnswerStaleWhenCreatingPlanThatExists() {
        Plan first = quarterly("1", "2", "3", "4");
        store.putPlan(KR, 0, first);

        StoreWrite<Versioned<Plan>> again = store.putPlan(KR, 0, quarterly("5", "6", "7", "8"));

        assertEquals(new StoreWrite.Stale<>(new Versioned<>(first, 1)), again);
        assertEquals(first, store.plan(KR).orElseThrow().value());
    }

    @Test
    public void shouldAnswerMissingWhenVersionIsGivenForNoPlan() {
        assertEquals(new StoreWrite.Missing<>(), store.putPlan(KR, 3, quarterly("1", "2", "3", "4")));
        assertFalse(store.plan(KR).isPresent());
        assertEquals(0, ao.count(PlanAo.class));
    }

    @Test
    public void shouldReadManyPlansInBatchesWhenMoreThan500AreAsked() {
        Set<KeyResultId> asked = writtenFor(520, (id, i) -> {
            if (i % 2 == 0) {
                store.putPlan(id, 0, Plan.of(Period.quarter(2026, 2), PlanGranularity.MONTH,
                        decimals(i + ".5", "-" + i, "0.000001")).value());
            }
        });
        asked.add(new KeyResultId(10_000));

        Map<KeyResultId, Versioned<Plan>> plans = store.plans(asked);

        assertEquals(260, plans.size());
        assertEquals(decimals("512.5", "-512", "0.000001"), plans.get(new KeyResultId(512)).value().values());
        assertFalse(plans.containsKey(new KeyResultId(511)));
        assertEquals(Map.of(), store.plans(Set.of()));
    }

    @Test
    public void shouldLetExactlyOneWriterThroughWhenTwoRaceFromTheSameVersion() throws Exception {
        for (int round = 1; round <= 20; round++) {
            KeyResultId id = new KeyResultId(100 + round);
            long version = 0;
            if (round % 2 == 0) { // half the rounds race to create, half to replace
                store.putPlan(id, 0, quarterly("1", "1", "1", "1"));
                version = 1;
            }
            long base = version;
            Plan mine = quarterly("2", "2", "2", "2");
            Plan theirs = quarterly("3", "3", "3", "3");

            List<StoreWrite<Versioned<Plan>>> results = Races.together(
                    () -> store.putPlan(id, base, mine), () -> store.putPlan(id, base, theirs));

            long written = results.stream().filter(r -> r instanceof StoreWrite.Written).count();
            long stale = results.stream().filter(r -> r instanceof StoreWrite.Stale).count();
            assertEquals("round " + round + ": " + results, 1, written);
            assertEquals("round " + round + ": " + results, 1, stale);
            Versioned<Plan> winner = ((StoreWrite.Written<Versioned<Plan>>) results.stream()
                    .filter(r -> r instanceof StoreWrite.Written).findFirst().orElseThrow()).value();
            assertEquals(base + 1, winner.version());
            assertEquals(winner, store.plan(id).orElseThrow());
            StoreWrite.Stale<Versioned<Plan>> loser = (StoreWrite.Stale<Versioned<Plan>>) results.stream()
                    .filter(r -> r instanceof StoreWrite.Stale).findFirst().orElseThrow();
            assertEquals(winner, loser.current());
            assertTrue(winner.value().equals(mine) || winner.value().equals(theirs));
        }
    }

    private static Plan quarterly(String... values) {
        return Plan.of(Period.year(2026), PlanGranularity.QUARTER, decimals(values)).value();
    }

    private static List<BigDecimal> decimals(String... values) {
        return Arrays.stream(values).map(BigDecimal::new).toList();
    }
}
