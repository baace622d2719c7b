package dev.cascade.okr.core.appraisal;

import dev.cascade.okr.core.model.Direction;
import dev.cascade.okr.core.model.KeyResult;
import dev.cascade.okr.core.model.KeyResultId;
import dev.cascade.okr.core.model.MetricMeasure;
import dev.cascade.okr.core.model.NoDataReason;
import dev.cascade.okr.core.model.Progress;
import dev.cascade.okr.core.model.TargetTiers;
import dev.cascade.okr.core.model.Weight;
import dev.cascade.okr.core.progress.Observation;
import java.math.BigDecimal;
import java.util.List;

/** Goal achievements computed from evidence, for tests of the workflow and the stores. */
public final class Achievements {

    private Achievements() {
    }

    /**
     * The achievement of a goal with one key result (weight 100%) that counts up from 0 to {@code target} and whose
     * latest check-in is {@code actual}: 48 of 50 is 96%.
     */
    public static GoalAchievement of(String actual, String target) {
        return new AchievementPolicy().goal(List.of(new AchievementPolicy().keyResult(metric(1, "Customers", 100,
                target), Observation.value(new BigDecimal(actual)))));
    }

    /** The achievement of a goal with one key result that has no check-in yet: no rate. */
    public static GoalAchievement unmeasured() {
        return new AchievementPolicy().goal(List.of(new AchievementPolicy().keyResult(metric(1, "Customers", 100,
                "50"), Observation.noCheckIn())));
    }

    /** A key result counting up from 0 to {@code target} with the given weight in per-cent. */
    public static KeyResult metric(long id, String title, int weightPercent, String target) {
        return new KeyResult(new KeyResultId(id), title, Weight.ofPercent(weightPercent),
                new MetricMeasure(Direction.INCREASE, BigDecimal.ZERO, TargetTiers.of(new BigDecimal(target)), ""),
                Progress.noData(NoDataReason.NO_CHECK_IN), null);
    }
}
