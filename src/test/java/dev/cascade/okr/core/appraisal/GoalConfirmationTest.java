package dev.cascade.okr.core.appraisal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import dev.cascade.okr.core.model.UserRef;
import dev.cascade.okr.core.validation.Validated;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.Test;

/** Goal confirmation by both sides: confirmations, objections with reasons, their resolution by the other side. */
public class GoalConfirmationTest {

    private static final UserRef OWNER = new UserRef("jia");
    private static final UserRef MANAGER = new UserRef("sales-manager");
    private static final UserRef STRANGER = new UserRef("someone-else");
    private static final Instant T1 = Instant.parse("2024-01-08T09:00:00Z");
    private static final Instant T2 = Instant.parse("2024-01-09T09:00:00Z");
    private static final Instant T3 = Instant.parse("2024-01-10T09:00:00Z");
    private static final Instant T4 = Instant.parse("2024-01-11T09:00:00Z");

    private static GoalConfirmation fresh() {
        return GoalConfirmation.start(OWNER, MANAGER).value();
    }

    private static GoalConfirmation objectedByOwner() {
        return fresh().object(OWNER, "50 new customers is too many without the key-account list", T1).value();
    }

    @Test
    public void shouldRefuseWhenOwnerAndManagerAreTheSamePerson() {
        assertEquals("appraisal.parties-same@manager", Findings.of(GoalConfirmation.start(OWNER, OWNER).violations()));
    }

    @Test
    public void shouldBeConfirmedWhenBothSidesConfirm() {
        GoalConfirmation owner = fresh().confirm(OWNER, T1).value();
        GoalConfirmation both = owner.confirm(MANAGER, T2).value();

        assertFalse(fresh().isConfirmed());
        assertFalse(owner.isConfirmed());
        assertTrue(both.isConfirmed());
        assertEquals(Optional.of(new Stamp(OWNER, T1)), both.ownerConfirmation());
        assertEquals(Optional.of(new Stamp(MANAGER, T2)), both.managerConfirmation());
    }

    @Test
    public void shouldBeConfirmedWhenTheManagerConfirmsFirst() {
        assertTrue(fresh().confirm(MANAGER, T1).value().confirm(OWNER, T2).value().isConfirmed());
    }

    @Test
    public void shouldRefuseWhenSomeoneElseConfirms() {
        assertEquals("confirmation.not-a-party@actor", Findings.of(fresh().confirm(STRANGER, T1).violations()));
    }

    @Test
    public void shouldRefuseWhenASideConfirmsTwice() {
        GoalConfirmation owner = fresh().confirm(OWNER, T1).value();

        assertEquals("confirmation.already-confirmed@actor", Findings.of(owner.confirm(OWNER, T2).violations()));
    }

    @Test
    public void shouldRecordTheObjectionWhenASideObjectsWithAReason() {
        GoalConfirmation objected = fresh().object(MANAGER, "  Cash collection must be at least 90%  ", T1).value();

        Objection objection = objected.objections().get(0);
        assertEquals(new Stamp(MANAGER, T1), objection.raised());
        assertEquals("Cash collection must be at least 90%", objection.reason());
        assertTrue(objection.isOpen());
        assertEquals(Optional.empty(), objection.resolution());
        assertEquals(List.of(objection), objected.openObjections());
    }

    @Test
    public void shouldRefuseWhenAnObjectionHasNoReason() {
        assertEquals("confirmation.reason-required@reason", Findings.of(fresh().object(OWNER, null, T1).violations()));
        assertEquals("confirmation.reason-required@reason",
                Findings.of(fresh().object(OWNER, " \n\t", T1).violations()));
    }

    @Test
    public void shouldRefuseWhenTheReasonIsTooLong() {
        assertEquals("appraisal.text-too-long@reason:2000",
                Findings.of(fresh().object(OWNER, "x".repeat(2001), T1).violations()));
        assertTrue(fresh().object(OWNER, "x".repeat(2000), T1).isValid());
    }

    @Test
    public void shouldRefuseWhenSomeoneElseObjects() {
        assertEquals("confirmation.not-a-party@actor", Findings.of(fresh().object(STRANGER, "No", T1).violations()));
    }

    @Test
    public void shouldRefuseConfirmationWhileAnObjectionIsOpen() {
        assertEquals("confirmation.open-objection@objections",
                Findings.of(objectedByOwner().confirm(MANAGER, T2).violations()));
        assertEquals("confirmation.open-objection@objections",
                Findings.of(objectedByOwner().confirm(OWNER, T2).violations()));
    }

