package dev.cascade.okr.core.appraisal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import dev.cascade.okr.core.model.KeyResult;
import dev.cascade.okr.core.progress.Observation;
import java.math.BigDecimal;
import java.util.List;
import org.junit.Test;

/**
 * A goal's achievement rate weighted over its key results: the seeds' examples, weights that do not sum to 100%,
 * zero weights counted equally, a key result without evidence (unknown, never left out), one that weighs nothing,
 * and no key results at all; and the composite over it (115% capped at the scheme's 100%).
 */
public class GoalAchievementTest {

    private static final AchievementPolicy POLICY = new AchievementPolicy();

    @Test
    public void shouldGive96PercentWhen48Of50CustomersAreSigned() {
        GoalAchievement achievement = goal(line(1, 100, "50", "48"));

        assertEquals(new BigDecimal("0.960000"), achievement.rate().orElseThrow());
        assertEquals("100% × 96.0% = 96.0%", achievement.explanation());
    }

    @Test
    public void shouldGive115PercentAndCapItInTheCompositeWhenRevenueBeatsItsTarget() {
        GoalAchievement achievement = goal(line(1, 100, "20000", "23000"));
        Composite composite = new CompositePolicy().goalComposite(AppraisalScheme.defaults(),
                achievement.rate().orElseThrow(), 5).value();

        assertEquals(new BigDecimal("1.150000"), achievement.rate().orElseThrow());
        assertEquals("70% × min(115.0%, 100%) + 30% × (5 × 20) = 70.00 + 30.00 = 100.0", composite.explanation());
        assertEquals(new BigDecimal("70.00"), composite.resultsPoints().orElseThrow());
    }

    @Test
    public void shouldWeighEachKeyResultByItsWeightWhenTheGoalHasSeveral() {
        GoalAchievement achievement = goal(line(1, 60, "50", "48"), line(2, 40, "20000", "23000"));

        // 60% × 0.96 + 40% × 1.15 = 0.576 + 0.46 = 1.036
        assertEquals(new BigDecimal("1.036000"), achievement.rate().orElseThrow());
        assertEquals("60% × 96.0% + 40% × 115.0% = 103.6%", achievement.explanation());
        assertEquals(List.of(), achievement.missing());
        assertFalse(achievement.equalWeights());
    }

    @Test
    public void shouldDivideByTheWeightsTotalWhenADraftsWeightsAreOff100() {
        GoalAchievement achievement = goal(line(1, 30, "50", "48"), line(2, 30, "20000", "23000"));

        assertEquals(new BigDecimal("1.055000"), achievement.rate().orElseThrow());
        assertEquals("(30% × 96.0% + 30% × 115.0%) ÷ 60% = 105.5%", achievement.explanation());
    }

    @Test
    public void shouldCountKeyResultsEquallyWhenEveryWeightIsZero() {
        GoalAchievement achievement = goal(line(1, 0, "50", "48"), line(2, 0, "20000", "23000"));

        assertTrue(achievement.equalWeights());
        assertEquals(new BigDecimal("1.055000"), achievement.rate().orElseThrow());
        assertEquals("(96.0% + 115.0%) ÷ 2 = 105.5%", achievement.explanation());
    }

    @Test
    public void shouldLeaveTheRateUnknownAndNameTheKeyResultWhenOneThatCountsHasNoEvidence() {
        GoalAchievement achievement = goal(line(1, 50, "50", "48"), line(2, 50, "20000", null));

        assertFalse(achievement.isComplete());
        assertEquals(List.of(2L), achievement.missing());
        assertEquals("50% × 96.0% + 50% × ? = ?", achievement.explanation());
    }

    @Test
    public void shouldIgnoreAKeyResultWithoutEvidenceWhenItWeighsNothing() {
        GoalAchievement achievement = goal(line(1, 100, "50", "48"), line(2, 0, "20000", null));

        assertEquals(new BigDecimal("0.960000"), achievement.rate().orElseThrow());
        assertEquals("100% × 96.0% + 0% × ? = 96.0%", achievement.explanation());
    }

    @Test
    public void shouldHaveNoRateWhenTheGoalHasNoKeyResults() {
        GoalAchievement achievement = goal();

        assertFalse(achievement.isComplete());
        assertEquals(List.of(), achievement.missing());
        assertEquals("?", achievement.explanation());
    }

    @Test
    public void shouldRoundTheWeightedRateToAHundredthOfAPerCentWhenItDoesNotTerminate() {
        GoalAchievement achievement = goal(line(1, 100, "3", "2"));

        assertEquals(new BigDecimal("0.666700"), achievement.rate().orElseThrow());
        assertEquals("100% × 66.67% = 66.67%", achievement.explanation());
    }

    static GoalAchievement goal(KeyResultAchievement... lines) {
        return POLICY.goal(List.of(lines));
    }

    static KeyResultAchievement line(long id, int weight, String target, String actual) {
        KeyResult keyResult = Achievements.metric(id, "KR " + id, weight, target);
        return POLICY.keyResult(keyResult,
                actual == null ? Observation.noCheckIn() : Observation.value(new BigDecimal(actual)));
    }
}
