package dev.cascade.okr.core.tracking;

import static dev.cascade.okr.core.tracking.Fixtures.JIA;
import static dev.cascade.okr.core.tracking.Fixtures.MANAGER;
import static dev.cascade.okr.core.tracking.Fixtures.T0;
import static dev.cascade.okr.core.tracking.Fixtures.YI;
import static dev.cascade.okr.core.tracking.Fixtures.codes;
import static dev.cascade.okr.core.tracking.Fixtures.dec;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertSame;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import dev.cascade.okr.core.model.UserRef;
import dev.cascade.okr.core.validation.Validated;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.Test;

/** Target adjustments: a reason and a different approver are required, only that approver decides, history stays. */
public class AdjustmentHistoryTest {

    private static final Instant LATER = T0.plusSeconds(3600);

    private final AdjustmentHistory start = AdjustmentHistory.startingAt(dec("50"));

    private AdjustmentHistory proposed(AdjustmentHistory history, String target) {
        return history.propose(dec(target), "Market shrank", JIA, MANAGER, T0).value();
    }

    @Test
    public void shouldKeepTheTargetWhileAProposalIsPending() {
        AdjustmentHistory history = proposed(start, "45");

        TargetAdjustment pending = history.pending().orElseThrow();
        assertEquals(dec("50"), history.currentTarget());
        assertEquals(dec("50"), pending.oldTarget());
        assertEquals(dec("45"), pending.newTarget());
        assertEquals(AdjustmentState.PROPOSED, pending.state());
        assertEquals(Optional.empty(), pending.decidedAt());
        assertEquals(MANAGER, pending.approver());
        assertEquals(JIA, pending.requestedBy());
        assertEquals(T0, pending.requestedAt());
        assertTrue(start.adjustments().isEmpty());
    }

    @Test
    public void shouldUseTheNewTargetWhenTheApproverApproves() {
        AdjustmentHistory history = proposed(start, "45").approve(MANAGER, "Agreed", LATER).value();

        TargetAdjustment approved = history.adjustments().get(0);
        assertEquals(dec("45"), history.currentTarget());
        assertEquals(dec("50"), history.originalTarget());
        assertEquals(AdjustmentState.APPROVED, approved.state());
        assertEquals(Optional.of(LATER), approved.decidedAt());
        assertEquals("Agreed", approved.decisionComment());
        assertEquals(Optional.empty(), history.pending());
    }

    @Test
    public void shouldKeepTheTargetAndTheRecordWhenTheApproverRejects() {
        AdjustmentHistory history = proposed(start, "45").reject(MANAGER, null, LATER).value();

        assertEquals(dec("50"), history.currentTarget());
        assertEquals(AdjustmentState.REJECTED, history.adjustments().get(0).state());
        assertEquals("", history.adjustments().get(0).decisionComment());
        assertEquals(1, history.adjustments().size());
    }

    @Test
    public void shouldKeepEveryAdjustmentInOrderWhenSeveralAreDecided() {
        AdjustmentHistory history = proposed(start, "45").approve(MANAGER, "", LATER).value();
        history = proposed(history, "40").reject(MANAGER, "Too low", LATER).value();
        history = proposed(history, "48").approve(MANAGER, "", LATER).value();

        assertEquals(List.of(AdjustmentState.APPROVED, AdjustmentState.REJECTED, AdjustmentState.APPROVED),
                history.adjustments().stream().map(TargetAdjustment::state).toList());
        assertEquals(List.of(dec("50"), dec("45"), dec("45")),
                history.adjustments().stream().map(TargetAdjustment::oldTarget).toList());
        assertEquals(dec("48"), history.currentTarget());
    }

    @Test
    public void shouldRefuseASecondProposalWhenOneIsPending() {
        Validated<AdjustmentHistory> second = proposed(start, "45").propose(dec("40"), "Again", JIA, MANAGER, T0);

        assertEquals("adjustment.pending-exists@null", codes(second));
    }

    @Test
    public void shouldRequireAReasonWhenProposing() {
        assertEquals("adjustment.reason-required@reason", codes(start.propose(dec("45"), null, JIA, MANAGER, T0)));
        assertEquals("adjustment.reason-required@reason", codes(start.propose(dec("45"), " \n", JIA, MANAGER, T0)));
    }

    @Test
    public void shouldLimitTheReasonWhenProposing() {
        assertTrue(start.propose(dec("45"), "x".repeat(2000), JIA, MANAGER, T0).isValid());
        assertEquals("text.too-long@reason",
                codes(start.propose(dec("45"), "x".repeat(2001), JIA, MANAGER, T0)));
        assertEquals("text.control-characters@reason",
                codes(start.propose(dec("45"), "a\u0000", JIA, MANAGER, T0)));
    }

