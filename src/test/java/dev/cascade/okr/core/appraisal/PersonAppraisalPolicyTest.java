package dev.cascade.okr.core.appraisal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import dev.cascade.okr.core.model.GoalType;
import dev.cascade.okr.core.model.Rates;
import dev.cascade.okr.core.model.Weight;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.Test;

/**
 * A person's composite over their goals: the goals' own weights when every goal has one and they sum to 100% (goal
 * types result / process / development summing to 100 as in the individual goal table), else equal weights saying
 * why; incomplete while a goal is not assessed; nothing without goals.
 */
public class PersonAppraisalPolicyTest {

    private static final AppraisalScheme SCHEME = AppraisalScheme.defaults();
    private static final CompositePolicy COMPOSITES = new CompositePolicy();

    @Test
    public void shouldWeighGoalsByTheirWeightsAndSumThemPerTypeWhenEveryGoalHasOne() {
        PersonAppraisal appraisal = new PersonAppraisalPolicy().of(SCHEME, List.of(
                goal(1, GoalType.RESULT, 50, 0.96, 4),
                goal(2, GoalType.RESULT, 20, 1.15, 5),
                goal(3, GoalType.PROCESS, 20, 1.0, 3),
                goal(4, GoalType.DEVELOPMENT, 10, 0.5, 4)));

        assertEquals(WeightSource.GIVEN, appraisal.weightSource());
        assertEquals(Map.of(GoalType.RESULT, Weight.ofPercent(70), GoalType.PROCESS, Weight.ofPercent(20),
                GoalType.DEVELOPMENT, Weight.ofPercent(10)), appraisal.typeWeights());
        PersonComposite composite = appraisal.composite().orElseThrow();
        // 91.2, 100.0, 88.0, 59.0
        assertEquals("50% × 91.2 + 20% × 100.0 + 20% × 88.0 + 10% × 59.0 = 45.60 + 20.00 + 17.60 + 5.90 = 89.1",
                composite.explanation());
        assertEquals(new BigDecimal("89.1"), composite.score());
        assertEquals(Grade.GOOD, composite.grade());
    }

    @Test
    public void shouldWeighGoalsEquallyAndSaySoWhenAGoalHasNoWeight() {
        PersonAppraisal appraisal = new PersonAppraisalPolicy().of(SCHEME, List.of(
                goal(1, GoalType.RESULT, 60, 0.96, 4),
                goal(2, GoalType.PROCESS, null, 1.15, 5)));

        assertEquals(WeightSource.EQUAL_MISSING, appraisal.weightSource());
        assertEquals(List.of(Weight.ofPercent(50), Weight.ofPercent(50)), appraisal.weights());
        assertEquals("50% × 91.2 + 50% × 100.0 = 45.60 + 50.00 = 95.6",
                appraisal.composite().orElseThrow().explanation());
        assertEquals(Weight.ofPercent(50), appraisal.typeWeights().get(GoalType.RESULT));
        assertEquals(Weight.ZERO, appraisal.typeWeights().get(GoalType.DEVELOPMENT));
    }

    @Test
    public void shouldWeighGoalsEquallyAndSaySoWhenTheGivenWeightsDoNotSumTo100() {
        PersonAppraisal appraisal = new PersonAppraisalPolicy().of(SCHEME, List.of(
                goal(1, GoalType.RESULT, 60, 0.96, 4),
                goal(2, GoalType.RESULT, 60, 1.15, 5),
                goal(3, GoalType.PROCESS, 60, 1.0, 5)));

        assertEquals(WeightSource.EQUAL_NOT_100, appraisal.weightSource());
        assertEquals(List.of(new Weight(3334), new Weight(3333), new Weight(3333)), appraisal.weights());
        assertTrue(appraisal.composite().orElseThrow().isComplete());
    }

    @Test
    public void shouldBeIncompleteAndNameTheGoalWhileAGoalIsNotAssessed() {
        Composite unassessed = COMPOSITES.goalComposite(SCHEME, Rates.fraction(0.96), null).value();
        PersonAppraisal appraisal = new PersonAppraisalPolicy().of(SCHEME, List.of(
                goal(1, GoalType.RESULT, 70, 1.15, 5),
                new PersonGoal(2, "Goal 2", GoalType.PROCESS, Weight.ofPercent(30), unassessed)));

        PersonComposite composite = appraisal.composite().orElseThrow();
        assertFalse(composite.isComplete());
        assertEquals(List.of(1), composite.incompleteGoals());
        assertEquals("70% × 100.0 + 30% × ? = 70.00 + ? = ?", composite.explanation());
    }

    @Test
    public void shouldHaveNoCompositeWhenThePersonHasNoGoals() {
        PersonAppraisal appraisal = new PersonAppraisalPolicy().of(SCHEME, List.of());

        assertTrue(appraisal.composite().isEmpty());
        assertEquals(WeightSource.GIVEN, appraisal.weightSource());
        assertEquals(Weight.ZERO, appraisal.typeWeights().get(GoalType.RESULT));
    }

    private static PersonGoal goal(long id, GoalType type, Integer weight, double rate, int score) {
        return new PersonGoal(id, "Goal " + id, type, weight == null ? null : Weight.ofPercent(weight),
                COMPOSITES.goalComposite(SCHEME, Rates.fraction(rate), score).value());
    }
}
