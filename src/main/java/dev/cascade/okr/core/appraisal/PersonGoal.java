package dev.cascade.okr.core.appraisal;

import dev.cascade.okr.core.model.GoalType;
import dev.cascade.okr.core.model.Weight;
import dev.cascade.okr.core.validation.Require;
import java.util.Optional;

/**
 * One goal in a person's set for an appraisal period (a row of the individual goal table): its type, its weight in the
 * set when one was given, and its composite (the appraisal's, or an incomplete one while it is not assessed).
 *
 * @param goalId the goal's id
 * @param title the goal's title
 * @param type result, process or development
 * @param weight its weight in the person's set, or {@code null} when none was given
 * @param composite its composite, complete or not
 */
public record PersonGoal(long goalId, String title, GoalType type, Weight weight, Composite composite) {

    /** Checks presence (all but the weight). */
    public PersonGoal {
        Require.present("title", title, "type", type, "composite", composite);
    }

    /** Its weight in the person's set, if one was given. */
    public Optional<Weight> givenWeight() {
        return Optional.ofNullable(weight);
    }
}
