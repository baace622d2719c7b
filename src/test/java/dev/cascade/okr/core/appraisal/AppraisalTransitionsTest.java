package dev.cascade.okr.core.appraisal;

import static dev.cascade.okr.core.appraisal.AppraisalState.APPEALED;
import static dev.cascade.okr.core.appraisal.AppraisalState.APPEAL_RESOLVED;
import static dev.cascade.okr.core.appraisal.AppraisalState.MANAGER_ASSESSED;
import static dev.cascade.okr.core.appraisal.AppraisalState.NOT_STARTED;
import static dev.cascade.okr.core.appraisal.AppraisalState.SELF_ASSESSED;
import static dev.cascade.okr.core.appraisal.AppraisalState.SIGNED_OFF;
import static dev.cascade.okr.core.appraisal.Appraisals.APPRAISEE;
import static dev.cascade.okr.core.appraisal.Appraisals.MANAGER;
import static dev.cascade.okr.core.appraisal.Appraisals.REVIEWER;
import static org.junit.Assert.assertEquals;

import dev.cascade.okr.core.TableCase;
import dev.cascade.okr.core.model.UserRef;
import dev.cascade.okr.core.validation.Validated;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.junit.runners.Parameterized;
import org.junit.runners.Parameterized.Parameters;

/**
 * Every appraisal step from every state, by the person who may take it (allowed or refused by the state) and, where
 * the state allows it, by everyone who may not (refused by the actor).
 */
@RunWith(Parameterized.class)
public class AppraisalTransitionsTest extends TableCase<AppraisalTransitionsTest.Attempt, String> {

    /** One day after sign-off: inside the appeal window. */
    private static final Instant AT = Instant.parse("2024-12-28T09:00:00Z");
    private static final UserRef OUTSIDER = new UserRef("someone-else");

    /** A step, who may take it, and the state it leads to. */
    private enum Step {
        SELF_ASSESS(SELF_ASSESSED, APPRAISEE),
        MANAGER_ASSESS(MANAGER_ASSESSED, MANAGER),
        SIGN_OFF(SIGNED_OFF, APPRAISEE),
        APPEAL(APPEALED, APPRAISEE),
        UPHOLD(APPEAL_RESOLVED, REVIEWER),
        REVISE(APPEAL_RESOLVED, REVIEWER);

        final AppraisalState target;
        final UserRef rightActor;

        Step(AppraisalState target, UserRef rightActor) {
            this.target = target;
            this.rightActor = rightActor;
        }

        Validated<AppraisalWorkflow> take(AppraisalWorkflow workflow, UserRef actor) {
            return switch (this) {
                case SELF_ASSESS -> workflow.selfAssess(actor, 3, "", AT);
                case MANAGER_ASSESS -> workflow.managerAssess(actor, Achievements.of("45", "50"), null, null, 3, "", "",
                        AT);
                case SIGN_OFF -> workflow.signOff(actor, AT);
                case APPEAL -> workflow.appeal(actor, "Unfair", AT);
                case UPHOLD -> workflow.upholdAppeal(actor, "Stands", AT);
                case REVISE -> workflow.reviseAppeal(actor, 5, "Revised", AT);
            };
        }

        /** Who may not take this step; an outsider may resolve an appeal (the service decides who may). */
        List<UserRef> wrongActors() {
            return switch (this) {
                case SELF_ASSESS, SIGN_OFF, APPEAL -> List.of(MANAGER, REVIEWER, OUTSIDER);
                case MANAGER_ASSESS -> List.of(APPRAISEE, REVIEWER, OUTSIDER);
                case UPHOLD, REVISE -> List.of(APPRAISEE, MANAGER);
            };
        }
    }

    /** The allowed steps per state, written out rather than derived from the code under test. */
    private static final Map<AppraisalState, Set<Step>> ALLOWED = Map.of(
            NOT_STARTED, Set.of(Step.SELF_ASSESS),
            SELF_ASSESSED, Set.of(Step.SELF_ASSESS, Step.MANAGER_ASSESS),
            MANAGER_ASSESSED, Set.of(Step.MANAGER_ASSESS, Step.SIGN_OFF),
            SIGNED_OFF, Set.of(Step.APPEAL),
            APPEALED, Set.of(Step.UPHOLD, Step.REVISE),
            APPEAL_RESOLVED, Set.of());

    private static final Map<AppraisalState, String> KEYS = Map.of(
            NOT_STARTED, "cascade.appraisal.state.not-started",
            SELF_ASSESSED, "cascade.appraisal.state.self-assessed",
            MANAGER_ASSESSED, "cascade.appraisal.state.manager-assessed",
            SIGNED_OFF, "cascade.appraisal.state.signed-off",
            APPEALED, "cascade.appraisal.state.appealed",
            APPEAL_RESOLVED, "cascade.appraisal.state.appeal-resolved");

    @Parameters(name = "{0}: {1} by {2}")
    public static Collection<Object[]> cases() {
        List<Object[]> cases = new ArrayList<>();
        for (AppraisalState state : AppraisalState.values()) {
            for (Step step : Step.values()) {
                boolean allowed = ALLOWED.get(state).contains(step);
                String stateRefusal = "appraisal.transition-invalid@state:" + KEYS.get(state) + ","
                        + KEYS.get(step.target);
                cases.add(new Object[] {state, step, step.rightActor.key(), allowed ? "" : stateRefusal});
                for (UserRef wrong : step.wrongActors()) {
                    cases.add(new Object[] {state, step, wrong.key(),
                        (allowed ? "" : stateRefusal + "; ") + "appraisal.not-allowed@actor"});
                }
            }
        }
        return cases;
    }

    public AppraisalTransitionsTest(AppraisalState state, Step step, String actor, String expected) {
        super(new Attempt(state, step, new UserRef(actor)), expected);
    }

    @Test
    public void shouldMoveOnlyWhenTheStateAndThePersonAllowTheStep() {
        AppraisalWorkflow before = Appraisals.in(given.state());

        Validated<AppraisalWorkflow> after = given.step().take(before, given.actor());

        assertEquals(expected, Findings.of(after.violations()));
        if (expected.isEmpty()) {
            AppraisalWorkflow moved = after.value();
            assertEquals(given.step().target, moved.state());
            assertEquals(before.history().size() + 1, moved.history().size());
            Stamp stamp = new Stamp(given.actor(), AT);
            assertEquals(new AppraisalWorkflow.Transition(given.state(), given.step().target, stamp),
                    moved.history().get(moved.history().size() - 1));
        }
        assertEquals(given.state(), before.state());
    }

    /** Who tries which step from which state. */
    record Attempt(AppraisalState state, Step step, UserRef actor) {
    }
}
