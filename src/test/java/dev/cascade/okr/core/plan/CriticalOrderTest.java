package dev.cascade.okr.core.plan;

import static dev.cascade.okr.core.plan.PlanFixture.I1;
import static dev.cascade.okr.core.plan.PlanFixture.I2;
import static dev.cascade.okr.core.plan.PlanFixture.OBJECTIVE;
import static dev.cascade.okr.core.plan.PlanFixture.T1;
import static dev.cascade.okr.core.plan.PlanFixture.T2;
import static dev.cascade.okr.core.plan.PlanFixture.T3;
import static dev.cascade.okr.core.plan.PlanFixture.initiative;
import static dev.cascade.okr.core.plan.PlanFixture.task;
import static org.junit.Assert.assertEquals;

import dev.cascade.okr.core.TableCase;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.junit.runners.Parameterized;
import org.junit.runners.Parameterized.Parameters;

/**
 * The critical order: every item after everything it waits for (an initiative after its own tasks); items free at
 * the same time by due day, then start day, then tasks before initiatives, then id.
 */
@RunWith(Parameterized.class)
public class CriticalOrderTest extends TableCase<ActionPlan, String> {

    @Parameters(name = "{0}")
    public static Collection<Object[]> cases() {
        return Arrays.asList(new Object[][] {
            {"empty plan", ActionPlan.empty(OBJECTIVE), ""},
            {"one initiative", plan(List.of(initiative(I1, "A", "01-06", "03-28")), List.of()), "A"},
            {"independent initiatives by due day", plan(List.of(initiative(I1, "late", "01-06", "03-28"),
                    initiative(I2, "early", "01-20", "02-28")), List.of()), "early,late"},
            {"same due day: earlier start first", plan(List.of(initiative(I1, "starts later", "02-01", "03-28"),
                    initiative(I2, "starts earlier", "01-06", "03-28")), List.of()), "starts earlier,starts later"},
            {"same dates: lower id first", plan(List.of(initiative(I2, "second", "01-06", "03-28"),
                    initiative(I1, "first", "01-06", "03-28")), List.of()), "first,second"},
            {"initiative after its tasks even when due first", plan(List.of(initiative(I1, "I", "01-06", "01-31")),
                    List.of(task(T1, I1, "t", "01-06", "02-15"))), "t,I"},
            {"same dates: task before initiative", plan(List.of(initiative(I1, "I", "01-06", "01-31")),
                    List.of(task(T1, I1, "t", "01-06", "01-31"))), "t,I"},
            {"dependency overrides due day", plan(List.of(initiative(I1, "I", "01-06", "03-28")),
                    List.of(task(T1, I1, "needed", "01-06", "02-28"), task(T2, I1, "due first", "01-06", "01-31",
                            T1))), "needed,due first,I"},
            {"the campaign", PlanFixture.campaign(), "Write copy,Design page,Build landing page,Book ads,"
                    + "Launch campaign"},
            {"task waiting for another initiative", plan(List.of(initiative(I1, "Launch", "01-06", "03-28"),
                    initiative(I2, "Landing page", "01-06", "02-28")),
                    List.of(task(T1, I1, "Announce", "01-06", "01-20", I2), task(T2, I2, "Design", "01-06",
                            "02-14"))), "Design,Landing page,Announce,Launch"},
            {"chain across initiatives", plan(List.of(initiative(I1, "A", "01-06", "03-28", I2),
                    initiative(I2, "B", "01-06", "03-28")),
                    List.of(task(T1, I1, "a1", "01-06", "01-10"), task(T2, I2, "b1", "01-06", "03-20", T3),
                            task(T3, I2, "b2", "01-06", "03-25"))), "a1,b2,b1,B,A"},
        });
    }

    private static ActionPlan plan(List<Initiative> initiatives, List<Task> tasks) {
        return new ActionPlan(OBJECTIVE, initiatives, tasks);
    }

    public CriticalOrderTest(String name, ActionPlan plan, String expected) {
        super(plan, expected);
    }

    @Test
    public void shouldListEveryItemAfterWhatItWaitsForWhenOrdering() {
        String actual = given.criticalOrder().stream().map(PlanItem::title).collect(Collectors.joining(","));

        assertEquals(expected, actual);
    }
}