    @Test
    public void shouldWithdrawBothConfirmationsWhenAnObjectionIsRaised() {
        GoalConfirmation managerConfirmed = fresh().confirm(MANAGER, T1).value();

        GoalConfirmation objected = managerConfirmed.object(OWNER, "Target too high", T2).value();

        assertEquals(Optional.empty(), objected.managerConfirmation());
        assertEquals(Optional.empty(), objected.ownerConfirmation());
    }

    @Test
    public void shouldReopenAConfirmedGoalWhenASideObjectsLater() {
        GoalConfirmation confirmed = fresh().confirm(OWNER, T1).value().confirm(MANAGER, T2).value();

        GoalConfirmation reopened = confirmed.object(MANAGER, "The market changed", T3).value();

        assertFalse(reopened.isConfirmed());
        assertEquals(1, reopened.openObjections().size());
    }

    @Test
    public void shouldAllowConfirmationAgainWhenTheOtherSideResolvedTheObjection() {
        GoalConfirmation resolved = objectedByOwner()
                .resolve(0, MANAGER, " Key-account list added to the support needed ", T2).value();

        GoalConfirmation confirmed = resolved.confirm(OWNER, T3).value().confirm(MANAGER, T4).value();

        assertTrue(confirmed.isConfirmed());
        Objection objection = confirmed.objections().get(0);
        assertFalse(objection.isOpen());
        assertEquals(Optional.of(new Stamp(MANAGER, T2)), objection.resolved());
        assertEquals(Optional.of("Key-account list added to the support needed"), objection.resolution());
        assertEquals(new Stamp(OWNER, T1), objection.raised());
        assertEquals(List.of(), confirmed.openObjections());
    }

    @Test
    public void shouldKeepEveryObjectionOnRecordWhenSeveralWereRaised() {
        GoalConfirmation twice = objectedByOwner().resolve(0, MANAGER, "Lowered to 45", T2).value()
                .object(MANAGER, "45 is too low after all", T3).value();

        assertEquals(2, twice.objections().size());
        assertFalse(twice.objections().get(0).isOpen());
        assertTrue(twice.objections().get(1).isOpen());
        assertTrue(twice.resolve(1, OWNER, "Agreed on 48", T4).isValid());
        assertThrows(UnsupportedOperationException.class, () -> twice.objections().clear());
    }

    @Test
    public void shouldRefuseWhenTheAuthorResolvesTheirOwnObjection() {
        assertEquals("confirmation.own-objection@actor",
                Findings.of(objectedByOwner().resolve(0, OWNER, "Never mind", T2).violations()));
    }

    @Test
    public void shouldRefuseWhenSomeoneElseResolves() {
        assertEquals("confirmation.not-a-party@actor",
                Findings.of(objectedByOwner().resolve(0, STRANGER, "Fine", T2).violations()));
    }

    @Test
    public void shouldRefuseWhenTheObjectionDoesNotExist() {
        assertEquals("confirmation.objection-unknown@objectionIndex",
                Findings.of(objectedByOwner().resolve(1, MANAGER, "Fine", T2).violations()));
        assertEquals("confirmation.objection-unknown@objectionIndex",
                Findings.of(objectedByOwner().resolve(-1, MANAGER, "Fine", T2).violations()));
        assertEquals("confirmation.objection-unknown@objectionIndex",
                Findings.of(fresh().resolve(0, MANAGER, "Fine", T2).violations()));
    }

    @Test
    public void shouldRefuseWhenTheObjectionIsAlreadyResolved() {
        GoalConfirmation resolved = objectedByOwner().resolve(0, MANAGER, "Lowered to 45", T2).value();

        assertEquals("confirmation.objection-resolved@objectionIndex",
                Findings.of(resolved.resolve(0, MANAGER, "Again", T3).violations()));
    }

    @Test
    public void shouldRefuseWhenTheResolutionIsMissingOrTooLong() {
        assertEquals("confirmation.resolution-required@resolution",
                Findings.of(objectedByOwner().resolve(0, MANAGER, "  ", T2).violations()));
        assertEquals("appraisal.text-too-long@resolution:2000",
                Findings.of(objectedByOwner().resolve(0, MANAGER, "y".repeat(2001), T2).violations()));
    }

    @Test
    public void shouldLeaveTheOriginalUnchangedWhenAStepIsTaken() {
        GoalConfirmation original = fresh();
        Validated<GoalConfirmation> confirmed = original.confirm(OWNER, T1);

        assertTrue(confirmed.isValid());
        assertEquals(Optional.empty(), original.ownerConfirmation());
        assertEquals(fresh(), original);
    }
}
