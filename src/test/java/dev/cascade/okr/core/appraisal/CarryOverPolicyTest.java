package dev.cascade.okr.core.appraisal;

import static org.junit.Assert.assertEquals;

import dev.cascade.okr.core.model.CheckInValues;
import dev.cascade.okr.core.model.Direction;
import dev.cascade.okr.core.model.GoalDetails;
import dev.cascade.okr.core.model.GoalType;
import dev.cascade.okr.core.model.KeyResult;
import dev.cascade.okr.core.model.KeyResultId;
import dev.cascade.okr.core.model.Lifecycle;
import dev.cascade.okr.core.model.MetricMeasure;
import dev.cascade.okr.core.model.MilestoneMeasure;
import dev.cascade.okr.core.model.Objective;
import dev.cascade.okr.core.model.ObjectiveId;
import dev.cascade.okr.core.model.OrgUnit;
import dev.cascade.okr.core.model.Period;
import dev.cascade.okr.core.model.TargetTiers;
import dev.cascade.okr.core.model.UserRef;
import dev.cascade.okr.core.model.Visibility;
import dev.cascade.okr.core.model.Weight;
import dev.cascade.okr.core.progress.KeyResultProgressPolicy;
import dev.cascade.okr.core.progress.Observation;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.junit.Test;

/**
 * Which key results are carried into the next period and what of them remains: unfinished ones only (progress or rate
 * below 100%, or no evidence), a metric from its last actual towards the same target, weights re-split to 100%, and
 * only forward in time.
 */
public class CarryOverPolicyTest {

    private static final Period Y2026 = Period.year(2026);
    private static final Period Y2027 = Period.year(2027);
    private static final AchievementPolicy ACHIEVEMENTS = new AchievementPolicy();

    @Test
    public void shouldCarryOnlyUnfinishedKeyResultsFromTheirLastActualTowardsTheSameTarget() {
        Goal goal = new Goal()
                .metric(1, 60, "50", "48", "45")          // 96%: carried, 48 → 50, floor kept
                .metric(2, 40, "20000", "23000", null);   // 115%: finished

        List<CarriedKeyResult> carried = new CarryOverPolicy().carry(goal.objective(), goal.lines(), Y2027).value();

        assertEquals(1, carried.size());
        CarriedKeyResult customers = carried.get(0);
        assertEquals(new KeyResultId(1), customers.source().id());
        assertEquals(Weight.FULL, customers.weight());
        MetricMeasure measure = (MetricMeasure) customers.measure();
        assertEquals(new BigDecimal("48"), measure.start());
        assertEquals(new BigDecimal("50"), measure.target());
        assertEquals(new BigDecimal("2"), customers.remaining());
    }

    @Test
    public void shouldCarryAKeyResultWithoutEvidenceAsItWasWhenNothingWasMeasured() {
        Goal goal = new Goal().metric(1, 50, "50", null, null).milestone(2, 50, false);

        List<CarriedKeyResult> carried = new CarryOverPolicy().carry(goal.objective(), goal.lines(), Y2027).value();

        assertEquals(2, carried.size());
        assertEquals(goal.objective().keyResults().get(0).measure(), carried.get(0).measure());
        assertEquals(null, carried.get(0).remaining());
        assertEquals(new MilestoneMeasure("Launched"), carried.get(1).measure());
        assertEquals(List.of(Weight.ofPercent(50), Weight.ofPercent(50)),
                carried.stream().map(CarriedKeyResult::weight).toList());
    }

    @Test
    public void shouldReSplitTheWeightsOfTheCarriedKeyResultsTo100() {
        Goal goal = new Goal().metric(1, 20, "50", "10", null).metric(2, 20, "50", "10", null)
                .metric(3, 20, "50", "10", null).metric(4, 40, "50", "50", null);

        List<CarriedKeyResult> carried = new CarryOverPolicy().carry(goal.objective(), goal.lines(), Y2027).value();

        assertEquals(List.of(new Weight(3334), new Weight(3333), new Weight(3333)),
                carried.stream().map(CarriedKeyResult::weight).toList());
    }

    @Test
    public void shouldKeepAmountsPerPeriodWhenAMetricIsCheckedInSo() {
        MetricMeasure perPeriod = new MetricMeasure(Direction.INCREASE, BigDecimal.ZERO,
                TargetTiers.of(new BigDecimal("50")), "customers", CheckInValues.PER_PERIOD);
        Goal goal = new Goal().add(1, 100, perPeriod, Observation.value(new BigDecimal("30")));

        CarriedKeyResult carried = new CarryOverPolicy().carry(goal.objective(), goal.lines(), Y2027).value().get(0);

        assertEquals(new MetricMeasure(Direction.INCREASE, new BigDecimal("30"), TargetTiers.of(new BigDecimal("50")),
                "customers", CheckInValues.PER_PERIOD), carried.measure());
    }

    @Test
    public void shouldCarryNothingWhenEveryKeyResultReachedItsTarget() {
        Goal goal = new Goal().metric(1, 100, "50", "50", null);

        assertEquals(List.of(), new CarryOverPolicy().carry(goal.objective(), goal.lines(), Y2027).value());
    }

    @Test
    public void shouldRefuseToCarryIntoAPeriodThatDoesNotStartAfterTheGoalsPeriod() {
        Goal goal = new Goal().metric(1, 100, "50", "48", null);

        assertEquals("carry-over.period-not-after@toPeriod:2026-10-01,2026-12-31", Findings.of(
                new CarryOverPolicy().carry(goal.objective(), goal.lines(), Period.quarter(2026, 4)).violations()));
    }

    /** A goal of 2026 built key result by key result, with the evidence of each. */
    private static final class Goal {

        private final List<KeyResult> keyResults = new ArrayList<>();
        private final List<Observation> observations = new ArrayList<>();

        Goal metric(long id, int weight, String target, String actual, String floor) {
            MetricMeasure measure = new MetricMeasure(Direction.INCREASE, BigDecimal.ZERO, new TargetTiers(
                    floor == null ? null : new BigDecimal(floor), new BigDecimal(target), null), "customers");
            Observation observation = actual == null ? Observation.noCheckIn()
                    : Observation.value(new BigDecimal(actual));
            return add(id, weight, measure, observation);
        }

        Goal milestone(long id, int weight, boolean done) {
            return add(id, weight, new MilestoneMeasure("Launched"), Observation.milestone(done));
        }

        Goal add(long id, int weight, dev.cascade.okr.core.model.Measure measure, Observation observation) {
            keyResults.add(new KeyResult(new KeyResultId(id), "KR " + id, Weight.ofPercent(weight), measure,
                    new KeyResultProgressPolicy().evaluate(measure, observation).computedProgress(), null));
            observations.add(observation);
            return this;
        }

        Objective objective() {
            return new Objective(new ObjectiveId(9), "Sign customers", null, new UserRef("jia"), "individual",
                    Y2026, new OrgUnit.Project("SALES"), GoalType.RESULT, Lifecycle.ACTIVE, Visibility.MEMBERS,
                    false, keyResults, GoalDetails.NONE);
        }

        List<KeyResultAchievement> lines() {
            List<KeyResultAchievement> lines = new ArrayList<>();
            for (int i = 0; i < keyResults.size(); i++) {
                lines.add(ACHIEVEMENTS.keyResult(keyResults.get(i), observations.get(i)));
            }
            return lines;
        }
    }
}
