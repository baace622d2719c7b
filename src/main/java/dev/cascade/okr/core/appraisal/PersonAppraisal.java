package dev.cascade.okr.core.appraisal;

import dev.cascade.okr.core.model.GoalType;
import dev.cascade.okr.core.model.Weight;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A person's appraisal over their goals of a period: the goals, the weights used and where they came from, the
 * weights per goal type (result / process / development, summing to 100%), and the composite with its arithmetic.
 *
 * <p>Made by {@link PersonAppraisalPolicy#of}. Invariants: {@code weights} has one weight per goal and they sum to
 * 100% when there are goals; the composite is present exactly when there are goals.
 */
public final class PersonAppraisal {

    private final List<PersonGoal> goals;
    private final List<Weight> weights;
    private final WeightSource source;
    private final Map<GoalType, Weight> typeWeights;
    private final PersonComposite composite;

    PersonAppraisal(List<PersonGoal> goals, List<Weight> weights, WeightSource source,
            Map<GoalType, Weight> typeWeights, PersonComposite composite) {
        this.goals = List.copyOf(goals);
        this.weights = List.copyOf(weights);
        this.source = Objects.requireNonNull(source, "source");
        EnumMap<GoalType, Weight> types = new EnumMap<>(GoalType.class);
        types.putAll(typeWeights);
        this.typeWeights = Collections.unmodifiableMap(types);
        if (this.goals.size() != this.weights.size() || this.goals.isEmpty() != (composite == null)) {
            throw new IllegalArgumentException("inconsistent person appraisal: " + goals.size() + " goals, "
                    + weights.size() + " weights, composite " + composite);
        }
        this.composite = composite;
    }

    /** The goals in the order given. */
    public List<PersonGoal> goals() {
        return goals;
    }

    /** The weight used for each goal, in the goals' order. */
    public List<Weight> weights() {
        return weights;
    }

    /** Whether the weights are the person's own or the equal default, and why. */
    public WeightSource weightSource() {
        return source;
    }

    /** Per goal type, the sum of its goals' weights; every type is present (0% when it has no goal). */
    public Map<GoalType, Weight> typeWeights() {
        return typeWeights;
    }

    /** The composite over the goals, complete or not; empty when the person has no goal in the period. */
    public Optional<PersonComposite> composite() {
        return Optional.ofNullable(composite);
    }
}
