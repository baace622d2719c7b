package dev.cascade.okr.rest;

import dev.cascade.okr.core.port.GoalStore.StoredKeyResult;
import java.math.BigDecimal;

/**
 * A key result of a goal in a response.
 *
 * @param id its id
 * @param version its version, to send back with a change
 * @param title its title
 * @param weight per-cent with two decimals
 * @param measure how it is measured
 * @param progress the progress people see (the override's when there is one) with what it counts
 * @param manual whether that progress is a manual override
 */
public record GoalKeyResultDto(long id, long version, String title, BigDecimal weight, GoalMeasureDto measure,
        ProgressDto progress, boolean manual) {

    static GoalKeyResultDto of(StoredKeyResult stored) {
        return new GoalKeyResultDto(stored.id().value(), stored.version(), stored.keyResult().title(),
                stored.keyResult().weight().percent(), GoalMeasureDto.of(stored.keyResult().measure()),
                ProgressDto.of(stored.keyResult().progress(), stored.basis()), stored.override() != null);
    }
}
