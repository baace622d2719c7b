package dev.cascade.okr.rest.goal;

import dev.cascade.okr.core.port.GoalStore.StoredKeyResult;
import dev.cascade.okr.core.progress.ManualOverride;
import dev.cascade.okr.core.progress.OverrideClearing;

/**
 * A key result's manual progress in a response: who set it, why and when, and the computed progress it stands in
 * front of; or, in {@code overrideCleared}, who last cleared one, why and when.
 *
 * @param by the user key of who set (or cleared) it
 * @param reason why
 * @param at when, ISO-8601
 * @param computed the computed progress the manual value replaces; {@code null} for a clearing
 */
public record OverrideDto(String by, String reason, String at, ProgressDto computed) {

    static OverrideDto of(StoredKeyResult stored) {
        ManualOverride override = stored.override();
        return override == null ? null : new OverrideDto(override.author().key(), override.reason(),
                override.at().toString(), ProgressDto.of(stored.computedProgress()));
    }

    static OverrideDto cleared(StoredKeyResult stored) {
        OverrideClearing clearing = stored.lastClearing();
        return clearing == null ? null
                : new OverrideDto(clearing.by().key(), clearing.reason(), clearing.at().toString(), null);
    }
}
