package dev.cascade.okr.rest.goal;

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
 * @param progress the progress people see (the override's when there is one, then {@code overridden} is true),
 *     with what it counts
 * @param manual whether that progress is a manual override (the same as {@code progress.overridden})
 * @param zone the tier its computed progress reached: none, below-floor, floor, target or stretch
 * @param override the manual progress's author, reason, time and the computed progress it replaces; {@code null}
 *     when not overridden
 * @param overrideCleared who last cleared a manual progress, why and when; {@code null} if never
 */
public record GoalKeyResultDto(long id, long version, String title, BigDecimal weight, GoalMeasureDto measure,
        ProgressDto progress, boolean manual, String zone, OverrideDto override, OverrideDto overrideCleared) {

    static GoalKeyResultDto of(StoredKeyResult stored) {
        return new GoalKeyResultDto(stored.id().value(), stored.version(), stored.keyResult().title(),
                stored.keyResult().weight().percent(), GoalMeasureDto.of(stored.keyResult().measure()),
                ProgressDto.of(stored.keyResult().progress(), stored.basis()), stored.override() != null,
                stored.zone().jsonName(), OverrideDto.of(stored), OverrideDto.cleared(stored));
    }
}
