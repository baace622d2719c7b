package dev.cascade.okr.store;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import dev.cascade.okr.core.model.KeyResultId;
import dev.cascade.okr.core.model.Period;
import dev.cascade.okr.core.port.StoreWrite;
import dev.cascade.okr.core.port.Versioned;
import dev.cascade.okr.core.tracking.AdjustmentHistory;
import dev.cascade.okr.core.tracking.AdjustmentState;
import dev.cascade.okr.core.tracking.TargetAdjustment;
import dev.cascade.okr.core.validation.Validated;
import dev.cascade.okr.core.validation.ViolationCode;
import dev.cascade.okr.store.kernel.VersionClaimAo;
import dev.cascade.okr.store.tracking.AdjustmentAo;
import dev.cascade.okr.store.tracking.AoTrackingStore;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.Test;

/** Target adjustments in the tracking store on the real Active Objects library, on H2 and PostgreSQL. */
public class AoAdjustmentStoreTest extends StoreTest<AoTrackingStore> {

    private static final KeyResultId KR = new KeyResultId(7);
    private static final BigDecimal ORIGINAL = new BigDecimal("100");
    private static final Instant AT = Instant.parse("2026-03-31T10:15:30Z");

    /** Runs on one database kind. */
    public AoAdjustmentStoreTest(String kind) {
        super(kind, AoTrackingStore::new, AdjustmentAo.class, VersionClaimAo.class);
    }

    @Test
    public void shouldStartAtTheOriginalTargetWhenNothingWasProposed() {
        Versioned<AdjustmentHistory> history = store.history(KR, ORIGINAL);

        assertEquals(0, history.version());
        assertEquals(AdjustmentHistory.startingAt(ORIGINAL), history.value());
        assertEquals(ORIGINAL, history.value().currentTarget());
    }

    @Test
    public void shouldKeepTheEffectiveDateAndTellWhichApprovedTargetsAreDueWhenDecided() {
        Period year = Period.year(2026);
        Versioned<AdjustmentHistory> proposed = written(store.propose(KR, ORIGINAL, 0, new BigDecimal("120"),
                "Bigger market", ALICE, BOB, AT, LocalDate.of(2026, 7, 1), year));
        assertEquals(Optional.of(LocalDate.of(2026, 7, 1)), proposed.value().adjustments().get(0).effectiveFrom());
        written(store.approve(KR, ORIGINAL, 1, BOB, "", AT.plusSeconds(60)));

        assertEquals(Set.of(), store.adjustmentsToApply(LocalDate.of(2026, 6, 30)));
        assertEquals(Set.of(KR), store.adjustmentsToApply(LocalDate.of(2026, 7, 1)));
        // Once in force, the key result's measure holds 120: the history still starts at the original 100.
        Versioned<AdjustmentHistory> read = store.history(KR, new BigDecimal("120"));
        assertEquals(ORIGINAL, read.value().originalTarget());
        assertEquals(new BigDecimal("120"), read.value().targetOn(LocalDate.of(2026, 7, 1)));
        assertEquals(ORIGINAL, read.value().targetOn(LocalDate.of(2026, 6, 30)));

        store.markApplied(KR, LocalDate.of(2026, 6, 30), AT.plusSeconds(120));
        assertEquals(Set.of(KR), store.adjustmentsToApply(LocalDate.of(2026, 7, 1)));
        store.markApplied(KR, LocalDate.of(2026, 7, 1), AT.plusSeconds(120));
        assertEquals(Set.of(), store.adjustmentsToApply(LocalDate.of(2026, 12, 31)));
        assertEquals(2, store.history(KR, ORIGINAL).version()); // bringing into force is not a change of history
    }

    @Test
    public void shouldRefuseAnEffectiveDateOutsideTheGoalPeriodAndStoreNothing() {
        Validated<StoreWrite<Versioned<AdjustmentHistory>>> refused = store.propose(KR, ORIGINAL, 0, BigDecimal.TEN,
                "Why", ALICE, BOB, AT, LocalDate.of(2027, 1, 1), Period.year(2026));

        assertEquals(ViolationCode.ADJUSTMENT_EFFECTIVE_OUTSIDE_PERIOD, refused.errors().get(0).code());
        assertEquals(0, store.history(KR, ORIGINAL).version());
    }

