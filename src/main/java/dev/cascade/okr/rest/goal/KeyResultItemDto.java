package dev.cascade.okr.rest.goal;

import dev.cascade.okr.core.port.GoalStore.StoredKeyResult;
import java.math.BigDecimal;

/**
 * A key result in a list of key results: {@link GoalKeyResultDto}'s fields plus the goal it belongs to.
 *
 * @param objectiveId the id of its goal
 * @param id its id
 * @param version its version, to send back with a change
 * @param title its title
 * @param weight per-cent with two decimals
 * @param measure how it is measured
 * @param progress the progress people see (the override's when there is one)
 * @param manual whether that progress is a manual override
 * @param zone the tier its computed progress reached
 * @param override the manual progress's author, reason and time, or {@code null}
 * @param overrideCleared who last cleared a manual progress, why and when, or {@code null}
 */
public record KeyResultItemDto(long objectiveId, long id, long version, String title, BigDecimal weight,
        GoalMeasureDto measure, ProgressDto progress, boolean manual, String zone, OverrideDto override,
        OverrideDto overrideCleared) {

    static KeyResultItemDto of(StoredKeyResult stored) {
        GoalKeyResultDto keyResult = GoalKeyResultDto.of(stored);
        return new KeyResultItemDto(stored.objectiveId().value(), keyResult.id(), keyResult.version(),
                keyResult.title(), keyResult.weight(), keyResult.measure(), keyResult.progress(), keyResult.manual(),
                keyResult.zone(), keyResult.override(), keyResult.overrideCleared());
    }
}
