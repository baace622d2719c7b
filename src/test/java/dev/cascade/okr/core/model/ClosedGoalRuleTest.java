package dev.cascade.okr.core.model;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import dev.cascade.okr.core.validation.Violation;
import dev.cascade.okr.core.validation.ViolationCode;
import java.util.List;
import org.junit.Test;

/** A closed goal refuses every change, naming itself; the reasons people give are checked alike everywhere. */
public class ClosedGoalRuleTest {

    private static Objective goal(Lifecycle lifecycle, String title) {
        return new Objective(new ObjectiveId(7), title, null, new UserRef("bob"), "team", Period.year(2026),
                new OrgUnit.Project("CASC"), GoalType.RESULT, lifecycle, Visibility.EVERYONE, false, List.of(),
                GoalDetails.NONE);
    }

    @Test
    public void shouldAllowChangeWhenGoalIsNotClosed() {
        for (Lifecycle open : List.of(Lifecycle.DRAFT, Lifecycle.CONFIRMED, Lifecycle.ACTIVE)) {
            assertTrue(open.name(), ClosedGoalRule.refuseChange(goal(open, "Ship it")).isEmpty());
        }
    }

    @Test
    public void shouldRefuseNamingGoalWhenGoalIsClosed() {
        Violation refused = ClosedGoalRule.refuseChange(goal(Lifecycle.CLOSED, "Ship it")).orElseThrow();

        assertEquals(ViolationCode.GOAL_CLOSED, refused.code());
        assertEquals("lifecycle", refused.field());
        assertEquals(List.of("7", "Ship it"), refused.args());
    }

    @Test
    public void shouldShortenLongTitleWhenRefusing() {
        Violation refused = ClosedGoalRule.refuseChange(goal(Lifecycle.CLOSED, "x".repeat(200))).orElseThrow();

        assertEquals(61, refused.args().get(1).length());
    }

    @Test
    public void shouldCheckReasonWhenGiven() {
        assertEquals(ViolationCode.REASON_REQUIRED, ClosedGoalRule.checkReason(null, "reason").get(0).code());
        assertEquals(ViolationCode.REASON_REQUIRED, ClosedGoalRule.checkReason(" \n", "reason").get(0).code());
        assertEquals(ViolationCode.REASON_TOO_LONG, ClosedGoalRule.checkReason("x".repeat(1001), "reason").get(0)
                .code());
        assertEquals(ViolationCode.TEXT_CONTROL_CHARACTERS, ClosedGoalRule.checkReason("a\u0007b", "reason").get(0)
                .code());
        assertTrue(ClosedGoalRule.checkReason("Target met early,\nsee review", "reason").isEmpty());
        assertEquals("reason", ClosedGoalRule.checkReason(null, "reason").get(0).field());
    }

    @Test
    public void shouldFreezeOnlyClosedWhenLifecycleIsAsked() {
        for (Lifecycle state : Lifecycle.values()) {
            assertEquals(state == Lifecycle.CLOSED, state.isFrozen());
        }
    }
}
