package dev.cascade.okr.core.appraisal;

import dev.cascade.okr.core.model.GoalType;
import dev.cascade.okr.core.model.Weight;
import dev.cascade.okr.core.validation.Require;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Which weights a person's composite uses, and the composite: the goals' weights in the person's set when every goal
 * has one and they sum to 100%; otherwise, as the documented default, equal weights ({@link Weight#equalShares}: 100%
 * split in hundredths of a per-cent, the first goals taking the remainder), saying why ({@link WeightSource}). The goal
 * types' weights are the sums of their goals' weights. The composite itself is {@link CompositePolicy#personComposite}.
 */
public final class PersonAppraisalPolicy {

    private static final CompositePolicy COMPOSITES = new CompositePolicy();

    /** The person's appraisal over these goals (possibly none) under the scheme. */
    public PersonAppraisal of(AppraisalScheme scheme, List<PersonGoal> goals) {
        Require.present("scheme", scheme, "goals", goals);
        boolean allGiven = goals.stream().allMatch(goal -> goal.givenWeight().isPresent());
        int given = goals.stream().mapToInt(goal -> goal.givenWeight().map(Weight::basisPoints).orElse(0)).sum();
        WeightSource source = !allGiven ? WeightSource.EQUAL_MISSING
                : given == Weight.FULL.basisPoints() || goals.isEmpty() ? WeightSource.GIVEN
                : WeightSource.EQUAL_NOT_100;
        List<Weight> weights = source == WeightSource.GIVEN
                ? goals.stream().map(PersonGoal::weight).toList()
                : goals.isEmpty() ? List.of() : Weight.equalShares(goals.size());
        Map<GoalType, Integer> perType = new EnumMap<>(GoalType.class);
        for (GoalType type : GoalType.values()) {
            perType.put(type, 0);
        }
        List<WeightedComposite> weighted = new ArrayList<>();
        for (int i = 0; i < goals.size(); i++) {
            perType.merge(goals.get(i).type(), weights.get(i).basisPoints(), Integer::sum);
            weighted.add(new WeightedComposite(weights.get(i), goals.get(i).composite()));
        }
        Map<GoalType, Weight> typeWeights = new EnumMap<>(GoalType.class);
        perType.forEach((type, basisPoints) -> typeWeights.put(type, new Weight(basisPoints)));
        PersonComposite composite = goals.isEmpty() ? null : COMPOSITES.personComposite(scheme, weighted).value();
        return new PersonAppraisal(goals, weights, source, typeWeights, composite);
    }
}
