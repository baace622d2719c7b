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
import dev.cascade.okr.core.validation.Validated;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.junit.runners.Parameterized;
import org.junit.runners.Parameterized.Parameters;

/**
 * Removing an item: an initiative takes its tasks with it; nothing is removed while something outside the removal
 * still waits for it.
 */
@RunWith(Parameterized.class)
public class ActionPlanRemoveTest extends TableCase<PlanItemId, ActionPlanRemoveTest.Removal> {

    /** The campaign, plus: I2 "Build landing page" waits for T1 "Write copy". */
    private static final ActionPlan PLAN = new ActionPlan(OBJECTIVE,
            List.of(initiative(I1, "Launch campaign", "01-06", "03-28"),
                    initiative(I2, "Build landing page", "01-13", "02-28", T1)),
            List.of(task(T1, I1, "Write copy", "01-06", "01-31"),
                    task(T2, I1, "Book ads", "02-03", "02-28", T1),
                    task(T3, I2, "Design page", "01-13", "02-14")));

    @Parameters(name = "{0}")
    public static Collection<Object[]> cases() {
        return Arrays.asList(new Object[][] {
            {"a task nothing waits for", T2, "Launch campaign,Build landing page,Write copy,Design page", ""},
            {"an initiative with its tasks", I2, "Launch campaign,Write copy,Book ads", ""},
            {"a task others wait for", T1, "",
                "E plan.item-has-dependents@null[Build landing page, Book ads]"},
            {"an initiative whose task another initiative waits for", I1, "",
                "E plan.item-has-dependents@null[Build landing page]"},
            {"an unknown task", new TaskId(9), "", "E plan.item-unknown@null[task:9]"},
            {"an unknown initiative", new InitiativeId(9), "", "E plan.item-unknown@null[initiative:9]"},
        });
    }

    public ActionPlanRemoveTest(String name, PlanItemId id, String remaining, String expected) {
        super(id, new Removal(remaining, expected));
    }

    @Test
    public void shouldRemoveTheItemOrSayWhyNotWhenAskedToRemoveIt() {
        Validated<ActionPlan> result = new ActionPlanPolicy().remove(PLAN, given);

        assertEquals(expected.findings(), ActionPlanPolicyTest.describe(result));
        assertEquals(expected.remaining(), result.isValid()
                ? result.value().items().stream().map(PlanItem::title).collect(Collectors.joining(",")) : "");
    }

    /** What a removal leaves, item titles in order, and what it reports instead when refused. */
    record Removal(String remaining, String findings) {
    }
}