    @Test
    public void shouldKeepEveryProposalAndDecisionInOrderWhenApprovedAndRejected() {
        String reason = "市场变化，目标下调 " + "长".repeat(1990);
        Versioned<AdjustmentHistory> proposed = written(store.propose(KR, ORIGINAL, 0,
                new BigDecimal("-80.123456"), reason, ALICE, BOB, Instant.parse("2026-03-31T10:15:30.123999Z")));
        Versioned<AdjustmentHistory> approved = written(store.approve(KR, ORIGINAL, 1, BOB, "同意", AT.plusSeconds(60)));
        Versioned<AdjustmentHistory> proposedAgain = written(store.propose(KR, ORIGINAL, 2, new BigDecimal("90"),
                "Recovered", ALICE, BOB, AT.plusSeconds(120)));
        Versioned<AdjustmentHistory> rejected = written(store.reject(KR, ORIGINAL, 3, BOB, "", AT.plusSeconds(180)));

        assertEquals(List.of(1L, 2L, 3L, 4L), List.of(proposed.version(), approved.version(), proposedAgain.version(),
                rejected.version()));
        assertTrue(proposed.value().pending().isPresent());
        Versioned<AdjustmentHistory> read = store.history(KR, ORIGINAL);
        assertEquals(rejected, read);
        assertEquals(new BigDecimal("-80.123456"), read.value().currentTarget());
        List<TargetAdjustment> adjustments = read.value().adjustments();
        assertEquals(new TargetAdjustment(ORIGINAL, new BigDecimal("-80.123456"), reason, ALICE, BOB,
                Instant.parse("2026-03-31T10:15:30.123Z"), AdjustmentState.APPROVED,
                Optional.of(AT.plusSeconds(60)), "同意"), adjustments.get(0));
        assertEquals(new TargetAdjustment(new BigDecimal("-80.123456"), new BigDecimal("90"), "Recovered", ALICE, BOB,
                AT.plusSeconds(120), AdjustmentState.REJECTED, Optional.of(AT.plusSeconds(180)), ""),
                adjustments.get(1));
        assertEquals(ORIGINAL, store.history(KR, ORIGINAL).value().originalTarget());
        assertEquals(0, store.history(new KeyResultId(8), ORIGINAL).version());
    }

    @Test
    public void shouldReturnFindingsAndStoreNothingWhenCoreRefuses() {
        Validated<StoreWrite<Versioned<AdjustmentHistory>>> refused = store.propose(KR, ORIGINAL, 0, ORIGINAL, " ",
                ALICE, ALICE, AT);

        assertFalse(refused.isValid());
        assertEquals(List.of(ViolationCode.ADJUSTMENT_TARGET_UNCHANGED, ViolationCode.ADJUSTMENT_REASON_REQUIRED,
                ViolationCode.ADJUSTMENT_APPROVER_IS_REQUESTER), refused.errors().stream().map(v -> v.code()).toList());
        assertEquals(0, ao.count(AdjustmentAo.class));

        written(store.propose(KR, ORIGINAL, 0, BigDecimal.TEN, "Why", ALICE, BOB, AT));
        Validated<StoreWrite<Versioned<AdjustmentHistory>>> notApprover = store.approve(KR, ORIGINAL, 1, ALICE, "",
                AT);
        assertEquals(List.of(ViolationCode.ADJUSTMENT_NOT_APPROVER),
                notApprover.errors().stream().map(v -> v.code()).toList());
        assertEquals(1, store.history(KR, ORIGINAL).version());
        assertTrue(store.history(KR, ORIGINAL).value().pending().isPresent());
    }

    @Test
    public void shouldAnswerStaleAndChangeNothingWhenHistoryChangedSinceRead() {
        Versioned<AdjustmentHistory> first = written(store.propose(KR, ORIGINAL, 0, BigDecimal.TEN, "Why", ALICE,
                BOB, AT));

        Validated<StoreWrite<Versioned<AdjustmentHistory>>> late = store.propose(KR, ORIGINAL, 0, BigDecimal.ONE,
                "Me too", ALICE, BOB, AT);

        assertEquals(new StoreWrite.Stale<>(first), late.value());
        assertEquals(first, store.history(KR, ORIGINAL));
        assertEquals(1, ao.count(AdjustmentAo.class));
    }

    @Test
    public void shouldLetExactlyOneDeciderThroughWhenTwoDecideAtOnce() throws Exception {
        for (int round = 1; round <= 20; round++) {
            KeyResultId id = new KeyResultId(100 + round);
            written(store.propose(id, ORIGINAL, 0, BigDecimal.TEN, "Why", ALICE, BOB, AT));

            List<Validated<StoreWrite<Versioned<AdjustmentHistory>>>> results = Races.together(
                    () -> store.approve(id, ORIGINAL, 1, BOB, "yes", AT.plusSeconds(1)),
                    () -> store.reject(id, ORIGINAL, 1, BOB, "no", AT.plusSeconds(2)));

            List<StoreWrite<Versioned<AdjustmentHistory>>> writes = results.stream().map(Validated::value).toList();
            assertEquals("round " + round + ": " + writes, 1,
                    writes.stream().filter(w -> w instanceof StoreWrite.Written).count());
            assertEquals("round " + round + ": " + writes, 1,
                    writes.stream().filter(w -> w instanceof StoreWrite.Stale).count());
            Versioned<AdjustmentHistory> stored = store.history(id, ORIGINAL);
            assertEquals(2, stored.version());
            for (StoreWrite<Versioned<AdjustmentHistory>> write : writes) {
                assertEquals(stored, write instanceof StoreWrite.Written<Versioned<AdjustmentHistory>> w ? w.value()
                        : ((StoreWrite.Stale<Versioned<AdjustmentHistory>>) write).current());
            }
            assertFalse(stored.value().pending().isPresent());
        }
    }

    private static Versioned<AdjustmentHistory> written(Validated<StoreWrite<Versioned<AdjustmentHistory>>> result) {
        assertTrue(result.toString(), result.isValid());
        assertTrue(result.toString(), result.value() instanceof StoreWrite.Written);
        return ((StoreWrite.Written<Versioned<AdjustmentHistory>>) result.value()).value();
    }
}
