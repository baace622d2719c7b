package dev.cascade.okr.core.plan;

import static dev.cascade.okr.core.plan.PlanFixture.I1;
import static dev.cascade.okr.core.plan.PlanFixture.I2;
import static dev.cascade.okr.core.plan.PlanFixture.OBJECTIVE;
import static dev.cascade.okr.core.plan.PlanFixture.T1;
import static dev.cascade.okr.core.plan.PlanFixture.T2;
import static dev.cascade.okr.core.plan.PlanFixture.T3;
import static dev.cascade.okr.core.plan.PlanFixture.day;
import static dev.cascade.okr.core.plan.PlanFixture.initiative;
import static dev.cascade.okr.core.plan.PlanFixture.task;
import static dev.cascade.okr.core.plan.PlanItemStatus.DONE;
import static dev.cascade.okr.core.plan.PlanItemStatus.IN_PROGRESS;
import static dev.cascade.okr.core.plan.PlanItemStatus.NOT_STARTED;
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

/** Overdue: due before today and not done; due today is not yet overdue; listed by due day. */
@RunWith(Parameterized.class)
public class OverdueTest extends TableCase<String, String> {

    /**
     * I1 "Launch" due 03-28 in progress; I2 "Page" due 02-28 done; T1 "Copy" due 01-31 not started; T2 "Ads" due
     * 02-28 in progress; T3 "Design" due 02-14 done.
     */
    private static final ActionPlan PLAN = new ActionPlan(OBJECTIVE,
            List.of(initiative(I1, "Launch", "01-06", "03-28", IN_PROGRESS),
                    initiative(I2, "Page", "01-13", "02-28", DONE)),
            List.of(task(T1, I1, "Copy", "01-06", "01-31", NOT_STARTED),
                    task(T2, I1, "Ads", "02-03", "02-28", IN_PROGRESS),
                    task(T3, I2, "Design", "01-13", "02-14", DONE)));

    @Parameters(name = "{0}")
    public static Collection<Object[]> cases() {
        return Arrays.asList(new Object[][] {
            {"before anything is due", "01-02", ""},
            {"on the first due day", "01-31", ""},
            {"the day after: not started", "02-01", "Copy"},
            {"done items never", "02-15", "Copy"},
            {"on a shared due day", "02-28", "Copy"},
            {"after it: in progress too, by due day", "03-01", "Copy,Ads"},
            {"on the last due day", "03-28", "Copy,Ads"},
            {"after the period", "04-15", "Copy,Ads,Launch"},
        });
    }

    public OverdueTest(String name, String today, String expected) {
        super(today, expected);
    }

    @Test
    public void shouldListItemsPastDueAndNotDoneWhenAskedOnADay() {
        String actual = PLAN.overdue(day(given)).stream().map(PlanItem::title).collect(Collectors.joining(","));

        assertEquals(expected, actual);
    }

    @Test
    public void shouldAgreeWithEachItemWhenAskedOnADay() {
        for (PlanItem item : PLAN.items()) {
            assertEquals(item.title(), PLAN.overdue(day(given)).contains(item), item.isOverdueOn(day(given)));
        }
    }
}
