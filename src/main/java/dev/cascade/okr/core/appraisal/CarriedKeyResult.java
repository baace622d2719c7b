package dev.cascade.okr.core.appraisal;

import dev.cascade.okr.core.model.KeyResult;
import dev.cascade.okr.core.model.Measure;
import dev.cascade.okr.core.model.Weight;
import dev.cascade.okr.core.validation.Require;
import java.math.BigDecimal;
import java.util.Optional;

/**
 * An unfinished key result recreated for the next period: the same title, a weight re-split among the carried key
 * results, and the measure of what remains.
 *
 * @param source the key result of the closed period
 * @param weight its weight in the new goal
 * @param measure what remains: a metric starts from its last actual towards the same target; other kinds are copied
 * @param remaining how far the actual still is from the target, in the key result's unit, when both are known
 */
public record CarriedKeyResult(KeyResult source, Weight weight, Measure measure, BigDecimal remaining) {

    /** Checks presence (all but the remaining distance). */
    public CarriedKeyResult {
        Require.present("source", source, "weight", weight, "measure", measure);
    }

    /** The remaining distance to the target, when known. */
    public Optional<BigDecimal> remainingValue() {
        return Optional.ofNullable(remaining);
    }
}
