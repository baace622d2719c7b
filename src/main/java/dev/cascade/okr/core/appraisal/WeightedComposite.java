package dev.cascade.okr.core.appraisal;

import dev.cascade.okr.core.model.Weight;
import dev.cascade.okr.core.validation.Require;

/**
 * One goal's composite with the goal's weight in the person's appraisal.
 *
 * @param weight the goal's weight; the weights of a person's goals sum to 100%
 * @param composite the goal's composite, complete or not
 */
public record WeightedComposite(Weight weight, Composite composite) {

    /** Checks both are present. */
    public WeightedComposite {
        Require.present("weight", weight, "composite", composite);
    }
}