    @Test
    public void shouldRequireAnApproverOtherThanTheRequesterWhenProposing() {
        assertEquals("adjustment.approver-required@approver",
                codes(start.propose(dec("45"), "Why", JIA, null, T0)));
        assertEquals("adjustment.approver-is-requester@approver",
                codes(start.propose(dec("45"), "Why", JIA, JIA, T0)));
        assertEquals("adjustment.approver-is-requester@approver",
                codes(start.propose(dec("45"), "Why", JIA, new UserRef("jia"), T0)));
    }

    @Test
    public void shouldRequireAChangedTargetWhenProposing() {
        assertEquals("adjustment.target-required@newTarget", codes(start.propose(null, "Why", JIA, MANAGER, T0)));
        Validated<AdjustmentHistory> same = start.propose(dec("50.00"), "Why", JIA, MANAGER, T0);
        assertEquals("adjustment.target-unchanged@newTarget", codes(same));
        assertEquals(List.of("50"), same.errors().get(0).args());
        assertEquals("amount.too-large@newTarget",
                codes(start.propose(dec("1000000000000001"), "Why", JIA, MANAGER, T0)));
        assertEquals("amount.too-many-decimals@newTarget",
                codes(start.propose(dec("45.0000001"), "Why", JIA, MANAGER, T0)));
        assertTrue(start.propose(dec("-5"), "Why", JIA, MANAGER, T0).isValid());
    }

    @Test
    public void shouldNameEveryProblemWhenAProposalIsAllWrong() {
        Validated<AdjustmentHistory> result = proposed(start, "45").propose(null, "", JIA, JIA, T0);

        assertEquals("adjustment.pending-exists@null,adjustment.target-required@newTarget,"
                + "adjustment.reason-required@reason,adjustment.approver-is-requester@approver", codes(result));
    }

    @Test
    public void shouldRefuseTheDecisionWhenSomeoneElseDecides() {
        AdjustmentHistory history = proposed(start, "45");

        assertEquals("adjustment.not-approver@null", codes(history.approve(JIA, "", LATER)));
        assertEquals("adjustment.not-approver@null", codes(history.reject(YI, "", LATER)));
        assertTrue(history.pending().isPresent());
    }

    @Test
    public void shouldRefuseTheDecisionWhenNothingIsPending() {
        assertEquals("adjustment.nothing-pending@null", codes(start.approve(MANAGER, "", LATER)));
        AdjustmentHistory decided = proposed(start, "45").approve(MANAGER, "", LATER).value();
        assertEquals("adjustment.nothing-pending@null", codes(decided.reject(MANAGER, "", LATER)));
    }

    @Test
    public void shouldLimitTheCommentWhenDeciding() {
        Validated<AdjustmentHistory> result = proposed(start, "45").approve(MANAGER, "x".repeat(2001), LATER);

        assertFalse(result.isValid());
        assertEquals("text.too-long@comment", codes(result));
    }

    @Test
    public void shouldRejectWhenReadBackWithAPendingAdjustmentBeforeTheLast() {
        TargetAdjustment pending = proposed(start, "45").adjustments().get(0);
        AdjustmentHistory readBack = AdjustmentHistory.of(dec("50"), List.of(pending));

        assertSame(pending, readBack.pending().orElseThrow());
        assertThrows(IllegalArgumentException.class, () -> AdjustmentHistory.of(dec("50"), List.of(pending, pending)));
    }

    @Test
    public void shouldRejectWhenTheAdjustmentBreaksItsInvariants() {
        assertThrows(IllegalArgumentException.class, () -> new TargetAdjustment(dec("1"), dec("2"), "why", JIA, JIA,
                T0, AdjustmentState.PROPOSED, Optional.empty(), ""));
        assertThrows(IllegalArgumentException.class, () -> new TargetAdjustment(dec("1"), dec("2"), "why", JIA,
                MANAGER, T0, AdjustmentState.APPROVED, Optional.empty(), ""));
        assertThrows(IllegalArgumentException.class, () -> new TargetAdjustment(dec("1"), dec("2"), "why", JIA,
                MANAGER, T0, AdjustmentState.PROPOSED, Optional.of(LATER), ""));
        assertThrows(IllegalArgumentException.class, () -> new TargetAdjustment(dec("1"), dec("2"), " ", JIA,
                MANAGER, T0, AdjustmentState.PROPOSED, Optional.empty(), ""));
    }
}
