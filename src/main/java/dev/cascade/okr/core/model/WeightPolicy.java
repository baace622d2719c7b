package dev.cascade.okr.core.model;

import dev.cascade.okr.core.validation.Violation;
import dev.cascade.okr.core.validation.ViolationCode;
import java.math.BigDecimal;
import java.util.List;

/**
 * Weights that share out a whole (a goal's key results, a person's goals) must sum to exactly 100%.
 *
 * <p>A draft may be off: then the finding is a warning, shown while the person is still writing; from confirmation on
 * it is an error. An empty list has nothing to share out and passes.
 */
public final class WeightPolicy {

    /**
     * The finding for these weights, if any: {@link ViolationCode#WEIGHTS_NOT_100} with the actual sum in per-cent
     * (two decimals), an error unless {@code lifecycle} is {@link Lifecycle#DRAFT}.
     *
     * @param field the field that holds the weights, e.g. {@code keyResults}
     */
    public List<Violation> checkSum(List<Weight> weights, Lifecycle lifecycle, String field) {
        if (weights.isEmpty()) {
            return List.of();
        }
        long basisPoints = 0;
        for (Weight weight : weights) {
            basisPoints += weight.basisPoints();
        }
        if (basisPoints == Weight.FULL.basisPoints()) {
            return List.of();
        }
        String sum = BigDecimal.valueOf(basisPoints, 2).toPlainString();
        return List.of(lifecycle == Lifecycle.DRAFT
                ? Violation.warning(ViolationCode.WEIGHTS_NOT_100, field, sum)
                : Violation.of(ViolationCode.WEIGHTS_NOT_100, field, sum));
    }
}
