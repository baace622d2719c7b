package dev.cascade.okr.core.appraisal;

import dev.cascade.okr.core.validation.WireCoded;

/** Where the goal weights of a person's composite came from. */
public enum WeightSource implements WireCoded {
    /** Every goal has a weight in the person's set and they sum to 100%. */
    GIVEN,
    /** At least one goal has no weight, so every goal weighs the same (the documented default). */
    EQUAL_MISSING,
    /** Every goal has a weight but they do not sum to 100%, so every goal weighs the same. */
    EQUAL_NOT_100;
}
