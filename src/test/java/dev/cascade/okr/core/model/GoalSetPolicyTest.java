package dev.cascade.okr.core.model;

import static org.junit.Assert.assertEquals;

import dev.cascade.okr.core.TableCase;
import dev.cascade.okr.core.validation.Severity;
import dev.cascade.okr.core.validation.Violation;
import dev.cascade.okr.core.validation.ViolationCode;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.junit.runners.Parameterized;
import org.junit.runners.Parameterized.Parameters;

/**
 * A person's goals of one period share out 100% (individual goal table: weight and type): one row per rule and edge
 * case — who is in the set (same owner, exactly the same period, a weight), draft warns, confirmed refuses.
 */
@RunWith(Parameterized.class)
public class GoalSetPolicyTest extends TableCase<GoalSetPolicyTest.GoalSet, GoalSetPolicyTest.Finding> {

    private static final Period YEAR = Period.year(2026);
    private static final Period Q1 = Period.quarter(2026, 1);

    @Parameters(name = "{0}")
    public static Collection<Object[]> cases() {
        return Arrays.asList(new Object[][] {
            {"result 70 + process 20 + development 10 confirmed", goal(1, 70, Lifecycle.CONFIRMED),
                List.of(goal(2, 20, Lifecycle.DRAFT), goal(3, 10, Lifecycle.CONFIRMED)), null, null},
            {"60 + 30 on a draft warns", goal(1, 60, Lifecycle.DRAFT), List.of(goal(2, 30, Lifecycle.DRAFT)),
                Severity.WARNING, "90.00"},
            {"60 + 30 confirmed refuses", goal(1, 60, Lifecycle.CONFIRMED), List.of(goal(2, 30, Lifecycle.DRAFT)),
                Severity.ERROR, "90.00"},
            {"over 100 while active refuses", goal(1, 80, Lifecycle.ACTIVE), List.of(goal(2, 30, Lifecycle.ACTIVE)),
                Severity.ERROR, "110.00"},
            {"a goal without weight is outside every set", unweighted(1, Lifecycle.CONFIRMED),
                List.of(goal(2, 30, Lifecycle.CONFIRMED)), null, null},
            {"goals without weight do not count", goal(1, 100, Lifecycle.CONFIRMED),
                List.of(unweighted(2, Lifecycle.CONFIRMED)), null, null},
            {"another owner's goal does not count", goal(1, 100, Lifecycle.CONFIRMED),
                List.of(other(2, "\u4e59", YEAR, 50)), null, null},
            {"another period's goal does not count", goal(1, 100, Lifecycle.CONFIRMED),
                List.of(other(2, "\u7532", Q1, 50)), null, null},
            {"the stored copy of the goal itself is replaced, not added", goal(1, 100, Lifecycle.CONFIRMED),
                List.of(goal(1, 40, Lifecycle.CONFIRMED)), null, null},
            {"a lone goal of 100 passes", goal(1, 100, Lifecycle.CONFIRMED), List.of(), null, null},
            {"a lone goal of 0 confirmed refuses", goal(1, 0, Lifecycle.CONFIRMED), List.of(), Severity.ERROR,
                "0.00"},
        });
    }

    public GoalSetPolicyTest(String name, Objective goal, List<Objective> others, Severity severity, String sum) {
        super(new GoalSet(goal, others), new Finding(severity, sum));
    }

    @Test
    public void shouldFindTheSumOfThePersonsSetWhenTheGoalHasAWeight() {
        List<Violation> found = new GoalSetPolicy().check(given.goal(), given.others());

        if (expected.severity() == null) {
            assertEquals(List.of(), found);
        } else {
            assertEquals(List.of(new Violation(ViolationCode.GOAL_WEIGHTS_NOT_100, "weight",
                    List.of(expected.sum(), "2026-01-01", "2026-12-31"), expected.severity())), found);
        }
    }

    private static Objective goal(long id, int percent, Lifecycle lifecycle) {
        return objective(id, "\u7532", YEAR, new Weight(percent * 100), lifecycle);
    }

    private static Objective unweighted(long id, Lifecycle lifecycle) {
        return objective(id, "\u7532", YEAR, null, lifecycle);
    }

    private static Objective other(long id, String owner, Period period, int percent) {
        return objective(id, owner, period, new Weight(percent * 100), Lifecycle.CONFIRMED);
    }

    private static Objective objective(long id, String owner, Period period, Weight weight, Lifecycle lifecycle) {
        return new Objective(new ObjectiveId(id), "Goal " + id, null, new UserRef(owner), "individual", period,
                new OrgUnit.Project("SALES"), GoalType.RESULT, lifecycle, Visibility.MEMBERS, false, List.of(),
                new GoalDetails(null, List.of(), null, weight));
    }

    /** The goal checked and the other goals of its owner. */
    record GoalSet(Objective goal, List<Objective> others) {
    }

    /** How the sum is reported ({@code null} where the set is fine) and the sum in per-cent. */
    record Finding(Severity severity, String sum) {
    }
}
