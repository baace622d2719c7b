package dev.cascade.okr.core.appraisal;

import static dev.cascade.okr.core.appraisal.Appraisals.APPRAISEE;
import static dev.cascade.okr.core.appraisal.Appraisals.MANAGER;
import static dev.cascade.okr.core.appraisal.Appraisals.REVIEWER;
import static dev.cascade.okr.core.appraisal.Appraisals.SELF_AT;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;

import java.util.List;
import org.junit.Test;

/** Stores read confirmations and appraisals back through the restore factories; they refuse impossible states. */
public class RestoreTest {

    @Test
    public void shouldRestoreTheSameAppraisalWhenGivenItsPartsInEveryState() {
        for (AppraisalState state : AppraisalState.values()) {
            AppraisalWorkflow w = Appraisals.in(state);

            AppraisalWorkflow restored = restore(w, w.state(), w.signOff().orElse(null), w.history());

            assertEquals(state.name(), w, restored);
        }
    }

    @Test
    public void shouldRefuseAnAppraisalWhoseStateDoesNotFitItsParts() {
        AppraisalWorkflow signedOff = Appraisals.in(AppraisalState.SIGNED_OFF);

        assertThrows(IllegalArgumentException.class, () -> restore(signedOff, AppraisalState.SIGNED_OFF, null,
                signedOff.history()));
        assertThrows(IllegalArgumentException.class, () -> restore(signedOff, AppraisalState.MANAGER_ASSESSED,
                signedOff.signOff().orElseThrow(), signedOff.history()));
        assertThrows(IllegalArgumentException.class, () -> restore(signedOff, AppraisalState.SIGNED_OFF,
                signedOff.signOff().orElseThrow(), signedOff.history().subList(0, 2)));
        assertThrows(IllegalArgumentException.class, () -> restore(signedOff, AppraisalState.SIGNED_OFF,
                new Stamp(MANAGER, SELF_AT), signedOff.history()));
    }

    @Test
    public void shouldRestoreTheSameConfirmationWhenGivenItsParts() {
        GoalConfirmation c = GoalConfirmation.start(APPRAISEE, MANAGER).value()
                .object(MANAGER, "Too low", SELF_AT).value()
                .resolve(0, APPRAISEE, "Raised", SELF_AT.plusSeconds(1)).value()
                .confirm(APPRAISEE, SELF_AT.plusSeconds(2)).value();

        GoalConfirmation restored = GoalConfirmation.restore(c.owner(), c.manager(),
                c.ownerConfirmation().orElse(null), c.managerConfirmation().orElse(null), c.objections());

        assertEquals(c, restored);
    }

    @Test
    public void shouldRefuseAConfirmationTheStepsCannotProduce() {
        Stamp owner = new Stamp(APPRAISEE, SELF_AT);
        Objection open = Objection.restore(new Stamp(MANAGER, SELF_AT), "No", null, null);
        Objection selfResolved = Objection.restore(new Stamp(MANAGER, SELF_AT), "No", new Stamp(MANAGER, SELF_AT),
                "Fine");
        Objection byOutsider = Objection.restore(new Stamp(REVIEWER, SELF_AT), "No", null, null);

        assertThrows(IllegalArgumentException.class,
                () -> GoalConfirmation.restore(APPRAISEE, MANAGER, owner, null, List.of(open)));
        assertThrows(IllegalArgumentException.class,
                () -> GoalConfirmation.restore(APPRAISEE, MANAGER, null, null, List.of(selfResolved)));
        assertThrows(IllegalArgumentException.class,
                () -> GoalConfirmation.restore(APPRAISEE, MANAGER, null, null, List.of(byOutsider)));
        assertThrows(IllegalArgumentException.class,
                () -> GoalConfirmation.restore(APPRAISEE, MANAGER, new Stamp(MANAGER, SELF_AT), null, List.of()));
        assertThrows(IllegalArgumentException.class,
                () -> GoalConfirmation.restore(APPRAISEE, APPRAISEE, null, null, List.of()));
    }

    private static AppraisalWorkflow restore(AppraisalWorkflow w, AppraisalState state, Stamp signOff,
            List<AppraisalWorkflow.Transition> history) {
        return AppraisalWorkflow.restore(w.appraisee(), w.manager(), w.scheme(), state,
                w.selfAssessment().orElse(null), w.managerAssessment().orElse(null), signOff,
                w.appeal().orElse(null), w.appealResolution().orElse(null), history);
    }
}
