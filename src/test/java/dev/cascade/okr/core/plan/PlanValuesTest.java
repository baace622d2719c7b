package dev.cascade.okr.core.plan;

import static dev.cascade.okr.core.plan.PlanFixture.ANN;
import static dev.cascade.okr.core.plan.PlanFixture.ANN_DOES_BOB_APPROVES;
import static dev.cascade.okr.core.plan.PlanFixture.BOB;
import static dev.cascade.okr.core.plan.PlanFixture.CAT;
import static dev.cascade.okr.core.plan.PlanFixture.I1;
import static dev.cascade.okr.core.plan.PlanFixture.I2;
import static dev.cascade.okr.core.plan.PlanFixture.OBJECTIVE;
import static dev.cascade.okr.core.plan.PlanFixture.T1;
import static dev.cascade.okr.core.plan.PlanFixture.T2;
import static dev.cascade.okr.core.plan.PlanFixture.day;
import static dev.cascade.okr.core.plan.PlanFixture.initiative;
import static dev.cascade.okr.core.plan.PlanFixture.task;
import static dev.cascade.okr.core.plan.RaciRole.ACCOUNTABLE;
import static dev.cascade.okr.core.plan.RaciRole.CONSULTED;
import static dev.cascade.okr.core.plan.RaciRole.RESPONSIBLE;
import static org.junit.Assert.assertThrows;

import dev.cascade.okr.core.model.ObjectiveId;
import dev.cascade.okr.core.model.UserRef;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import org.junit.Test;
import org.junit.function.ThrowingRunnable;
import org.junit.runner.RunWith;
import org.junit.runners.Parameterized;
import org.junit.runners.Parameterized.Parameters;

/**
 * The invariants of the plan's value types: what no stored plan can hold throws, so a bug cannot slip past the
 * policy into the store.
 */
@RunWith(Parameterized.class)
public class PlanValuesTest {

    @Parameters(name = "{0}")
    public static Collection<Object[]> cases() {
        return Arrays.asList(new Object[][] {
            {"initiative id 1", ok(() -> new InitiativeId(1))},
            {"initiative id 0", fails(() -> new InitiativeId(0))},
            {"task id -1", fails(() -> new TaskId(-1))},
            {"RACI with all four roles", ok(() -> raci(ANN, RESPONSIBLE, BOB, ACCOUNTABLE, CAT, CONSULTED))},
            {"RACI without accountable", fails(() -> raci(ANN, RESPONSIBLE))},
            {"RACI with two accountable", fails(() -> raci(ANN, RESPONSIBLE, BOB, ACCOUNTABLE, CAT, ACCOUNTABLE))},
            {"RACI without responsible", fails(() -> raci(BOB, ACCOUNTABLE))},
            {"RACI with a person twice", fails(() -> raci(ANN, RESPONSIBLE, ANN, ACCOUNTABLE))},
            {"resources with budget", ok(() -> resources("10.5", "CNY"))},
            {"budget without currency", fails(() -> resources("10", null))},
            {"currency without budget", fails(() -> resources(null, "CNY"))},
            {"negative budget", fails(() -> resources("-1", "CNY"))},
            {"budget with three decimals", fails(() -> resources("1.005", "CNY"))},
            {"lower-case currency", fails(() -> resources("1", "cny"))},
            {"unknown currency", fails(() -> resources("1", "QQQ"))},
            {"person named twice", fails(() -> new Resources(null, null, List.of(ANN, ANN), List.of()))},
            {"blank role", fails(() -> new Resources(null, null, List.of(), List.of(" ")))},
            {"risk without description", fails(() -> new Risk(" ", null, RiskLevel.LOW))},
            {"risk without level", failsWith(NullPointerException.class, () -> new Risk("late", null, null))},
            {"initiative due before start", fails(() -> initiative(I1, "A", "02-01", "01-31"))},
            {"initiative waiting for itself", fails(() -> initiative(I1, "A", "01-01", "01-31", I1))},
            {"initiative with a bad epic key", fails(() -> new Initiative(I1, OBJECTIVE, "A", null, ANN,
                    day("01-01"), day("01-31"), Resources.NONE, ANN_DOES_BOB_APPROVES, List.of(), null,
                    PlanItemStatus.DONE, "epic-1"))},
            {"task with a blank title", fails(() -> task(T1, I1, " ", "01-01", "01-31"))},
            {"task of 256 characters", fails(() -> task(T1, I1, "x".repeat(256), "01-01", "01-31"))},
            {"plan with two initiatives of one id", fails(() -> new ActionPlan(OBJECTIVE,
                    List.of(initiative(I1, "A", "01-01", "01-31"), initiative(I1, "B", "01-01", "01-31")),
                    List.of()))},
            {"plan with an initiative of another goal", fails(() -> new ActionPlan(new ObjectiveId(2),
                    List.of(initiative(I1, "A", "01-01", "01-31")), List.of()))},
            {"plan with a task of a missing initiative", fails(() -> new ActionPlan(OBJECTIVE, List.of(),
                    List.of(task(T1, I1, "t", "01-01", "01-31"))))},
            {"plan with a missing dependency", fails(() -> new ActionPlan(OBJECTIVE,
                    List.of(initiative(I1, "A", "01-01", "01-31", I2)), List.of()))},
            {"plan with a cycle", fails(() -> new ActionPlan(OBJECTIVE, List.of(initiative(I1, "A", "01-01", "01-31")),
                    List.of(task(T1, I1, "t1", "01-01", "01-31", T2), task(T2, I1, "t2", "01-01", "01-31", T1))))},
            {"plan with a task waiting for its initiative", fails(() -> new ActionPlan(OBJECTIVE,
                    List.of(initiative(I1, "A", "01-01", "01-31")), List.of(task(T1, I1, "t", "01-01", "01-31",
                            I1))))},
        });
    }

    private static Raci raci(Object... personRolePairs) {
        RaciAssignment[] assignments = new RaciAssignment[personRolePairs.length / 2];
        for (int i = 0; i < assignments.length; i++) {
            assignments[i] = new RaciAssignment((UserRef) personRolePairs[2 * i],
                    (RaciRole) personRolePairs[2 * i + 1]);
        }
        return new Raci(List.of(assignments));
    }

    private static Resources resources(String budget, String currency) {
        return new Resources(budget == null ? null : new BigDecimal(budget), currency, List.of(), List.of());
    }

    private static Object[] ok(ThrowingRunnable create) {
        return new Object[] {create, null};
    }

    private static Object[] fails(ThrowingRunnable create) {
        return failsWith(IllegalArgumentException.class, create);
    }

    private static Object[] failsWith(Class<? extends Throwable> expected, ThrowingRunnable create) {
        return new Object[] {create, expected};
    }

    private final ThrowingRunnable create;
    private final Class<? extends Throwable> expected;

    @SuppressWarnings("unchecked")
    public PlanValuesTest(String name, Object[] createAndExpected) {
        this.create = (ThrowingRunnable) createAndExpected[0];
        this.expected = (Class<? extends Throwable>) createAndExpected[1];
    }

    @Test
    public void shouldThrowExactlyWhenAnInvariantIsBroken() throws Throwable {
        if (expected != null) {
            assertThrows(expected, create);
        } else {
            create.run();
        }
    }
}
