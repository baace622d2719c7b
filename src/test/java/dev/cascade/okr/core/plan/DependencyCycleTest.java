package dev.cascade.okr.core.plan;

import static dev.cascade.okr.core.plan.PlanFixture.I1;
import static dev.cascade.okr.core.plan.PlanFixture.I2;
import static dev.cascade.okr.core.plan.PlanFixture.Q1;
import static dev.cascade.okr.core.plan.PlanFixture.T1;
import static dev.cascade.okr.core.plan.PlanFixture.T2;
import static dev.cascade.okr.core.plan.PlanFixture.T3;
import static dev.cascade.okr.core.plan.PlanFixture.campaign;
import static org.junit.Assert.assertEquals;

import dev.cascade.okr.core.plan.PlanFixture.Draft;
import dev.cascade.okr.core.validation.Validated;
import java.util.Arrays;
import java.util.Collection;
import java.util.function.Function;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.junit.runners.Parameterized;
import org.junit.runners.Parameterized.Parameters;

/**
 * Dependencies that would make an item wait for itself are refused with the cycle spelled out by title. The plan is
 * {@link PlanFixture#campaign()}: "Book ads" (T2) already waits for "Write copy" (T1), and an initiative waits for
 * its own tasks.
 */
@RunWith(Parameterized.class)
public class DependencyCycleTest {

    private static final ActionPlanPolicy POLICY = new ActionPlanPolicy();

    @Parameters(name = "{0}")
    public static Collection<Object[]> cases() {
        return Arrays.asList(new Object[][] {
            {"self", update(T1, "Write copy", I1, T1), "E plan.dependency-self@dependencies[0]"},
            {"self among others", update(T1, "Write copy", I1, T3, T1), "E plan.dependency-self@dependencies[1]"},
            {"initiative on itself", updateInitiative(I2, "Build landing page", I2),
                "E plan.dependency-self@dependencies[0]"},
            {"2-cycle", update(T1, "Write copy", I1, T2),
                "E plan.dependency-cycle@dependencies[Write copy \u2192 Book ads \u2192 Write copy]"},
            {"3-cycle", threeCycle(),
                "E plan.dependency-cycle@dependencies"
                        + "[Write copy \u2192 Design page \u2192 Book ads \u2192 Write copy]"},
            {"task waits for its own initiative", update(T1, "Write copy", I1, I1),
                "E plan.dependency-cycle@dependencies[Write copy \u2192 Launch campaign \u2192 Write copy]"},
            {"task moved into the initiative it waits for", update(T3, "Design page", I1, I1),
                "E plan.dependency-cycle@dependencies[Design page \u2192 Launch campaign \u2192 Design page]"},
            {"initiative waits for a task that waits for it", updateInitiative(I1, "Launch campaign", T3)
                    .andThen(r -> r.isValid() ? POLICY.putTask(r.value(), Q1, T3, new Draft().title("Design page")
                            .initiative(I2).start("01-13").due("02-14").waitsFor(I1).asTask()) : r),
                "E plan.dependency-cycle@dependencies[Design page \u2192 Launch campaign \u2192 Design page]"},
            {"renamed item shows its new title", update(T1, "Draft copy", I1, T2),
                "E plan.dependency-cycle@dependencies[Draft copy \u2192 Book ads \u2192 Draft copy]"},
            {"diamond is no cycle", update(T3, "Design page", I2, T1, T2), ""},
            {"initiative waiting for its own task is no cycle", updateInitiative(I1, "Launch campaign", T1), ""},
            {"initiative waiting for another initiative", updateInitiative(I1, "Launch campaign", I2), ""},
            {"reversing an existing dependency", update(T2, "Book ads", I1).andThen(r -> r.isValid()
                    ? POLICY.putTask(r.value(), Q1, T1, new Draft().title("Write copy").start("01-06").due("01-31")
                            .waitsFor(T2).asTask()) : r), ""},
        });
    }

    /** T1 in I1 with the given title and dependencies; the change goes through the policy. */
    private static Function<ActionPlan, Validated<ActionPlan>> update(TaskId id, String title, InitiativeId of,
            PlanItemId... waitsFor) {
        return plan -> POLICY.putTask(plan, Q1, id, new Draft().title(title).initiative(of).start("01-13")
                .due("01-31").waitsFor(waitsFor).asTask());
    }

    private static Function<ActionPlan, Validated<ActionPlan>> updateInitiative(InitiativeId id, String title,
            PlanItemId... waitsFor) {
        return plan -> POLICY.putInitiative(plan, Q1, id, new Draft().title(title).start("01-06").due("03-28")
                .waitsFor(waitsFor).asInitiative());
    }

    /** T3 waits for T2 (which waits for T1); then T1 is made to wait for T3. */
    private static Function<ActionPlan, Validated<ActionPlan>> threeCycle() {
        return update(T3, "Design page", I2, T2).andThen(r -> r.isValid()
                ? update(T1, "Write copy", I1, T3).apply(r.value()) : r);
    }

    private final Function<ActionPlan, Validated<ActionPlan>> change;
    private final String expected;

    public DependencyCycleTest(String name, Function<ActionPlan, Validated<ActionPlan>> change, String expected) {
        this.change = change;
        this.expected = expected;
    }

    @Test
    public void shouldRefuseTheChangeAndNameTheCycleWhenAnItemWouldWaitForItself() {
        Validated<ActionPlan> result = change.apply(campaign());

        assertEquals(expected, ActionPlanPolicyTest.describe(result));
        assertEquals(expected.isEmpty(), result.isValid());
        if (result.isValid()) {
            assertEquals(result.value().items().size(), result.value().criticalOrder().size());
        }
    }
}
